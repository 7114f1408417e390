package org.treatylab.data.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads the hand-curated values of the claims evidence ({@link ClaimsEvidenceImporter#VALUES_SOURCE}: which
 * numbers each {@code sources/claims-evidence/FIGURES.md} row holds) and checks every row: ids, measures,
 * years, dates, qualifiers, series and grades; a value is typed or computed by a {@code formula} over
 * earlier values; a typed value must be stated (in digits or words) by the figure's quoted sentence or a
 * sentence its note quotes, which becomes the row's quote, or say in {@code derivation} how it was read.
 * Builds the dataset {@code claims_evidence.csv} from the checked values.
 */
final class EvidenceValues {
  static final String FIELD_VALUE = "value";
  private static final Pattern VALUE_ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
  private static final Pattern MEASURE = Pattern.compile("[a-z][a-z_]*");
  private static final Set<String> QUALIFIERS = Set.of("at least", "over", "more than", "about", "almost",
      "approximately", "some", "around", "nearly");
  private static final Set<String> SERIES = Set.of("casualties", "world-casualties");
  private static final Set<String> CASUALTY_MEASURES = Set.of("casualties", "killed", "injured");
  private static final DateTimeFormatter ISO_STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  /** One checked value, with the figure it was read from and the sentence that states it. */
  record Value(SourceCsv.Row row, String id, EvidenceFigures.Figure figure, String measure, String area,
      int start, int end, String date, double value, String unit, String qualifier, String reportedIn,
      String scope, String series, String derivation, String grade, String quoteFrom, String sourceTitle,
      String sourceUrl, String quote) {}

  private final EvidenceFigures figures;

  /** Checks values against the parsed {@code FIGURES.md}. */
  EvidenceValues(EvidenceFigures figures) {
    this.figures = figures;
  }

  /** Reads and checks every curated value, in file order; every figure must have at least one. */
  List<Value> read(SourceCsv csv) {
    csv.requireColumns("value_id", "figure_id", "measure", "area", "period_start", "period_end", "date", "value",
        "unit", "qualifier", "reported_in", "scope", "series", "formula", "derivation", "grade", "source_url",
        "source_title");
    Map<String, Value> byId = new LinkedHashMap<>();
    Set<String> figuresUsed = new HashSet<>();
    for (SourceCsv.Row row : csv.rows()) {
      String id = row.required("value_id");
      if (!VALUE_ID.matcher(id).matches()) {
        throw row.error("value_id", "'" + id + "' is not a lower-case id (letters, digits, '.', '-')");
      }
      if (byId.containsKey(id)) {
        throw row.error("value_id", "duplicate id '" + id + "' (first at line " + byId.get(id).row().line() + ")");
      }
      Value v = value(row, id, byId);
      byId.put(id, v);
      figuresUsed.add(v.figure().id());
    }
    for (EvidenceFigures.Figure f : figures.all()) {
      if (!figuresUsed.contains(f.id())) {
        throw new ImportException(figures.fileName(), f.line(), "value",
            "figure " + f.id() + " has no row in " + csv.fileName() + ": say which numbers it holds");
      }
    }
    return List.copyOf(byId.values());
  }

  private Value value(SourceCsv.Row row, String id, Map<String, Value> earlier) {
    EvidenceFigures.Figure f = figures.get(row.required("figure_id"), row, "figure_id");
    String measure = row.required("measure");
    if (!MEASURE.matcher(measure).matches()) {
      throw row.error("measure", "'" + measure + "' is not a lower-case word with underscores");
    }
    int start = year(row, "period_start");
    int end = year(row, "period_end");
    if (start > end) {
      throw row.error("period_end", end + " is before period_start " + start);
    }
    String date = row.get("date");
    if (!date.isEmpty()) {
      LocalDate d;
      try {
        d = LocalDate.parse(date, ISO_STRICT);
      } catch (DateTimeParseException e) {
        throw row.error("date", "'" + date + "' is not a calendar date (yyyy-mm-dd)");
      }
      if (d.getYear() < start || d.getYear() > end) {
        throw row.error("date", date + " is outside the period " + start + "-" + end);
      }
    }
    String qualifier = row.get("qualifier");
    if (!qualifier.isEmpty() && !QUALIFIERS.contains(qualifier)) {
      throw row.error("qualifier", "'" + qualifier + "' is not one of " + new java.util.TreeSet<>(QUALIFIERS));
    }
    String series = row.get("series");
    if (!series.isEmpty() && !SERIES.contains(series)) {
      throw row.error("series", "'" + series + "' is not one of " + new java.util.TreeSet<>(SERIES));
    }
    if (!series.isEmpty() && (!CASUALTY_MEASURES.contains(measure) || start != end)) {
      throw row.error("series", "only single-year casualties, killed or injured rows can join a casualty series");
    }
    String grade = row.get("grade");
    if (!grade.isEmpty() && !grade.equals("primary") && !grade.equals("secondary")) {
      throw row.error("grade", "'" + grade + "' is neither primary nor secondary");
    }
    String sourceUrl = row.get("source_url");
    String sourceTitle = row.get("source_title");
    if (!sourceUrl.isEmpty()) {
      if (!f.note().contains(sourceUrl)) {
        throw row.error("source_url", "'" + sourceUrl + "' does not occur in the note of " + f.id());
      }
      if (sourceTitle.isEmpty()) {
        throw row.error("source_title", "is empty but required with source_url");
      }
      if (grade.isEmpty()) {
        throw row.error("grade", "is empty but required with source_url (the note's page has its own grade)");
      }
    }
    String derivation = row.get("derivation");
    String formula = row.get("formula");
    String valueText = row.get(FIELD_VALUE);
    double value;
    if (!formula.isEmpty()) {
      if (!valueText.isEmpty()) {
        throw row.error(FIELD_VALUE, "give either a value or a formula, not both (the importer computes formulas)");
      }
      if (derivation.isEmpty()) {
        throw row.error("derivation", "is empty but required with a formula: say what the arithmetic means");
      }
      Map<String, String> shown = new TreeMap<>();
      try {
        value = round(EvidenceFormula.evaluate(formula, ref -> {
          Value in = earlier.get(ref);
          if (in == null) {
            throw new IllegalArgumentException("'" + ref + "' is not an earlier value_id");
          }
          shown.put(ref, SourceValues.format(in.value()));
          return in.value();
        }));
      } catch (IllegalArgumentException e) {
        throw row.error("formula", e.getMessage());
      }
      derivation = derivation + ": " + EvidenceFormula.substitute(formula, shown) + " = " + SourceValues.format(value);
    } else {
      if (valueText.isEmpty()) {
        throw row.error(FIELD_VALUE, "is empty: give the number, or a formula to compute it");
      }
      try {
        value = Double.parseDouble(valueText);
      } catch (NumberFormatException e) {
        throw row.error(FIELD_VALUE, "'" + valueText + "' is not a number (write 5695, not 5,695 or words)");
      }
      if (!Double.isFinite(value) || value < 0) {
        throw row.error(FIELD_VALUE, "'" + valueText + "' is not a finite non-negative number");
      }
    }
    // Which sentence states the value: the figure's quote, or a sentence its note quotes (the one next to
    // source_url when the row names another page); otherwise the value is read, and must say how.
    String quote = null;
    String quoteFrom = null;
    if (formula.isEmpty()) {
      if (sourceUrl.isEmpty() && states(measure, f.quote(), value)) {
        quote = f.quote();
        quoteFrom = "quote";
      } else {
        EvidenceFigures.NoteQuote q = noteQuote(f, measure, value, sourceUrl);
        if (q != null) {
          quote = q.text();
          quoteFrom = "note quote";
        }
      }
    }
    if (quote == null) {
      if (derivation.isEmpty()) {
        throw row.error(FIELD_VALUE, "the sentences of " + f.id() + " do not state " + SourceValues.format(value)
            + " (in digits or words): fix the value or give a derivation saying how it was read");
      }
      String clause = noteClause(f.note(), measure, value);
      if (formula.isEmpty() && clause != null && !states(measure, f.quote(), value)) {
        quote = clause;
        quoteFrom = "note";
      } else {
        quote = f.quote();
        quoteFrom = "quote";
      }
    }
    return new Value(row, row.required("value_id"), f, measure, row.required("area"), start, end, date, value,
        row.required("unit"), qualifier, row.required("reported_in"), row.get("scope"), series, derivation,
        grade.isEmpty() ? f.grade() : grade, quoteFrom, sourceUrl.isEmpty() ? f.sourceTitle() : sourceTitle,
        sourceUrl.isEmpty() ? f.sourceUrl() : sourceUrl, quote);
  }

  /** See {@link ClaimsEvidenceImporter#states}. */
  static boolean states(String measure, String text, double value) {
    return measure.endsWith("_rank") ? NumberMentions.statesRank(text, value) : NumberMentions.states(text, value);
  }

  private static EvidenceFigures.NoteQuote noteQuote(EvidenceFigures.Figure f, String measure, double value, String sourceUrl) {
    List<EvidenceFigures.NoteQuote> stating = f.noteQuotes().stream()
        .filter(q -> states(measure, q.text(), value)).toList();
    if (stating.isEmpty()) {
      return null;
    }
    if (sourceUrl.isEmpty()) {
      return stating.get(0);
    }
    int urlStart = f.note().indexOf(sourceUrl);
    int urlEnd = urlStart + sourceUrl.length();
    return stating.stream()
        .min(Comparator.comparingInt(q -> q.start() >= urlEnd ? q.start() - urlEnd : Math.max(0, urlStart - q.end())))
        .orElseThrow();
  }

  /** Returns the clause of the note (between semicolons or sentence ends) that states the value, or null. */
  private static String noteClause(String note, String measure, double value) {
    for (String clause : note.split(";|(?<=\\.) (?=[A-Z])")) {
      if (states(measure, clause, value)) {
        return clause.trim();
      }
    }
    return null;
  }

  private static int year(SourceCsv.Row row, String column) {
    Long y = SourceValues.integerOrNull(row, column);
    if (y == null || y < 1900 || y > 2100) {
      throw row.error(column, "'" + row.get(column) + "' is not a year in 1900-2100");
    }
    return y.intValue();
  }

  private static double round(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  /** Returns the dataset {@code claims_evidence.csv}: one row per checked value. */
  CuratedDataset dataset(List<Value> values, String curatedFile) {
    CuratedDataset out = new CuratedDataset(
        ClaimsEvidenceImporter.NAME,
        "Evidence for paper claims: sourced figures with the sentence that states each value",
        "One row per number read from a row of sources/claims-evidence/FIGURES.md (X01-X31): what is counted, "
            + "where and when, the value with its unit and the source's qualifier, the grade, the page and the "
            + "exact sentence that states the value; derived or interpreted values say how in 'derivation'.",
        List.of(
            Column.of("value_id", "string", "Unique id of the value (e.g. chechnya.casualties.2002.lm2003)").required(),
            Column.of("figure_id", "string", "Row id in sources/claims-evidence/FIGURES.md (X01-X31)").required(),
            Column.of("claim_ids", "string", "Paper claims the figure bears on, ';'-separated (E = Russia essay, P = Petrova 2019, V = Varda & Popadić 2025, G = global series gap)").required(),
            Column.of("measure", "string", "What is counted (casualties, killed, injured, exchange_rate, states, …)").required(),
            Column.of("area", "string", "Territory or scope the value is about (Chechnya, Russian Federation, world, …)").required(),
            Column.of("period_start", "integer", "First year the value covers").required().range(1900, 2100),
            Column.of("period_end", "integer", "Last year the value covers").required().range(1900, 2100),
            Column.of("date", "date", "Exact date, where the source gives one"),
            Column.of("value", "number", "The value, in 'unit'").required().range(0, null),
            Column.of("unit", "string", "Unit of 'value' (persons, US$ million, billion rubles, rubles per US$, percent, year, states, …)").required(),
            Column.of("qualifier", "string", "The source's own qualifier").oneOf(QUALIFIERS.stream().sorted().toArray(String[]::new)),
            Column.of("reported_in", "string", "Report edition or publication that gave the figure").required(),
            Column.of("scope", "string", "What the count includes or excludes, in the source's terms"),
            Column.of("grade", "string", "primary: the body that produced the figure; secondary: news, encyclopaedia or a copy quoting someone else").required().oneOf("primary", "secondary"),
            Column.of("derivation", "string", "How a computed or interpreted value was obtained; empty when the quote states the value as is"),
            Column.of("quote_from", "string", "Where the quote was found: the figure's quoted sentence, a sentence quoted in its note, or the transcriber's note itself").required().oneOf("quote", "note quote", "note"),
            Column.of("source_title", "string", "Title of the page the quote was read from").required(),
            Column.of("source_url", "string", "Address of that page (stored copy)").required(),
            Column.of("quote", "string", "The sentence that states the value, as stored").required(),
            Column.of("figure", "string", "The FIGURES.md row's description of the figure").required(),
            Column.of("figure_note", "string", "The FIGURES.md row's note: grade and what the figure does and does not say").required()))
        .source("Evidence for paper claims, treatylab shared/sources/claims-evidence/FIGURES.md (Landmine Monitor reports, ICBL, CMC, Brookings, press, encyclopaedias; see each row)", "https://the-monitor.org")
        .source("Numbers read from each figure row: hand-curated " + curatedFile + " (" + CuratedInputs.projectPath(ClaimsEvidenceImporter.VALUES_SOURCE) + "), each checked against the row's quoted sentences", CuratedInputs.projectPath(ClaimsEvidenceImporter.VALUES_SOURCE))
        .caveat("Several figures contradict the papers (e.g. the essay's 5,695 'deaths in 2005' is 2002 casualties); that is a finding, not an error.")
        .caveat("Secondary rows rest on news, encyclopaedia mirrors or third-party copies; use 'grade'.")
        .caveat("Casualties are killed + injured, not deaths; UNICEF's Chechnya counts are civilian only; Landmine Monitor reports Chechnya separately from the Russian Federation.");
    for (Value v : values) {
      out.report().read();
      out.keep(v.id(), v.figure().id(), String.join(";", v.figure().claimIds()), v.measure(), v.area(), v.start(),
          v.end(), v.date(), SourceValues.format(v.value()), v.unit(), v.qualifier(), v.reportedIn(), v.scope(),
          v.grade(), v.derivation(), v.quoteFrom(), v.sourceTitle(), v.sourceUrl(), oneLine(v.quote()),
          v.figure().figure(), v.figure().note());
    }
    return out;
  }

  /** Returns the text on one line (the quotes of FIGURES.md break lines inside sentences). */
  static String oneLine(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ");
  }
}
