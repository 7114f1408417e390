package org.treatylab.data.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds {@code monitor_casualties.csv}: recorded mine/ERW casualties by calendar year, one row per
 * (data year, report edition), from {@code sources/monitor/transcribed_casualties_by_year.csv} with
 * source and quote from {@code FIGURES.md}.
 *
 * <p>Landmine Monitor revises earlier years heavily (2016: 8,605 first reported in LM2017, 9,437 in
 * LM2018, 9,440 in LM2024), so the edition is part of the key and each row says whether it is the
 * earliest or the latest figure the project holds for its year.
 */
public final class MonitorCasualtiesImporter extends AbstractSourceImporter {
  /** The curated dataset's resource name. */
  public static final String NAME = "monitor_casualties";
  /** The transcription it reads, relative to the sources folder. */
  public static final String SOURCE = "monitor/transcribed_casualties_by_year.csv";

  /**
   * Creates the importer; FIGURES.md (sources and quotes) and the 2005 world total the claims-evidence
   * step found (X31) come with each read.
   */
  public MonitorCasualtiesImporter() {
    super(NAME, SOURCE, MonitorTranscriptionImporter.FIGURES, "claims-evidence/FIGURES.md (X31, the 2005 world total)");
  }

  @Override
  public CuratedDataset read(ImportData.Context context) {
    return read(context.source(SOURCE), context.figures(), context.worldCasualties());
  }

  private record Entry(
      int year, String reportedIn, int edition, String vintage, long total, Long killed, Long injured,
      Long unknown, String qualifier, String grade, MonitorFigures.Figure figure, String status) {}

  /** Reads the transcribed casualties CSV and returns the curated dataset. */
  public CuratedDataset read(Path csvFile, MonitorFigures figures) {
    return read(csvFile, figures, List.of());
  }

  /**
   * Reads the transcribed casualties CSV and adds global totals found elsewhere (the 2005 total of
   * {@code sources/claims-evidence}, X31), each counted as a row read.
   */
  public CuratedDataset read(Path csvFile, MonitorFigures figures, List<ClaimsEvidenceImporter.WorldCasualty> added) {
    SourceCsv csv = SourceCsv.read(csvFile).requireColumns(
        "data_year", "total_recorded", "killed", "injured", "status_unknown", "qualifier", "status",
        "reported_in", "figure_id_in_FIGURES_md");
    CuratedDataset out = dataset(csv.fileName(), added.stream().anyMatch(w -> w.year() == 2005));
    List<Entry> entries = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (SourceCsv.Row row : csv.rows()) {
      out.report().read();
      Entry e = entry(row, figures);
      if (!keys.add(e.year() + "|" + e.edition())) {
        throw row.error("reported_in", "second row for data year " + e.year() + " in edition " + e.edition());
      }
      entries.add(e);
    }
    for (ClaimsEvidenceImporter.WorldCasualty w : added) {
      out.report().read();
      if (!keys.add(w.year() + "|" + w.edition())) {
        throw new ImportException(w.figure().id(), 0, "reported_in",
            "second row for data year " + w.year() + " in edition " + w.edition());
      }
      entries.add(new Entry(w.year(), w.reportedIn(), w.edition(),
          w.edition() == w.year() + 1 ? "first-report" : "as-cited", w.total(), null, null, null, w.qualifier(),
          w.grade(), w.figure(), w.statusNote()));
    }
    if (!added.isEmpty()) {
      out.source("Evidence for paper claims, treatylab shared/sources/claims-evidence/FIGURES.md (the 2005 total)",
          "https://the-monitor.org");
      out.caveat("2005 is held only as LM2006's first report relayed by the press (claims-evidence figure, secondary); "
          + "LM2007's stated fall from 2005 to 2006 implies a lower revised 2005 (Casualties.impliedBy(2006, 2005)).");
    }
    Map<Integer, Integer> earliest = new HashMap<>();
    Map<Integer, Integer> latest = new HashMap<>();
    for (Entry e : entries) {
      earliest.merge(e.year(), e.edition(), Math::min);
      latest.merge(e.year(), e.edition(), Math::max);
    }
    entries.sort(Comparator.comparingInt(Entry::year).thenComparingInt(Entry::edition));
    for (Entry e : entries) {
      out.keep(e.year(), e.reportedIn(), e.edition(), e.vintage(), e.total(), e.killed(), e.injured(),
          e.unknown(), e.qualifier(), earliest.get(e.year()) == e.edition(),
          latest.get(e.year()) == e.edition(), e.grade(), e.status(), e.figure().id(),
          e.figure().sourceTitle(), e.figure().sourceUrl(), e.figure().quote());
    }
    return out;
  }

