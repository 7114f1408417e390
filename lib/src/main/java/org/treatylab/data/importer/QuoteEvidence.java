package org.treatylab.data.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence states a number, and which of a figure's sentences states a row's value.
 *
 * <p>A number is stated when the sentence has it in digits (with or without thousands separators:
 * "5426", "5,426", "5 426", "11 700"; trailing decimal zeros: "281.50" for 281.5), scaled by a word
 * ("110 million", "$2.5 billion"), or in words ("forty-six", "ninety"). Anything else — "more than 40"
 * for 41, "three quarters" for 75, a sum or difference — is an interpretation, which the curated row
 * must name in its {@code derivation} column.
 */
public final class QuoteEvidence {
  private QuoteEvidence() {}

  private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen"};
  private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
      "ninety"};
  private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9);
  /** Sentences quoted in a FIGURES.md note: 'single' or "double" quotes around at least a few words. */
  private static final Pattern NOTE_QUOTE = Pattern.compile("(?:(?<=^)|(?<=[\\s(:;,]))['\"‘“](.{12,}?)['\"’”](?=[\\s.,;:)]|$)");

  /** Returns true when {@code sentence} states {@code value} (digits, separators, scale words or words). */
  public static boolean states(String sentence, double value) {
    if (sentence == null || sentence.isEmpty()) {
      return false;
    }
    String s = sentence.replace('\u00a0', ' ').replace('\u2009', ' ').replace('\u202f', ' ');
    for (String form : digitForms(value)) {
      if (Pattern.compile("(?<![\\d.,])" + form + "(?![\\d]|[.,]\\d)").matcher(s).find()) {
        return true;
      }
    }
    for (Map.Entry<String, Double> scale : SCALES.entrySet()) {
      double scaled = value / scale.getValue();
      if (value >= scale.getValue() && Math.abs(scaled * 100 - Math.rint(scaled * 100)) < 1e-6) {
        String number = decimalPattern(scaled);
        // "110 million", "2.5 billion", and the first number of a range: "60-70 million", "$50- to $100-billion"
        String range = "(?:\\s*[-–]\\s*(?:to\\s*)?\\$?\\d[\\d.,]*)?";
        if (Pattern.compile("(?<![\\d.,])" + number + range + "[\\s-]*" + scale.getKey(), Pattern.CASE_INSENSITIVE).matcher(s).find()) {
          return true;
        }
      }
    }
    if (value == Math.rint(value) && value >= 0 && value < 100) {
      String words = words((int) value);
      String lower = s.toLowerCase(Locale.ROOT).replace('-', ' ');
      return Pattern.compile("\\b" + Pattern.quote(words.replace('-', ' ')) + "\\b").matcher(lower).find();
    }
    return false;
  }

  /** Regular expressions for the digit forms of a value. */
  private static List<String> digitForms(double value) {
    List<String> forms = new ArrayList<>();
    forms.add(decimalPattern(value));
    return forms;
  }

  /** A pattern for a number with optional thousands separators (",", " ", ".") and optional trailing zeros. */
  private static String decimalPattern(double value) {
    String plain = java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    String whole = plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
    String fraction = plain.contains(".") ? plain.substring(plain.indexOf('.') + 1) : "";
    StringBuilder p = new StringBuilder();
    int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
    p.append(whole, 0, lead);
    for (int i = lead; i < whole.length(); i += 3) {
      p.append("[, .]?").append(whole, i, i + 3);
    }
    if (fraction.isEmpty()) {
      p.append("(?:\\.0+)?");
    } else {
      p.append("\\.").append(fraction).append("0*");
    }
    return p.toString();
  }

  /** Returns the English words for 0-99 ("forty-six"). */
  static String words(int n) {
    if (n < 20) {
      return UNITS[n];
    }
    return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + UNITS[n % 10]);
  }

  /**
   * Returns the sentences a FIGURES.md row offers for its figures: the quote cell, then every sentence
   * its note quotes ("Same page: 'In 2006, at least 6,022 casualties were reported …'").
   */
  public static List<String> sentences(MonitorFigures.Figure figure) {
    Set<String> out = new LinkedHashSet<>();
    if (!figure.quote().isBlank()) {
      out.add(figure.quote());
    }
    Matcher m = NOTE_QUOTE.matcher(figure.note());
    while (m.find()) {
      out.add(m.group(1).trim());
    }
    return List.copyOf(out);
  }

  /**
   * Returns the first sentence that states every value, or null when none does.
   *
   * @param candidates sentences in order of preference (the figure's own quote first)
   * @param values the row's numbers (nulls ignored)
   */
  public static String first(Spec spec, List<String> candidates, List<Double> values) {
    for (String c : candidates) {
      if (values.stream().allMatch(v -> v == null || spec.states(c, v))) {
        return c;
      }
    }
    // Two numbers stated in two sentences of the same figure (an area and a count of mines): both, in order.
    Set<String> parts = new LinkedHashSet<>();
    for (Double v : values) {
      String stating = candidates.stream().filter(c -> spec.states(c, v)).findFirst().orElse(null);
      if (stating == null) {
        return null;
      }
      parts.add(stating);
    }
    return String.join(" [...] ", parts);
  }

  /** Returns true when the quote states every value (each in some sentence of the quote). */
  public static boolean statesAll(Spec spec, String quote, List<Double> values) {
    return values.stream().allMatch(v -> spec.states(quote, v));
  }

  /**
   * Returns the interpretation that turns a sentence into a value when a general rule covers it
   * ("'more than 40' read as at least 41"; "'three quarters' read as 75"), or null.
   */
  public static String ruleDerivation(String sentence, double value) {
    if (sentence == null) {
      return null;
    }
    Matcher more = Pattern.compile("(?i)\\b(more than|over|above)\\s+(\\d[\\d,]*)").matcher(sentence);
    while (more.find()) {
      double n = Double.parseDouble(more.group(2).replace(",", ""));
      if (n + 1 == value) {
        return "'" + more.group() + "' read as at least " + SourceValues.format(value);
      }
    }
    Map<String, Double> fractions = Map.of("three quarters", 75.0, "three-quarters", 75.0, "half", 50.0,
        "one third", 33.0, "one-third", 33.0, "one-fifth", 20.0, "one fifth", 20.0, "a quarter", 25.0,
        "one quarter", 25.0, "two-thirds", 67.0);
    String lower = sentence.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Double> f : new java.util.TreeMap<>(fractions).entrySet()) {
      if (f.getValue() == value && lower.contains(f.getKey())) {
        return "'" + f.getKey() + "' read as " + SourceValues.format(value) + " %";
      }
    }
    Matcher cents = Pattern.compile("(?i)(\\d+)\\s*cents").matcher(sentence);
    while (cents.find()) {
      if (Double.parseDouble(cents.group(1)) == Math.rint(value * 100)) {
        return "'" + cents.group() + "' read as US$" + SourceValues.format(value);
      }
    }
    return null;
  }

  /**
   * Which columns of a quoted dataset hold the row's numbers and which identify the row.
   *
   * @param dataset resource name
   * @param keyColumns the columns whose values, joined by "|", name a row in {@code derivations.csv}
   * @param valueColumns the number columns
   * @param every true: every non-empty value must be stated; false: the first non-empty one (the row's value)
   * @param unit what one unit of the value columns is (1e6 for US$ million: "US$1 billion" states 1000)
   */
  public record Spec(String dataset, List<String> keyColumns, List<String> valueColumns, boolean every, double unit) {
    Spec(String dataset, List<String> keyColumns, List<String> valueColumns, boolean every) {
      this(dataset, keyColumns, valueColumns, every, 1);
    }

    /** Returns true when the sentence states the value, in this dataset's unit or counted out. */
    public boolean states(String sentence, double value) {
      return QuoteEvidence.states(sentence, value) || (unit != 1 && QuoteEvidence.states(sentence, value * unit));
    }
  }

  /** The quoted datasets. A new quoted dataset adds its line here. */
  public static final List<Spec> SPECS = List.of(
      new Spec("monitor_casualties", List.of("data_year", "edition_year"), List.of("total_recorded"), true),
      new Spec("monitor_civilian_child_shares", List.of("data_year", "measure", "share_pct"), List.of("share_pct"), true),
      new Spec("monitor_funding", List.of("data_year", "measure", "reported_in", "usd_million"), List.of("usd_million"), true, 1e6),
      new Spec("monitor_clearance", List.of("data_year", "reported_in", "area_km2"), List.of("area_km2", "ap_mines_destroyed"), true),
      new Spec("monitor_cost_parameters", List.of("parameter_id"), List.of("low", "high"), true),
      new Spec("monitor_stockpiles", List.of("parameter_id"), List.of("low", "high"), true),
      new Spec("events", List.of("event_id"), List.of("n_preferred", "n_low", "n_high"), false),
      new Spec("areas", List.of("area_id"), List.of("area_km2"), true));

  /** Returns the spec of a dataset, or null when it carries no quote to check. */
  public static Spec spec(String dataset) {
    return SPECS.stream().filter(s -> s.dataset().equals(dataset)).findFirst().orElse(null);
  }

  /** Returns a row's numbers as the spec reads them. */
  public static List<Double> values(Spec spec, java.util.function.Function<String, String> cell) {
    List<Double> out = new ArrayList<>();
    for (String c : spec.valueColumns()) {
      String v = cell.apply(c);
      if (v != null && !v.isEmpty()) {
        double d = Double.parseDouble(v);
        if (!out.contains(d)) {
          out.add(d);
        }
        if (!spec.every()) {
          break;
        }
      }
    }
    return out;
  }

  static final String DERIVATIONS = "derivations.csv";

  /**
   * Gives every row of a quoted dataset the sentence that states its value, and a derivation where
   * none does: the figure's quote is kept when it states the value, else the first sentence of the
   * row's figures (quote cell or note) that does; otherwise the derivation is the transcription's own
   * (funding: "derived (309-72)"), a general rule ({@link #ruleDerivation}), or the row's entry in
   * {@code curated-inputs/derivations.csv}.
   *
   * @throws ImportException when a value is neither stated nor derived, or a curated derivation is
   *     given for a row whose sentence states its value (it would be stale)
   */
  static void apply(CuratedDataset d, MonitorFigures figures, SourceCsv derivations) {
    Spec spec = spec(d.name());
    if (spec == null) {
      return;
    }
    d.putColumnAfter("quote", Column.of("derivation", "string",
        "How the value was read where no stored sentence states it in digits or words (e.g. \"'more than 40' read as at least 41\", \"killed + injured\"); empty when the quote states it"));
    d.describe(Column.of("quote", "string",
        "The stored sentence that states this row's value (FIGURES.md quote or a sentence its note quotes); where none does, the closest one, with 'derivation' saying how the value was read").required());
    Map<String, SourceCsv.Row> curated = new java.util.TreeMap<>();
    Set<String> used = new java.util.TreeSet<>();
    if (derivations != null) {
      for (SourceCsv.Row r : derivations.requireColumns("dataset", "row_key", "derivation").rows()) {
        if (r.get("dataset").equals(d.name())) {
          curated.put(r.required("row_key"), r);
        }
      }
    }
    List<String> header = d.csv().header();
    int quote = header.indexOf("quote");
    int derivation = header.indexOf("derivation");
    List<ImportException> unstated = new ArrayList<>();
    int figureIds = header.contains("figure_id") ? header.indexOf("figure_id") : header.indexOf("figure_ids");
    for (List<String> row : d.csv().rows()) {
      List<Double> values = values(spec, c -> row.get(header.indexOf(c)));
      String key = String.join("|", spec.keyColumns().stream().map(c -> row.get(header.indexOf(c))).toList());
      List<String> candidates = new ArrayList<>();
      candidates.add(row.get(quote));
      if (figureIds >= 0 && figures != null) {
        for (String id : row.get(figureIds).split(";")) {
          MonitorFigures.Figure f = figures.find(id.trim());
          if (f != null) {
            candidates.addAll(sentences(f));
          }
        }
      }
      candidates = List.copyOf(new LinkedHashSet<>(candidates));
      String stating = values.isEmpty() ? row.get(quote) : first(spec, candidates, values);
      SourceCsv.Row given = curated.get(key);
      if (stating != null) {
        row.set(quote, stating);
        if (given != null) {
          throw given.error("derivation", d.name() + " row " + key + ": its quote states its value; remove this stale derivation");
        }
        continue;
      }
      String how = row.get(derivation);
      if (how.isEmpty()) {
        for (String c : candidates) {
          how = ruleDerivation(c, values.get(0));
          if (how != null) {
            row.set(quote, c);
            break;
          }
        }
      } else if (how.matches("[\\d.+\\- ]+")) {
        how = "computed: " + how.replace("-", " - ").replace("+", " + ") + " (figures of the quoted report)";
      }
      if ((how == null || how.isEmpty()) && given != null) {
        how = given.required("derivation");
        used.add(key);
      }
      if (how == null || how.isEmpty()) {
        unstated.add(new ImportException(d.fileName(), 0, "quote", "row " + key + ": value(s) " + values
            + " are stated in no sentence of its figures and no derivation is given: add a line '" + d.name()
            + "," + key + ",<how the value was read>' to " + CuratedInputs.projectPath(DERIVATIONS)));
        if (System.getenv("TREATYLAB_LIST_UNSTATED") != null) {
          // for the curator: every row that needs a derivation, with its candidate sentences
          System.err.println("unstated " + d.name() + "," + key + " " + values + " in " + candidates);
        }
        continue;
      }
      row.set(derivation, how);
    }
    if (!unstated.isEmpty()) {
      throw unstated.get(0);
    }
    for (Map.Entry<String, SourceCsv.Row> e : curated.entrySet()) {
      if (!used.contains(e.getKey())) {
        // a key that matches no row is a typo or a row that no longer exists
        boolean exists = d.csv().rows().stream().anyMatch(r -> String.join("|", spec.keyColumns().stream()
            .map(c -> r.get(header.indexOf(c))).toList()).equals(e.getKey()));
        if (!exists) {
          throw e.getValue().error("row_key", d.name() + " has no row " + e.getKey());
        }
      }
    }
  }
}
