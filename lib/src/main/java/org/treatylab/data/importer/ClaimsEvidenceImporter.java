package org.treatylab.data.importer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports the evidence gathered for paper claims that the first datasets could not check
 * ({@code sources/claims-evidence/}: {@code FIGURES.md} X01–X31, {@code lists.csv}, {@code PROVENANCE.md})
 * into four curated datasets:
 *
 * <ul>
 *   <li>{@code claims_evidence.csv}: one row per number read from a figure row (value, unit, years, grade,
 *       source, the sentence that states the value, and a derivation where the value is computed or
 *       interpreted);
 *   <li>{@code claims_evidence_casualties.csv}: Chechnya and Russian Federation mine/ERW casualties by data
 *       year and Landmine Monitor edition (first report vs revised), in the columns of
 *       {@code monitor_casualties.csv};
 *   <li>{@code claims_evidence_searches.csv}: one row per paper claim searched for, with what was found and
 *       what was <em>not</em> found, so the claims ledger can say why a claim stays uncheckable;
 *   <li>{@code claims_evidence_lists.csv}: the named states of {@code lists.csv}, with ISO3 codes.
 * </ul>
 *
 * <p>Which numbers a figure row holds is hand-curated in {@link #VALUES_SOURCE} (a figure's value cell is a
 * summary in words). The importer checks every curated value against the source: the value must be
 * stated, in digits or words, in the figure's quoted sentence or in one of the sentences its note quotes;
 * that sentence becomes the row's quote. A value stated nowhere needs a {@code derivation} saying how it
 * was read; a computed value has a {@code formula} over other values and no typed number. The 2005 global
 * casualty total (X31) is handed to the Monitor casualty series ({@link Result#worldCasualties()}).
 *
 * <p>Usage: {@code ClaimsEvidenceImporter <sourcesDir> <datasetsDir>} writes these four datasets and their
 * {@code datapackage.json} resources; {@link ImportData} runs it as part of the full rebuild.
 */
public final class ClaimsEvidenceImporter {
  /** The hand-curated list of values read from FIGURES.md, on the classpath. */
  public static final String VALUES_SOURCE = "claims-evidence-values.csv";
  /** The values dataset. */
  public static final String NAME = "claims_evidence";
  /** The Chechnya / Russian Federation casualty series. */
  public static final String CASUALTIES = "claims_evidence_casualties";
  /** The searches, with what was not found. */
  public static final String SEARCHES = "claims_evidence_searches";
  /** The named-state lists. */
  public static final String LISTS = "claims_evidence_lists";

  static final String FIELD_VALUE = "value";
  private static final Pattern VALUE_ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
  private static final Pattern MEASURE = Pattern.compile("[a-z][a-z_]*");
  private static final Set<String> QUALIFIERS = Set.of("at least", "over", "more than", "about", "almost",
      "approximately", "some", "around", "nearly");
  private static final Set<String> SERIES = Set.of("casualties", "world-casualties");
  private static final Set<String> CASUALTY_MEASURES = Set.of("casualties", "killed", "injured");
  private static final DateTimeFormatter ISO_STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  /** A Monitor-style casualty row for the global series (see {@link MonitorCasualtiesImporter}). */
  public record WorldCasualty(int year, String reportedIn, int edition, long total, String qualifier, String grade,
      String statusNote, MonitorFigures.Figure figure) {}

  /** What one run builds. */
  public record Result(CuratedDataset values, CuratedDataset casualties, CuratedDataset searches,
      CuratedDataset lists, List<WorldCasualty> worldCasualties) {
    /** Returns the four datasets in the order written. */
    public List<CuratedDataset> datasets() {
      return List.of(values, casualties, searches, lists);
    }
  }

  private record Value(SourceCsv.Row row, String id, EvidenceFigures.Figure figure, String measure, String area,
      int start, int end, String date, double value, String unit, String qualifier, String reportedIn,
      String scope, String series, String derivation, String grade, String quoteFrom, String sourceTitle,
      String sourceUrl, String quote) {}

  private final Path evidenceDir;
  private final EvidenceFigures figures;
  private final Function<String, String> iso3Of;

  /**
   * Creates the importer.
   *
   * @param evidenceDir the {@code sources/claims-evidence} folder
   * @param iso3Of state name to ISO3, throwing {@link IllegalArgumentException} on unknown names
   */
  public ClaimsEvidenceImporter(Path evidenceDir, Function<String, String> iso3Of) {
    this.evidenceDir = evidenceDir;
    this.figures = EvidenceFigures.read(evidenceDir.resolve("FIGURES.md"));
    this.iso3Of = iso3Of;
  }

  /**
   * Runs the importer over {@code sources/claims-evidence} with the given curated values (for a pipeline
   * that keeps its hand-curated inputs outside the jar).
   *
   * @param sources the shared {@code sources} folder
   * @param iso3Of state name to ISO3 (used for {@code lists.csv} only)
   * @param values the curated values table ({@link #VALUES_SOURCE}'s columns)
   */
  public static Result run(Path sources, Function<String, String> iso3Of, SourceCsv values) {
    return new ClaimsEvidenceImporter(sources.resolve("claims-evidence"), iso3Of).read(values);
  }

  /**
   * Returns only the global casualty totals for the Monitor series (X31), checked as in {@link #read}
   * but without building the datasets: for a pipeline whose casualty step runs on its own.
   */
  public List<WorldCasualty> worldCasualties(SourceCsv values) {
    return worldCasualties(values(values));
  }

  /** Imports everything, using {@code values} as the curated list of numbers. */
  public Result read(SourceCsv values) {
    List<Value> read = values(values);
    return new Result(valuesDataset(read, values.fileName()), casualties(read), searches(read), lists(),
        worldCasualties(read));
  }

  // ---------------------------------------------------------------- values

  private List<Value> values(SourceCsv csv) {
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

  /**
   * Returns true when {@code text} states a value of {@code measure}: a rank ("signing_rank") also as an
   * ordinal ("the twenty-first"), every other measure as a number only ("the first country" is no count).
   */
  public static boolean states(String measure, String text, double value) {
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

  private CuratedDataset valuesDataset(List<Value> values, String curatedFile) {
    CuratedDataset out = new CuratedDataset(
        NAME,
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
        .source("Numbers read from each figure row: hand-curated " + curatedFile + " (" + CuratedInputs.projectPath(VALUES_SOURCE) + "), each checked against the row's quoted sentences", CuratedInputs.projectPath(VALUES_SOURCE))
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

  private static String oneLine(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ");
  }

  // ---------------------------------------------------------------- casualty series

  private record SeriesKey(String area, int year, int edition) {}

  private CuratedDataset casualties(List<Value> values) {
    CuratedDataset out = new CuratedDataset(
        CASUALTIES,
        "Chechnya and Russian Federation mine/ERW casualties by year and Landmine Monitor edition",
        "One row per (area, calendar year, report edition): recorded mine/ERW casualties (killed + injured) in "
            + "Chechnya or the Russian Federation as reported by that edition of Landmine Monitor (LM YYYY "
            + "reports year YYYY-1) or by the press relaying it, with killed/injured where given, the scope "
            + "of the count, and whether the row is the earliest or latest figure held for its year. Same "
            + "columns as monitor_casualties plus area and scope.",
        List.of(
            Column.of("area", "string", "Chechnya or Russian Federation (Landmine Monitor reports them separately)").required().oneOf("Chechnya", "Russian Federation"),
            Column.of("data_year", "integer", "Calendar year the casualties occurred").required().range(1990, 2100),
            Column.of("reported_in", "string", "Report edition or page that gave the figure (e.g. LM2007)").required(),
            Column.of("edition_year", "integer", "Publication year of that edition").required().range(1990, 2100),
            Column.of("vintage", "string", "first-report: the edition of the following year; revised: a later edition; as-cited: known only through a later edition or the press").required().oneOf("first-report", "revised", "as-cited"),
            Column.of("total_recorded", "integer", "Recorded casualties (killed + injured)").unit("persons").required().range(0, null),
            Column.of("killed", "integer", "Recorded killed, where given").unit("persons").range(0, null),
            Column.of("injured", "integer", "Recorded injured, where given").unit("persons").range(0, null),
            Column.of("qualifier", "string", "The source's own qualifier"),
            Column.of("scope", "string", "Who counted and whom (e.g. civilian only, UNICEF records; Chechen Ministry of Health)"),
            Column.of("earliest_for_year", "boolean", "True for the earliest edition held for this area and year").required(),
            Column.of("latest_for_year", "boolean", "True for the latest edition held for this area and year").required(),
            Column.of("grade", "string", "primary: a Monitor page; secondary: the press relaying it").required().oneOf("primary", "secondary"),
            Column.of("figure_id", "string", "Row id in sources/claims-evidence/FIGURES.md").required(),
            Column.of("value_id", "string", "The total's row in claims_evidence.csv").required(),
            Column.of("source_title", "string", "Title of the page the total was read from").required(),
            Column.of("source_url", "string", "Address of that page (stored copy)").required(),
            Column.of("quote", "string", "The sentence that states the total, as stored").required(),
            Column.of("derivation", "string", "How a part (killed or injured) was computed, where it was")))
        .source("Landmine Monitor Reports 2003, 2004, 2006 and 2007 (Chechnya; Russian Federation) and press reports of LM2003, via treatylab shared/sources/claims-evidence/FIGURES.md", "https://the-monitor.org")
        .caveat("Scopes differ by year: 2002 is the Chechen Ministry of Health's count (reported, not adopted, by the Monitor); 2003 and 2005 are UNICEF's civilian records; compare years only with the scope column in view.")
        .caveat("The Russian Federation rows may exclude Chechnya (not stated); LM2006 and LM2007 disagree on Russia 2005 by a factor of five.")
        .caveat("Years 1997-2000, 2004 and 2007 onwards were not found (see claims_evidence_searches).");
    Map<SeriesKey, List<Value>> groups = new TreeMap<>(Comparator.comparing(SeriesKey::area)
        .thenComparingInt(SeriesKey::year).thenComparingInt(SeriesKey::edition));
    for (Value v : values) {
      if (v.series().equals("casualties")) {
        int edition = SourceValues.editionYear(v.row(), "reported_in");
        if (edition < v.start()) {
          throw v.row().error("reported_in", "edition " + edition + " is earlier than data year " + v.start());
        }
        groups.computeIfAbsent(new SeriesKey(v.area(), v.start(), edition), k -> new ArrayList<>()).add(v);
      }
    }
    Map<String, Integer> earliest = new HashMap<>();
    Map<String, Integer> latest = new HashMap<>();
    for (SeriesKey k : groups.keySet()) {
      earliest.merge(k.area() + "|" + k.year(), k.edition(), Math::min);
      latest.merge(k.area() + "|" + k.year(), k.edition(), Math::max);
    }
    for (Map.Entry<SeriesKey, List<Value>> g : groups.entrySet()) {
      SeriesKey k = g.getKey();
      Map<String, Value> parts = new HashMap<>();
      for (Value v : g.getValue()) {
        if (parts.put(v.measure(), v) != null) {
          throw v.row().error("measure", "second '" + v.measure() + "' for " + k.area() + " " + k.year()
              + " in edition " + k.edition());
        }
      }
      Value total = parts.get("casualties");
      if (total == null) {
        throw g.getValue().get(0).row().error("series", "no 'casualties' total for " + k.area() + " " + k.year()
            + " in edition " + k.edition());
      }
      out.report().read();
      Value killed = parts.get("killed");
      Value injured = parts.get("injured");
      if (killed != null && injured != null && killed.value() + injured.value() > total.value()) {
        throw injured.row().error(FIELD_VALUE, "killed " + SourceValues.format(killed.value()) + " + injured "
            + SourceValues.format(injured.value()) + " exceeds the total " + SourceValues.format(total.value()));
      }
      String key = k.area() + "|" + k.year();
      boolean first = earliest.get(key) == k.edition();
      String vintage = !first ? "revised" : k.edition() == k.year() + 1 ? "first-report" : "as-cited";
      List<String> derivations = new ArrayList<>();
      for (Value part : List.of(total, killed == null ? total : killed, injured == null ? total : injured)) {
        if (!part.derivation().isEmpty() && !derivations.contains(part.measure() + ": " + part.derivation())) {
          derivations.add(part.measure() + ": " + part.derivation());
        }
      }
      out.keep(k.area(), k.year(), total.reportedIn(), k.edition(), vintage, whole(total), whole(killed),
          whole(injured), total.qualifier(), total.scope(), first, latest.get(key) == k.edition(), total.grade(),
          total.figure().id(), total.id(), total.sourceTitle(), total.sourceUrl(), oneLine(total.quote()),
          String.join("; ", derivations));
    }
    return out;
  }

  private static Long whole(Value v) {
    if (v == null) {
      return null;
    }
    if (v.value() != Math.rint(v.value())) {
      throw v.row().error(FIELD_VALUE, SourceValues.format(v.value()) + " is not a whole number of persons");
    }
    return (long) v.value();
  }

  private List<WorldCasualty> worldCasualties(List<Value> values) {
    List<WorldCasualty> out = new ArrayList<>();
    for (Value v : values) {
      if (v.series().equals("world-casualties")) {
        if (!v.measure().equals("casualties")) {
          throw v.row().error("series", "only a 'casualties' total joins the world series");
        }
        String note = v.figure().note();
        int stop = note.indexOf(". ");
        out.add(new WorldCasualty(v.start(), v.reportedIn(), SourceValues.editionYear(v.row(), "reported_in"),
            whole(v), v.qualifier(), v.grade(), stop < 0 ? note : note.substring(0, stop + 1),
            v.figure().asMonitorFigure(oneLine(v.quote()))));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- searches (PROVENANCE.md)

  private static final Pattern BULLET =
      Pattern.compile("^- \\*\\*([A-Z]\\d*(?: / [A-Z]\\d*)*)\\*\\* \\((.+?)\\)\\.\\s+(.*)$");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?]\\*{0,2})\\s+(?=[A-Z*\"(])");
  private static final Pattern NOT_FOUND =
      Pattern.compile("not found|cannot be|no source|nothing was found", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLAIM_IN_ITEM = Pattern.compile("\\b([EPVG]\\d+)\\b");

  private CuratedDataset searches(List<Value> values) {
    Path file = evidenceDir.resolve("PROVENANCE.md");
    String fileName = file.getFileName().toString();
    List<String> lines = readLines(file);
    Map<String, String> papers = paperNames();
    Map<String, List<String>> missing = missingFigures();
    Map<String, Set<String>> figuresByClaim = new TreeMap<>();
    for (EvidenceFigures.Figure f : figures.all()) {
      for (String c : f.claimIds()) {
        figuresByClaim.computeIfAbsent(c, k -> new java.util.TreeSet<>()).add(f.id());
      }
    }
    CuratedDataset out = new CuratedDataset(
        SEARCHES,
        "Evidence searches for paper claims: what was found and what was not",
        "One row per paper claim searched for in sources/claims-evidence/PROVENANCE.md: the claim as searched, "
            + "the queries tried, the FIGURES.md rows found, what was searched for and not found, and a status, "
            + "so a claims ledger can say why a claim stays uncheckable.",
        List.of(
            Column.of("claim_id", "string", "Claim id as in FIGURES.md (E1-E11 essay, P1-P5 Petrova 2019, V1-V4 Varda & Popadić 2025, G global series)").required(),
            Column.of("paper", "string", "The paper, as FIGURES.md names it").required(),
            Column.of("claim_searched", "string", "The claim as searched for (PROVENANCE.md's words)").required(),
            Column.of("queries", "string", "The search queries tried, verbatim (empty where none are listed)"),
            Column.of("figure_ids", "string", "FIGURES.md rows bearing on the claim, ';'-separated"),
            Column.of("value_count", "integer", "Rows of claims_evidence.csv bearing on the claim").required().range(0, null),
            Column.of("status", "string", "found: the figures found address the claim; partly-found: something searched for was not found; claimed-figure-not-found: FIGURES.md lists the claim's own figure as not found").required().oneOf("found", "partly-found", "claimed-figure-not-found"),
            Column.of("missing_figure", "string", "The claim's figure that FIGURES.md lists as not found"),
            Column.of("not_found", "string", "PROVENANCE.md's sentences on what was not found, verbatim"),
            Column.of("provenance_line", "integer", "Line of the claim's entry in PROVENANCE.md").required().range(1, null)))
        .source("Search log, treatylab shared/sources/claims-evidence/PROVENANCE.md (stored copies of public pages searched 2026-11-29)", "shared/sources/claims-evidence/PROVENANCE.md")
        .caveat("Searched only stored copies of pages (search results are openings or chunks), so 'not found' means not found in that store, not that no source exists.");
    boolean inPerClaim = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("## ")) {
        inPerClaim = line.startsWith("## Per claim");
        continue;
      }
      if (!inPerClaim || !line.startsWith("- ")) {
        continue;
      }
      Matcher m = BULLET.matcher(line);
      if (!m.matches()) {
        throw new ImportException(fileName, i + 1, "claim", "entry does not start '- **E1** (claim). …'");
      }
      String body = m.group(3);
      List<String> notFound = notFoundSentences(body);
      // A joint entry ("P2 / V4") is one search: a figure listed as not found for one id is missing for all.
      List<String> missingHere = new ArrayList<>();
      for (String claimId : m.group(1).split(" / ")) {
        missingHere.addAll(missing.getOrDefault(claimId, List.of()));
      }
      for (String claimId : m.group(1).split(" / ")) {
        out.report().read();
        String paper = papers.get(claimId.substring(0, 1));
        if (paper == null) {
          throw new ImportException(fileName, i + 1, "claim", "'" + claimId + "' names no paper listed in FIGURES.md");
        }
        Set<String> found = figuresByClaim.getOrDefault(claimId, Set.of());
        long valueCount = values.stream().filter(v -> v.figure().claimIds().contains(claimId)).count();
        String status = !missingHere.isEmpty() || found.isEmpty() ? "claimed-figure-not-found"
            : notFound.isEmpty() ? "found" : "partly-found";
        out.keep(claimId, paper, m.group(2), queries(body), String.join(";", found), valueCount, status,
            String.join("; ", missingHere), String.join(" ", notFound), i + 1);
      }
    }
    if (out.report().rowsIn() == 0) {
      throw new ImportException(fileName, 0, null, "no '## Per claim' entries found");
    }
    return out;
  }

  private static String queries(String body) {
    Matcher m = Pattern.compile("(?:Queries|Query): (.*?)\\s+(?:Found\\b|\\*\\*Not found)").matcher(body);
    if (m.find()) {
      return m.group(1).replaceAll("\\.$", "");
    }
    Matcher count = Pattern.compile("^(\\w+ quer(?:y|ies))\\.").matcher(body);
    return count.find() ? count.group(1) : "";
  }

  private static List<String> notFoundSentences(String body) {
    String[] sentences = SENTENCE_END.split(body);
    List<String> out = new ArrayList<>();
    for (int s = 0; s < sentences.length; s++) {
      if (NOT_FOUND.matcher(sentences[s]).find()) {
        String sentence = sentences[s];
        // "**Not found.**" alone says nothing of what: keep the next sentence with it.
        if (sentence.replace("*", "").trim().equalsIgnoreCase("not found.") && s + 1 < sentences.length) {
          sentence = sentence + " " + sentences[++s];
        }
        out.add(sentence);
      }
    }
    return out;
  }

  /** Paper letter → name, from FIGURES.md's "Paper ids: E = …; P = …" sentence. */
  private Map<String, String> paperNames() {
    String md = figures.markdown();
    int start = md.indexOf("Paper ids: ");
    int end = md.indexOf(". Grade:", start);
    if (start < 0 || end < 0) {
      throw new ImportException(figures.fileName(), 0, null, "no 'Paper ids: E = …; … . Grade:' sentence");
    }
    Map<String, String> out = new HashMap<>();
    for (String part : md.substring(start + "Paper ids: ".length(), end).split("; ")) {
      String[] kv = part.split(" = ", 2);
      out.put(kv[0].trim(), kv[1].trim());
    }
    return out;
  }

  /** Claim id → figures FIGURES.md lists as not found ("Claims for which nothing was found (…)"). */
  private Map<String, List<String>> missingFigures() {
    String md = figures.markdown();
    String lead = "Claims for which nothing was found (";
    int start = md.indexOf(lead);
    int end = md.indexOf(") are listed", start);
    Map<String, List<String>> out = new HashMap<>();
    if (start < 0 || end < 0) {
      return out;
    }
    for (String item : md.substring(start + lead.length(), end).split("; ")) {
      Matcher m = CLAIM_IN_ITEM.matcher(item);
      if (m.find()) {
        out.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(item.trim());
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- lists.csv

  private CuratedDataset lists() {
    SourceCsv csv = SourceCsv.read(evidenceDir.resolve("lists.csv"))
        .requireColumns("list_id", "state_name_as_in_source", "source_address");
    CuratedDataset out = new CuratedDataset(
        LISTS,
        "Named states in the claims evidence (partial lists)",
        "One row per state named on a list in sources/claims-evidence/lists.csv (e.g. lima2007_new_named: "
            + "states that joined the Oslo Process at Lima, May 2007, as named by the source), with ISO3 code, "
            + "the FIGURES.md row that describes the list, and its grade.",
        List.of(
            Column.of("list_id", "string", "The list (as in lists.csv)").required(),
            Column.of("state_name_as_in_source", "string", "The state's name as the source writes it").required(),
            Column.of("iso3", "string", "ISO 3166-1 alpha-3 code").required(),
            Column.of("figure_id", "string", "FIGURES.md row whose note describes the list").required(),
            Column.of("grade", "string", "Grade of that row").required().oneOf("primary", "secondary"),
            Column.of("source_url", "string", "Address of the page that names the state").required()))
        .source("Lists transcribed in treatylab shared/sources/claims-evidence/lists.csv (Wikipedia, Oslo Conference on Cluster Munitions)", "https://en.wikipedia.org/wiki/Oslo_Conference_on_Cluster_Munitions")
        .caveat("Partial: the source names only some of the states it counts (PROVENANCE.md: 'Partial (11 of 28)'); do not use the list as the full set.");
    Set<String> seen = new HashSet<>();
    List<Object[]> rows = new ArrayList<>();
    for (SourceCsv.Row row : csv.rows()) {
      out.report().read();
      String listId = row.required("list_id");
      String name = row.required("state_name_as_in_source");
      String url = row.required("source_address");
      if (!seen.add(listId + "|" + name)) {
        throw row.error("state_name_as_in_source", "'" + name + "' is listed twice in " + listId);
      }
      List<EvidenceFigures.Figure> describing = figures.all().stream()
          .filter(f -> f.note().contains(listId)).toList();
      if (describing.size() != 1) {
        throw row.error("list_id", "'" + listId + "' is described by " + describing.size()
            + " FIGURES.md rows; expected exactly one");
      }
      EvidenceFigures.Figure f = describing.get(0);
      if (!url.equals(f.sourceUrl()) && !f.note().contains(url)) {
        throw row.error("source_address", "'" + url + "' is not the address of " + f.id() + " or in its note");
      }
      String iso3;
      try {
        iso3 = iso3Of.apply(name);
      } catch (IllegalArgumentException e) {
        throw row.error("state_name_as_in_source", e.getMessage());
      }
      rows.add(new Object[] {listId, name, iso3, f.id(), f.grade(), url});
    }
    rows.forEach(out::keep);
    return out.sortByColumns(3);
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
