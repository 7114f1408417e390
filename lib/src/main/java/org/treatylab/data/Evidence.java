package org.treatylab.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import org.treatylab.base.Checks;

/**
 * Evidence gathered for paper claims the first datasets could not check: sourced figures (ids X01, X02, …)
 * with the sentence that states each value, the Chechnya and Russian Federation casualty series, and
 * what was searched for and <em>not</em> found.
 *
 * <p>Sources: {@code claims_evidence.csv}, {@code claims_evidence_casualties.csv},
 * {@code claims_evidence_searches.csv} and {@code claims_evidence_lists.csv}, built by
 * {@code org.treatylab.data.importer.ClaimsEvidenceImporter} from the project's shared
 * {@code sources/claims-evidence/} (FIGURES.md, lists.csv, PROVENANCE.md): Landmine Monitor Reports
 * 1999–2007 (Chechnya, Russian Federation, South Africa, United States), ICBL and CMC releases,
 * Brookings Papers on Economic Activity 2001, and press and encyclopaedia pages (graded secondary). Every
 * value carries its grade, page address and quote; derived values say how in {@link Value#derivation()}.
 *
 * <pre>{@code
 * Evidence.figure("X01").values().get(0).value();          // 5695 (Chechnya casualties 2002, LM2003)
 * Evidence.value("chechnya.casualties.2005.lm2006").value(); // 24
 * Evidence.casualties("Chechnya").asFirstReported().total(2005);
 * Evidence.search("E7").status();                          // "claimed-figure-not-found"
 * }</pre>
 */
public final class Evidence {
  private Evidence() {}

  /** The areas of the casualty series. */
  public static final List<String> CASUALTY_AREAS = List.of("Chechnya", "Russian Federation");

  /**
   * One number read from a figure row.
   *
   * @param valueId unique id, e.g. {@code chechnya.casualties.2002.lm2003}
   * @param figureId the FIGURES.md row, e.g. X01 (column {@code figure_id} of {@link #values()})
   * @param claimIds the paper claims the figure bears on (E1, P3, V2, G, …)
   * @param measure what is counted (casualties, killed, exchange_rate, states, …)
   * @param area territory or scope (Chechnya, Russian Federation, world, …)
   * @param periodStart first year covered
   * @param periodEnd last year covered
   * @param date the exact date where the source gives one, else null
   * @param value the value in {@code unit}
   * @param unit persons, US$ million, billion rubles, percent, year, states, …
   * @param qualifier the source's qualifier ("at least", "over", …) or ""
   * @param reportedIn edition or publication
   * @param scope what the count includes, in the source's terms
   * @param grade primary or secondary
   * @param derivation how a computed or interpreted value was obtained, or "" when the quote states it
   * @param quoteFrom quote, note quote or note (where the sentence was found)
   * @param sourceTitle the page the quote was read from
   * @param sourceUrl its address
   * @param quote the sentence that states the value
   */
  public record Value(String valueId, String figureId, List<String> claimIds, String measure, String area,
      int periodStart, int periodEnd, LocalDate date, double value, String unit, String qualifier,
      String reportedIn, String scope, String grade, String derivation, String quoteFrom, String sourceTitle,
      String sourceUrl, String quote) {

    /** Returns true when the value is computed or interpreted rather than stated as is. */
    public boolean derived() {
      return !derivation.isEmpty();
    }

    /** Returns e.g. {@code 5,695 persons (Chechnya, casualties, 2002; LM2003, primary)}. */
    @Override
    public String toString() {
      String v = value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", (long) value)
          : String.format(Locale.ROOT, "%,.2f", value);
      String years = periodStart == periodEnd ? String.valueOf(periodStart) : periodStart + "-" + periodEnd;
      return (qualifier.isEmpty() ? "" : qualifier + " ") + v + " " + unit + " (" + area + ", " + measure + ", "
          + years + "; " + reportedIn + ", " + grade + (derived() ? ", derived" : "") + ")";
    }
  }

  /**
   * A FIGURES.md row with the values read from it.
   *
   * @param id a figure id of FIGURES.md, e.g. X01 ({@link #values()} lists them, column {@code figure_id})
   * @param claimIds the claims it bears on
   * @param description what the figure is
   * @param note the row's note: grade, and what the figure does and does not say
   * @param values the values read from it, in file order
   */
  public record Figure(String id, List<String> claimIds, String description, String note, List<Value> values) {
    /**
     * Returns the value of this figure with the given measure and area when exactly one matches.
     *
     * @throws IllegalArgumentException naming the matching ids when none or several match
     */
    public Value value(String measure, String area) {
      Checks.notNull(measure, "measure");
      Checks.notNull(area, "area");
      List<Value> hits = values.stream().filter(v -> v.measure().equals(measure) && v.area().equals(area)).toList();
      if (hits.size() != 1) {
        throw new IllegalArgumentException(hits.size() + " values of " + id + " have measure '" + measure
            + "' and area '" + area + "'; its values: " + values.stream().map(Value::valueId).toList());
      }
      return hits.get(0);
    }
  }