  private static Entry entry(SourceCsv.Row row, MonitorFigures figures) {
    int year = SourceValues.dataYear(row, "data_year");
    int edition = SourceValues.editionYear(row, "reported_in");
    if (edition < year) {
      throw row.error("reported_in", "edition " + edition + " is earlier than data year " + year);
    }
    Long total = SourceValues.integerOrNull(row, "total_recorded");
    if (total == null || total <= 0) {
      throw row.error("total_recorded", "a positive total is required");
    }
    Long killed = SourceValues.integerOrNull(row, "killed");
    Long injured = SourceValues.integerOrNull(row, "injured");
    Long unknown = SourceValues.integerOrNull(row, "status_unknown");
    long parts = (killed == null ? 0 : killed) + (injured == null ? 0 : injured) + (unknown == null ? 0 : unknown);
    if (parts > total) {
      throw row.error("total_recorded", "killed " + killed + " + injured " + injured + " + unknown " + unknown
          + " = " + parts + " exceeds the total " + total);
    }
    if (killed != null && injured != null && unknown != null && killed + injured + unknown != total) {
      throw row.error("total_recorded", "killed " + killed + " + injured " + injured + " + unknown "
          + unknown + " != total " + total);
    }
    String status = row.get("status");
    MonitorFigures.Figure figure = figures.get(row.required("figure_id_in_FIGURES_md"), row,
        "figure_id_in_FIGURES_md");
    boolean secondary = figure.secondary() || status.contains("via") || status.contains("secondary")
        || status.contains("as cited");
    return new Entry(year, row.get("reported_in"), edition, vintage(status), total, killed, injured,
        unknown, row.get("qualifier"), secondary ? "secondary" : "primary", figure, status);
  }

  /** Returns first-report, revised, or as-cited (a later edition or a secondary page quoting the figure). */
  static String vintage(String status) {
    if (status.startsWith("first report")) {
      return "first-report";
    }
    if (status.startsWith("revised")) {
      return "revised";
    }
    return "as-cited";
  }

  private static CuratedDataset dataset(String sourceFile, boolean has2005) {
    CuratedDataset d = new CuratedDataset(
        NAME,
        "Recorded landmine/ERW casualties by year and Landmine Monitor edition",
        "One row per (calendar year, report edition): total recorded mine/ERW/victim-activated-IED "
            + "casualties (killed + injured + unknown status) as reported by that edition of Landmine "
            + "Monitor (LM YYYY reports calendar year YYYY-1), with killed/injured/unknown where given, the "
            + "report's qualifier and whether the row is the earliest or latest figure held for its year.",
        List.of(
            Column.of("data_year", "integer", "Calendar year the casualties occurred").range(1990, 2100).required(),
            Column.of("reported_in", "string", "Report edition or page that gave the figure, as transcribed (e.g. LM2008)").required(),
            Column.of("edition_year", "integer", "Publication year of that edition").range(1990, 2100).required(),
            Column.of("vintage", "string", "first-report: the edition that first reported the year; revised: a later edition's revision; as-cited: the figure is known only through a later edition or a secondary page quoting the Monitor").required().oneOf("first-report", "revised", "as-cited"),
            Column.of("total_recorded", "integer", "Recorded casualties (killed + injured + unknown status)").unit("persons").required().range(0, null),
            Column.of("killed", "integer", "Recorded killed, where the edition gives it").range(0, null).unit("persons"),
            Column.of("injured", "integer", "Recorded injured, where the edition gives it").range(0, null).unit("persons"),
            Column.of("status_unknown", "integer", "Recorded casualties of unknown status, where given").range(0, null).unit("persons"),
            Column.of("qualifier", "string", "The report's own qualifier: 'at least', 'approximately' or empty"),
            Column.of("earliest_for_year", "boolean", "True for the earliest edition held for this data year (the 'as first reported' series)").required(),
            Column.of("latest_for_year", "boolean", "True for the latest edition held for this data year (the 'latest revision' series)").required(),
            Column.of("grade", "string", "primary: read on a Monitor page; secondary: via press, blog or another report").required().oneOf("primary", "secondary"),
            Column.of("status_note", "string", "Transcriber's status note, verbatim"),
            Column.of("figure_id", "string", "Row id in sources/monitor/FIGURES.md (C01, …) or sources/claims-evidence/FIGURES.md (X31)").pattern(Column.FIGURE_ID).required(),
            Column.of("source_title", "string", "Title of the page the figure was read from").required(),
            Column.of("source_url", "string", "Address of that page (stored copy)").required(),
            Column.of("quote", "string", "The exact sentence as stored").required()))
        .primaryKey("data_year", "edition_year")
        .source("Landmine Monitor (ICBL-CMC), annual reports 1999-2025, casualty chapters and press releases; transcribed in treatylab shared/sources/monitor/" + sourceFile + " and FIGURES.md", "https://the-monitor.org")
        .caveat("Editions revise earlier years heavily (e.g. 2016: 8,605 in LM2017, 9,437 in LM2018, 9,440 in LM2024); pick one vintage consistently: earliest_for_year or latest_for_year.")
        .caveat("1999 (9,220), 2002 (11,700), 2003 (8,065) and 2010 (4,191) come from secondary citations of the Monitor; 2024 is killed + injured only (unknown-status count not found).")
        .caveat("Totals are recorded casualties, not estimates of true totals (the Monitor estimated 15,000-20,000 a year around 2000).");
    if (!has2005) {
      d.caveat("2005 is missing: no stored figure was found (LM2007 says 2006's 5,751 was 16% below 2005).");
    }
    return d;
  }
}
