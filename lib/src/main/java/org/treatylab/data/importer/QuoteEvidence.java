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
 * <p>What counts as stating a number is {@link NumberMentions}'s reading (digits with any thousands
 * separator, scale words, cents, words; fractions in words for a percentage). Anything else — "more than
 * 40" for 41, "one-third" for 33, a sum or difference — is an interpretation, which the curated row must
 * name in its {@code derivation} column.
 */
public final class QuoteEvidence {
  private QuoteEvidence() {}

  /** Sentences quoted in a FIGURES.md note: 'single' or "double" quotes around at least a few words. */
  private static final Pattern NOTE_QUOTE = Pattern.compile("(?:(?<=^)|(?<=[\\s(:;,]))['\"‘“](.{12,}?)['\"’”](?=[\\s.,;:)]|$)");

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
    return first(spec::states, candidates, values);
  }

  /** As {@link #first(Spec, List, List)}, with the reading of one row ({@link Spec#reader}). */
  static String first(java.util.function.BiPredicate<String, Double> reads, List<String> candidates, List<Double> values) {
    // The row's own quote stays first when it states some of the numbers (analyses read more than the
    // number from it: "16 percent less than in 2005"); the sentences that state the others follow it.
    if (!candidates.isEmpty() && values.stream().anyMatch(v -> v != null && reads.test(candidates.get(0), v))) {
      Set<String> parts = new LinkedHashSet<>();
      parts.add(candidates.get(0));
      for (Double v : values) {
        if (v == null || parts.stream().anyMatch(p -> reads.test(p, v))) {
          continue;
        }
        String stating = candidates.stream().filter(c -> reads.test(c, v)).findFirst().orElse(null);
        if (stating == null) {
          return null;
        }
        parts.add(stating);
      }
      return String.join(" [...] ", parts);
    }
    for (String c : candidates) {
      if (values.stream().allMatch(v -> v == null || reads.test(c, v))) {
        return c;
      }
    }
    // Two numbers stated in two sentences of the same figure (an area and a count of mines): both, in order.
    Set<String> parts = new LinkedHashSet<>();
    for (Double v : values) {
      String stating = candidates.stream().filter(c -> reads.test(c, v)).findFirst().orElse(null);
      if (stating == null) {
        return null;
      }
      parts.add(stating);
    }
    return String.join(" [...] ", parts);
  }

  /**
   * The derivation of a value the transcription computed ("309-72"): the quote becomes the candidate
   * sentence that states the most of the formula's inputs, and the text says where any other input is
   * read ("computed: 117 - 33 (117 in the quote; 33 in the FIGURES.md note, not a quoted sentence)").
   */
  private static String computed(String formula, List<String> candidates, String notes, List<String> row, int quote, java.util.function.BiPredicate<String, Double> reads) {
    List<Double> inputs = new ArrayList<>();
    Matcher n = Pattern.compile("\\d+(?:\\.\\d+)?").matcher(formula);
    while (n.find()) {
      inputs.add(Double.parseDouble(n.group()));
    }
    String best = row.get(quote);
    long bestCount = -1;
    for (String c : candidates) {
      long count = inputs.stream().filter(v -> reads.test(c, v)).count();
      if (count > bestCount) {
        best = c;
        bestCount = count;
      }
    }
    row.set(quote, best);
    String shown = formula.replace("-", " - ").replace("+", " + ");
    if (bestCount == inputs.size()) {
      return "computed: " + shown + " (figures of the quoted report)";
    }
    String chosen = best;
    List<String> inQuote = new ArrayList<>();
    List<String> inNote = new ArrayList<>();
    for (double v : inputs) {
      if (reads.test(chosen, v)) {
        inQuote.add(SourceValues.format(v));
      } else if (NumberMentions.states(notes, v)) {
        inNote.add(SourceValues.format(v));
      } else {
        return null; // an input stated nowhere: the curator must say how it was read
      }
    }
    return "computed: " + shown + " (" + String.join(", ", inQuote) + " in the quote; " + String.join(", ", inNote)
        + " in the FIGURES.md note, not a quoted sentence)";
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
    // fractions in words that are not exactly a whole percentage (the exact ones are stated: NumberMentions)
    Map<String, Double> fractions = Map.of("one third", 33.0, "one-third", 33.0, "two-thirds", 67.0, "two thirds", 67.0);
    String lower = sentence.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Double> f : new java.util.TreeMap<>(fractions).entrySet()) {
      if (f.getValue() == value && lower.contains(f.getKey())) {
        return "'" + f.getKey() + "' read as " + SourceValues.format(value) + " %";
      }
    }
    return null;
  }

  /**
   * Which columns of a quoted dataset hold the row's numbers and which identify the row.
   *
   * @param dataset resource name
   * @param keyColumns the columns whose values, joined by "|", name a row in {@code derivations.csv}
   * @param valueColumns every numeric column that holds a value read from the source (not the years that
   *     only place the row): each non-empty one must be stated in the quote or explained by the derivation
   * @param unit what one unit of the value columns is (1e6 for US$ million: "US$1 billion" states 1000)
   * @param percent true when the values are percentages, which a fraction in words can state ("half": 50)
   * @param unitColumn the column that names each row's unit where rows differ in unit ({@code
   *     claims_public_records.unit}: a month, a rank, a count), which scopes the reading ({@link #reader});
   *     null when every row has the dataset's unit
   */
  public record Spec(String dataset, List<String> keyColumns, List<String> valueColumns, double unit, boolean percent,
      String unitColumn) {
    Spec(String dataset, List<String> keyColumns, List<String> valueColumns) {
      this(dataset, keyColumns, valueColumns, 1, false, null);
    }

    Spec(String dataset, List<String> keyColumns, List<String> valueColumns, double unit, boolean percent) {
      this(dataset, keyColumns, valueColumns, unit, percent, null);
    }

    /** Returns true when the sentence states the value: in this dataset's unit, counted out, or as a fraction of a percentage. */
    public boolean states(String sentence, double value) {
      if (percent) {
        return NumberMentions.statesShare(sentence, value);
      }
      return NumberMentions.states(sentence, value) || (unit != 1 && NumberMentions.states(sentence, value * unit));
    }

    /**
     * Returns how one row's values are read. Where the dataset names each row's unit ({@code unitColumn}:
     * {@code claims_public_records.unit}), the unit scopes the reading so that it cannot over-match: a
     * {@code month} is stated only by the month's name with the row's year ({@link NumberMentions#statesMonth},
     * the year being {@code period_start}, which must equal {@code period_end}); a {@code rank…} also by an
     * ordinal ({@link NumberMentions#statesRank}); every other unit as {@link #states}. Without a unit column,
     * {@link #states}.
     *
     * @param cell returns the row's cell in a column (null for a column the row does not have)
     */
    public java.util.function.BiPredicate<String, Double> reader(java.util.function.Function<String, String> cell) {
      if (unitColumn == null) {
        return this::states;
      }
      String rowUnit = cell.apply(unitColumn);
      if (rowUnit == null) {
        throw new IllegalArgumentException(dataset + " rows need column '" + unitColumn + "' to be read; the row has none");
      }
      if (rowUnit.equals("month")) {
        String start = cell.apply("period_start");
        String end = cell.apply("period_end");
        if (start == null || start.isEmpty() || !start.equals(end)) {
          return (s, v) -> false; // a month of no single year: nothing states it
        }
        int year = Integer.parseInt(start);
        return (s, v) -> NumberMentions.statesMonth(s, v, year);
      }
      if (rowUnit.startsWith("rank")) {
        return NumberMentions::statesRank;
      }
      return this::states;
    }
  }

  /**
   * Numeric columns of the quoted datasets that place a row rather than hold a value read from the source
   * (the year or years the data describe, the edition that reports it): not checked against the quote.
   */
  public static final Set<String> PLACING_COLUMNS = Set.of("data_year", "edition_year", "period_start", "period_end", "base_data_year");

  /** The quoted datasets, each with every numeric value column. A new quoted dataset adds its line here. */
  public static final List<Spec> SPECS = List.of(
      new Spec("monitor_casualties", List.of("data_year", "edition_year"), List.of("total_recorded", "killed", "injured", "status_unknown")),
      new Spec("monitor_civilian_child_shares", List.of("data_year", "measure", "share_pct"), List.of("share_pct"), 1, true),
      new Spec("monitor_funding", List.of("data_year", "measure", "reported_in", "usd_million"), List.of("usd_million", "change_to_base_usd_million"), 1e6, false),
      new Spec("monitor_clearance", List.of("data_year", "reported_in", "area_km2"), List.of("area_km2", "ap_mines_destroyed", "av_mines_destroyed")),
      new Spec("monitor_cost_parameters", List.of("parameter_id"), List.of("low", "high")),
      new Spec("monitor_stockpiles", List.of("parameter_id"), List.of("low", "high")),
      new Spec("events", List.of("event_id"), List.of("n_preferred", "n_low", "n_high", "n_observers", "n_already")),
      new Spec("areas", List.of("area_id"), List.of("area_km2")),
      new Spec("claims_public_records", List.of("value_id"), List.of("value"), 1, false, "unit"));

  /** Returns the spec of a dataset, or null when it carries no quote to check. */
  public static Spec spec(String dataset) {
    return SPECS.stream().filter(s -> s.dataset().equals(dataset)).findFirst().orElse(null);
  }

  /** Returns a row's numbers as the spec reads them: every non-empty value column, each distinct number once. */
  public static List<Double> values(Spec spec, java.util.function.Function<String, String> cell) {
    List<Double> out = new ArrayList<>();
    for (String c : spec.valueColumns()) {
      String v = cell.apply(c);
      if (v != null && !v.isEmpty()) {
        double d = Double.parseDouble(v);
        if (!out.contains(d)) {
          out.add(d);
        }
      }
    }
    return out;
  }

  /**
   * The measure of issue 25 over numeric fields (a non-empty value column of a row): how many the row's
   * quote states, how many only its derivation explains, and how many neither (which the import refuses).
   */
  public record Tally(int fields, int stated, int derived) {
    public Tally plus(Tally other) {
      return new Tally(fields + other.fields, stated + other.stated, derived + other.derived);
    }

    /** Fields neither stated nor derived. */
    public int neither() {
      return fields - stated - derived;
    }

    /** Per mille of the fields stated in their quote, rounded down. */
    public long statedPerMille() {
      return fields == 0 ? 1000 : 1000L * stated / fields;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d of %d numeric fields of quoted rows are stated in their quote (%.1f %%); %d are derived ('derivation' says how they were read); %d neither",
          stated, fields, fields == 0 ? 0.0 : 100.0 * stated / fields, derived, neither());
    }
  }

  /** Counts the numeric fields of a dataset's rows: stated in the row's quote, else explained by its derivation. */
  public static Tally tally(Spec spec, List<java.util.function.Function<String, String>> rows) {
    int fields = 0;
    int stated = 0;
    int derived = 0;
    for (java.util.function.Function<String, String> row : rows) {
      String derivation = row.apply("derivation");
      for (String c : spec.valueColumns()) {
        String v = row.apply(c);
        if (v == null || v.isEmpty()) {
          continue;
        }
        fields++;
        if (spec.reader(row).test(row.apply("quote"), Double.parseDouble(v))) {
          stated++;
        } else if (derivation != null && !derivation.isEmpty()) {
          derived++;
        }
      }
    }
    return new Tally(fields, stated, derived);
  }

  static Tally tally(CuratedDataset d) {
    List<String> header = d.csv().header();
    return tally(spec(d.name()), d.csv().rows().stream()
        .<java.util.function.Function<String, String>>map(r -> c -> header.contains(c) ? r.get(header.indexOf(c)) : null).toList());
  }

  static final String DERIVATIONS = "derivations.csv";

  /** The states a row's count is made of ({@code events.named_states}), or none. */
  private static List<String> namedStates(List<String> header, List<String> row) {
    int at = header.indexOf("named_states");
    return at < 0 || row.get(at).isEmpty() ? List.of() : List.of(row.get(at).split("; "));
  }

  /** The curated input of sentences that state a row's numbers where its own source's sentences do not. */
  static final String SENTENCES = "quote-sentences.csv";

  /** Column that names the source of each sentence {@link #SENTENCES} adds to a row's quote. */
  static final String ADDED_SOURCES = "added_sentence_sources";

  /**
   * Reads {@code curated-inputs/quote-sentences.csv}: for a row of a quoted dataset, a sentence of another
   * stored source that states one of the row's numbers its own sentences do not (the other sources of the
   * same event in EVENTS.md, the page of a Landmine Monitor report that gives a split the FIGURES.md quote
   * leaves out), with its title and address. A sentence said to be stored in a raw source file
   * ({@code stored_in}: e.g. {@code events/EVENTS.md}) must occur there verbatim, next to its address;
   * one transcribed from a stored public page ({@code stored_in}: {@code public page}) is checked against
   * the row's numbers only.
   *
   * @param stored returns the text of a raw source file (path under shared/sources), or null when the
   *     sources are absent (then nothing is checked against them)
   */
  static SourceCsv sentences(SourceCsv csv, java.util.function.Function<String, String> stored) {
    csv.requireColumns("dataset", "row_key", "sentence", "source_title", "source_url", "stored_in", "note");
    for (SourceCsv.Row r : csv.rows()) {
      if (spec(r.required("dataset")) == null) {
        throw r.error("dataset", "'" + r.get("dataset") + "' is not a quoted dataset (one of "
            + SPECS.stream().map(Spec::dataset).toList() + ")");
      }
      String sentence = r.required("sentence");
      String url = r.required("source_url");
      r.required("source_title");
      String where = r.required("stored_in");
      if (where.equals("public page")) {
        continue;
      }
      if (!where.matches("[a-z-]+/[A-Za-z_.-]+")) {
        throw r.error("stored_in", "is '" + where + "'; give the raw source file (e.g. events/EVENTS.md) or 'public page'");
      }
      String text = stored == null ? null : stored.apply(where);
      if (text != null && !text.contains(sentence)) {
        throw r.error("sentence", "does not occur verbatim in " + where + ": copy it exactly, without the ellipses around it");
      }
      if (text != null && !text.contains(url)) {
        throw r.error("source_url", "'" + url + "' does not occur in " + where + ", which the sentence is said to come from");
      }
    }
    return csv;
  }

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
    apply(d, figures, derivations, null);
  }

  /**
   * As {@link #apply(CuratedDataset, MonitorFigures, SourceCsv)}, with the sentences of other stored
   * sources that {@code curated-inputs/quote-sentences.csv} gives for some rows ({@link #sentences}): they
   * are candidates after the row's own, and column {@value #ADDED_SOURCES} names the source of each one a
   * quote uses.
   *
   * @throws ImportException also when an added sentence states none of its row's numbers that the row's
   *     own sentences leave unstated (it would be noise), or names a row that does not exist
   */
  static void apply(CuratedDataset d, MonitorFigures figures, SourceCsv derivations, SourceCsv added) {
    Spec spec = spec(d.name());
    if (spec == null) {
      return;
    }
    Map<String, List<SourceCsv.Row>> extra = new java.util.TreeMap<>();
    if (added != null) {
      for (SourceCsv.Row r : added.rows()) {
        if (r.get("dataset").equals(d.name())) {
          extra.computeIfAbsent(r.get("row_key"), k -> new ArrayList<>()).add(r);
        }
      }
    }
    d.putColumnAfter("quote", Column.of("derivation", "string",
        "How the value was read where no stored sentence states it in digits or words (e.g. \"'more than 40' read as at least 41\", \"killed + injured\"); empty when the quote states it"));
    Map<String, SourceCsv.Row> curated = new java.util.TreeMap<>();
    Set<String> used = new java.util.TreeSet<>();
    if (derivations != null) {
      for (SourceCsv.Row r : derivations.requireColumns("dataset", "row_key", "derivation", "quote").rows()) {
        if (!r.get("quote").isEmpty() && !r.get("quote").equals("none")) {
          throw r.error("quote", "is '" + r.get("quote") + "'; write 'none' (no stored sentence underlies the value) or leave it empty");
        }
        if (r.get("dataset").equals(d.name())) {
          curated.put(r.required("row_key"), r);
        }
      }
    }
    if (!extra.isEmpty()) {
      d.putColumnAfter("derivation", Column.of(ADDED_SOURCES, "string",
          "Title and address of each sentence in 'quote' that comes from another source than the row's own (in the quote's order, separated by ' | '), "
          + "where the row's own source does not state all its numbers: another source of the same event, or the page of the report that states the split (curated in "
          + CuratedInputs.projectPath(SENTENCES) + "); empty when every sentence comes from the row's own source"));
    }
    List<String> header = d.csv().header();
    int quote = header.indexOf("quote");
    int derivation = header.indexOf("derivation");
    int addedSources = header.indexOf(ADDED_SOURCES);
    List<ImportException> unstated = new ArrayList<>();
    int figureIds = header.contains("figure_id") ? header.indexOf("figure_id") : header.indexOf("figure_ids");
    for (List<String> row : d.csv().rows()) {
      List<Double> values = values(spec, c -> header.contains(c) ? row.get(header.indexOf(c)) : null);
      java.util.function.BiPredicate<String, Double> reads = spec.reader(c -> header.contains(c) ? row.get(header.indexOf(c)) : null);
      String key = String.join("|", spec.keyColumns().stream().map(c -> row.get(header.indexOf(c))).toList());
      List<String> candidates = new ArrayList<>();
      candidates.add(row.get(quote));
      StringBuilder notes = new StringBuilder();
      if (figureIds >= 0 && figures != null) {
        for (String id : row.get(figureIds).split(";")) {
          MonitorFigures.Figure f = figures.find(id.trim());
          if (f != null) {
            candidates.addAll(sentences(f));
            notes.append(f.note()).append(' ');
          }
        }
      }
      List<SourceCsv.Row> extraRows = extra.getOrDefault(key, List.of());
      String own = String.join(" [...] ", candidates);
      List<String> named = namedStates(header, row);
      for (SourceCsv.Row r : extraRows) {
        if (values.stream().noneMatch(v -> !reads.test(own, v) && reads.test(r.get("sentence"), v))
            && named.stream().noneMatch(n -> !own.contains(n) && r.get("sentence").contains(n))) {
          throw r.error("sentence", d.name() + " row " + key + ": states none of the row's numbers " + values
              + " that its own sentences leave unstated; remove this line");
        }
        candidates.add(r.get("sentence"));
      }
      candidates = List.copyOf(new LinkedHashSet<>(candidates));
      String stating = values.isEmpty() ? row.get(quote) : first(reads, candidates, values);
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
        how = null;
        for (String c : candidates) {
          List<String> rules = new ArrayList<>();
          for (Double v : values) {
            if (!reads.test(c, v)) {
              String rule = ruleDerivation(c, v);
              if (rule == null) {
                rules = null;
                break;
              }
              rules.add(rule);
            }
          }
          if (rules != null && !rules.isEmpty()) {
            how = String.join("; ", rules);
            row.set(quote, c);
            break;
          }
        }
        if (how == null) {
          // the sentence that states most of the row's numbers stays the quote; the derivation explains the rest
          String most = row.get(quote);
          long best = values.stream().filter(v -> reads.test(row.get(quote), v)).count();
          for (String c : candidates) {
            long n = values.stream().filter(v -> reads.test(c, v)).count();
            if (n > best) {
              most = c;
              best = n;
            }
          }
          row.set(quote, most);
        }
      } else if (how.matches("[\\d.+\\- ]+")) {
        how = computed(how, candidates, notes.toString(), row, quote, reads);
      }
      if ((how == null || how.isEmpty()) && given != null) {
        how = given.required("derivation");
        used.add(key);
        if (given.get("quote").equals("none")) {
          row.set(quote, ""); // no stored sentence underlies the value: better none than an unrelated one
        }
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
    boolean someUnquoted = d.csv().rows().stream().anyMatch(r -> r.get(quote).isEmpty());
    Column described = Column.of("quote", "string",
        "The stored sentence that states this row's value (FIGURES.md quote or a sentence its note quotes; for a transcribed table, its row as stored); where none does, the sentence the value was read from, with 'derivation' saying how"
        + (extra.isEmpty() ? "" : "; sentences after ' [...] ' may come from another stored source of the same figure or event, named in " + ADDED_SOURCES)
        + (someUnquoted ? "; empty only where no stored sentence underlies the value, and 'derivation' says where it comes from" : ""));
    d.describe(someUnquoted ? described : described.required());
    for (List<String> row : d.csv().rows()) {
      // each added sentence the final quote uses is named with its source; one it does not use is an error
      String key = String.join("|", spec.keyColumns().stream().map(c -> row.get(header.indexOf(c))).toList());
      for (SourceCsv.Row r : extra.getOrDefault(key, List.of())) {
        // a sentence that names a state the count is made of, which the quote does not name yet, follows it
        String q = row.get(quote);
        if (!q.contains(r.get("sentence")) && namedStates(header, row).stream().anyMatch(n -> !q.contains(n) && r.get("sentence").contains(n))) {
          row.set(quote, q.isEmpty() ? r.get("sentence") : q + " [...] " + r.get("sentence"));
        }
      }
      List<String> parts = List.of(row.get(quote).split(Pattern.quote(" [...] ")));
      List<String> from = new ArrayList<>();
      for (String part : parts) {
        extra.getOrDefault(key, List.of()).stream().filter(r -> r.get("sentence").equals(part)).findFirst()
            .ifPresent(r -> from.add(r.get("source_title") + ", " + r.get("source_url")));
      }
      for (SourceCsv.Row r : extra.getOrDefault(key, List.of())) {
        if (!parts.contains(r.get("sentence"))) {
          throw r.error("sentence", d.name() + " row " + key + ": the quote does not use this sentence (another states the same number); remove this line");
        }
      }
      if (addedSources >= 0) {
        row.set(addedSources, String.join(" | ", from));
      }
    }
    for (Map.Entry<String, List<SourceCsv.Row>> e : extra.entrySet()) {
      boolean exists = d.csv().rows().stream().anyMatch(r -> String.join("|", spec.keyColumns().stream()
          .map(c -> r.get(header.indexOf(c))).toList()).equals(e.getKey()));
      if (!exists) {
        throw e.getValue().get(0).error("row_key", d.name() + " has no row " + e.getKey());
      }
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