  /**
   * A paper claim searched for, with what was and was not found.
   *
   * @param claimId a paper claim's id as {@code claims_evidence.csv} names it, e.g. E1, P3, V2 or G
   * @param paper the paper
   * @param claimSearched the claim as searched
   * @param queries queries tried
   * @param figureIds figures found
   * @param valueCount values in {@link #values()} bearing on the claim
   * @param status found, partly-found or claimed-figure-not-found
   * @param missingFigure the claim's own figure listed as not found, or ""
   * @param notFound the search log's sentences on what was not found, or ""
   */
  public record Search(String claimId, String paper, String claimSearched, String queries, List<String> figureIds,
      int valueCount, String status, String missingFigure, String notFound) {
    /** Returns true when the claim's own figure was not found (the claim stays uncheckable as stated). */
    public boolean claimedFigureNotFound() {
      return status.equals("claimed-figure-not-found");
    }

    /**
     * Returns, for a claims ledger, what was searched for and not found, in one line without Markdown
     * emphasis (e.g. {@code "not found: E7 110,000 devices. Not found. Only Afghanistan ≈15,000 (Pravda,
     * X17)."}), or "" when the search found everything it looked for.
     */
    public String notFoundReason() {
      if (status.equals("found")) {
        return "";
      }
      String missing = missingFigure.isEmpty() ? "" : "not found: " + missingFigure + ". ";
      return (missing + notFound.replace("**", "")).trim();
    }
  }

  /** Returns {@code claims_evidence.csv}: one row per value, with grade, source and quote. */
  public static CuratedTable values() {
    return CuratedTable.load("claims_evidence");
  }

  /** Returns {@code claims_evidence_searches.csv}: one row per claim searched for. */
  public static CuratedTable searches() {
    return CuratedTable.load("claims_evidence_searches");
  }

  /** Returns {@code claims_evidence_lists.csv}: named states (partial lists) with ISO3. */
  public static CuratedTable lists() {
    return CuratedTable.load("claims_evidence_lists");
  }

  /**
   * Returns a figure of FIGURES.md with its values ({@code claims_evidence.csv}), e.g. {@code figure("X07")}.
   *
   * @param id the figure's id, e.g. X07 (column {@code figure_id} of {@link #values()}), not null
   * @throws IllegalArgumentException for an unknown id, with the closest known id
   */
  public static Figure figure(String id) {
    Checks.notNull(id, "id");
    Table t = values().table();
    List<Value> vs = new ArrayList<>();
    String description = null;
    String note = null;
    for (Row r : t) {
      if (r.getString("figure_id").equals(id)) {
        vs.add(value(r));
        description = r.getString("figure");
        note = r.getString("figure_note");
      }
    }
    if (vs.isEmpty()) {
      throw unknown("evidence figure", id, new TreeSet<>(t.stringColumn("figure_id").asList()), "Evidence.values()");
    }
    return new Figure(id, vs.get(0).claimIds(), description, note, List.copyOf(vs));
  }

  /**
   * Returns one value by its id ({@code claims_evidence.csv}), e.g. {@code value("russia.casualties.2005.lm2006")}.
   *
   * @param valueId the value's id, not null
   * @throws IllegalArgumentException for an unknown id, with the closest known id
   */
  public static Value value(String valueId) {
    Checks.notNull(valueId, "valueId");
    Table t = values().table();
    for (Row r : t) {
      if (r.getString("value_id").equals(valueId)) {
        return value(r);
      }
    }
    throw unknown("evidence value id", valueId, new TreeSet<>(t.stringColumn("value_id").asList()), "Evidence.values()");
  }

  /**
   * Returns every value bearing on a paper claim (e.g. E1, P3, V2, G), in file order
   * ({@code claims_evidence.csv}).
   *
   * @param claimId the claim's id, not null
   * @throws IllegalArgumentException for a claim id no figure names, with the closest known id
   */
  public static List<Value> forClaim(String claimId) {
    Checks.notNull(claimId, "claimId");
    Table t = values().table();
    List<Value> out = new ArrayList<>();
    Set<String> known = new TreeSet<>();
    for (Row r : t) {
      List<String> claims = Arrays.asList(r.getString("claim_ids").split(";"));
      known.addAll(claims);
      if (claims.contains(claimId)) {
        out.add(value(r));
      }
    }
    if (out.isEmpty()) {
      throw unknown("claim id", claimId, known, "Evidence.values()");
    }
    return List.copyOf(out);
  }

