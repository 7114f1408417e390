package org.treatylab.data.importer;

import static org.treatylab.data.importer.EvidenceValues.FIELD_VALUE;
import static org.treatylab.data.importer.EvidenceValues.oneLine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.treatylab.data.importer.EvidenceValues.Value;

/**
 * The casualty series in the claims evidence: the Chechnya and Russian Federation casualties by year and
 * Landmine Monitor edition ({@code claims_evidence_casualties.csv}, one row per total with its killed and
 * injured parts), and the global totals handed to the Monitor casualty series (X31).
 */
final class EvidenceCasualtySeries {
  private EvidenceCasualtySeries() {}

  private record SeriesKey(String area, int year, int edition) {}

  /** Returns {@code claims_evidence_casualties.csv} from the values marked {@code series=casualties}. */
  static CuratedDataset casualties(List<Value> values) {
    CuratedDataset out = new CuratedDataset(
        ClaimsEvidenceImporter.CASUALTIES,
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

  /** Returns the values marked {@code series=world-casualties} as rows of the Monitor's global series. */
  static List<ClaimsEvidenceImporter.WorldCasualty> worldCasualties(List<Value> values) {
    List<ClaimsEvidenceImporter.WorldCasualty> out = new ArrayList<>();
    for (Value v : values) {
      if (v.series().equals("world-casualties")) {
        if (!v.measure().equals("casualties")) {
          throw v.row().error("series", "only a 'casualties' total joins the world series");
        }
        String note = v.figure().note();
        int stop = note.indexOf(". ");
        out.add(new ClaimsEvidenceImporter.WorldCasualty(v.start(), v.reportedIn(), SourceValues.editionYear(v.row(), "reported_in"),
            whole(v), v.qualifier(), v.grade(), stop < 0 ? note : note.substring(0, stop + 1),
            v.figure().asMonitorFigure(oneLine(v.quote()))));
      }
    }
    return out;
  }
}