  /**
   * Returns the values of one measure in one area, ordered by period and edition, e.g.
   * {@code series("casualties", "Chechnya")} (all editions and scopes: see each value's {@code scope}), from
   * {@code claims_evidence.csv}.
   *
   * @param measure what is counted, not null
   * @param area territory or scope, not null
   * @throws IllegalArgumentException when no value has that measure or area, naming the known ones
   */
  public static List<Value> series(String measure, String area) {
    Checks.notNull(measure, "measure");
    Checks.notNull(area, "area");
    Table t = values().table();
    Set<String> measures = new TreeSet<>(t.stringColumn("measure").asList());
    Set<String> areas = new TreeSet<>(t.stringColumn("area").asList());
    if (!measures.contains(measure)) {
      throw unknown("measure", measure, measures, "Evidence.values()");
    }
    if (!areas.contains(area)) {
      throw unknown("area", area, areas, "Evidence.values()");
    }
    List<Value> out = new ArrayList<>();
    for (Row r : t) {
      if (r.getString("measure").equals(measure) && r.getString("area").equals(area)) {
        out.add(value(r));
      }
    }
    out.sort(Comparator.comparingInt(Value::periodStart).thenComparingInt(Value::periodEnd)
        .thenComparing(Value::reportedIn));
    return List.copyOf(out);
  }

  /**
   * Returns the search record of a paper claim, e.g. {@code search("E7")}: what was found, and what was
   * not (why the claim stays uncheckable), from {@code claims_evidence_searches.csv}.
   *
   * @param claimId the claim's id, not null
   * @throws IllegalArgumentException for an unknown claim id, with the closest known id
   */
  public static Search search(String claimId) {
    Checks.notNull(claimId, "claimId");
    for (Search s : allSearches()) {
      if (s.claimId().equals(claimId)) {
        return s;
      }
    }
    throw unknown("claim id", claimId, new TreeSet<>(allSearches().stream().map(Search::claimId).toList()), "Evidence.allSearches()");
  }

  /** Returns every search record, in PROVENANCE.md order. */
  public static List<Search> allSearches() {
    Table t = searches().table();
    List<Search> out = new ArrayList<>();
    for (Row r : t) {
      String figs = r.getString("figure_ids");
      out.add(new Search(r.getString("claim_id"), r.getString("paper"), r.getString("claim_searched"),
          r.getString("queries"), figs.isEmpty() ? List.of() : List.of(figs.split(";")), r.getInt("value_count"),
          r.getString("status"), r.getString("missing_figure"), r.getString("not_found")));
    }
    return List.copyOf(out);
  }

  /**
   * Returns the Chechnya or Russian Federation casualty series by (year, edition), in the shape of
   * {@link Monitor#casualties()}: pick a vintage with {@link Casualties#asFirstReported()} or
   * {@link Casualties#latestRevision()}, then {@link Casualties#total(int)}. The count's scope differs by
   * year (Chechen Ministry of Health vs UNICEF civilian records): see the table's {@code scope} column.
   *
   * <p>Data: {@code claims_evidence_casualties.csv}.
   *
   * @param area {@code "Chechnya"} or {@code "Russian Federation"}, not null
   * @throws IllegalArgumentException for another area, with the closest known one
   */
  public static Casualties casualties(String area) {
    Checks.notNull(area, "area");
    if (!CASUALTY_AREAS.contains(area)) {
      throw unknown("casualty area", area, new TreeSet<>(CASUALTY_AREAS), "Evidence.CASUALTY_AREAS");
    }
    CuratedTable all = CuratedTable.load("claims_evidence_casualties");
    Table t = all.table();
    return new Casualties(all.with(t.where(t.stringColumn("area").isEqualTo(area))), all.name() + " (" + area + ")");
  }

  /**
   * Returns the ISO3 codes of a named-state list, e.g. {@code list("lima2007_new_named")} (partial lists:
   * see {@link #lists()}'s caveats), from {@code claims_evidence_lists.csv}.
   *
   * @param listId the list's id, not null
   * @throws IllegalArgumentException for an unknown list id, with the closest known one
   */
  public static List<String> list(String listId) {
    Checks.notNull(listId, "listId");
    Table t = lists().table();
    List<String> out = new ArrayList<>();
    for (Row r : t) {
      if (r.getString("list_id").equals(listId)) {
        out.add(r.getString("iso3"));
      }
    }
    if (out.isEmpty()) {
      throw unknown("list id", listId, new TreeSet<>(t.stringColumn("list_id").asList()), "Evidence.lists()");
    }
    return List.copyOf(out);
  }

  private static Value value(Row r) {
    return new Value(r.getString("value_id"), r.getString("figure_id"),
        List.of(r.getString("claim_ids").split(";")), r.getString("measure"), r.getString("area"),
        r.getInt("period_start"), r.getInt("period_end"), r.getDate("date"), r.getDouble("value"),
        r.getString("unit"), r.getString("qualifier"), r.getString("reported_in"), r.getString("scope"),
        r.getString("grade"), r.getString("derivation"), r.getString("quote_from"), r.getString("source_title"),
        r.getString("source_url"), r.getString("quote"));
  }

  /** An "unknown X 'y' — did you mean z?" error ({@link Checks#unknown}), naming the call that lists the known names. */
  private static IllegalArgumentException unknown(String what, String given, Set<String> known, String listedBy) {
    return Checks.unknown(what, given, known, listedBy);
  }
}
