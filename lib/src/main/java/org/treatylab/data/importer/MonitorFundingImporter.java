package org.treatylab.data.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@code monitor_funding.csv}: mine action funding by year in nominal US$ million
 * (international, national, total), one row per (year, measure, edition), with the method note that
 * applies to that edition, from {@code sources/monitor/transcribed_funding_by_year.csv} and
 * {@code FIGURES.md} (F01–F23).
 */
public final class MonitorFundingImporter extends MonitorTranscriptionImporter {
  /** The curated dataset's resource name. */
  public static final String NAME = "monitor_funding";

  /** Creates the importer; FIGURES.md comes with each read. */
  public MonitorFundingImporter() {
    super(NAME, "transcribed_funding_by_year.csv", 2,
        "data_year", "measure", "usd_million", "qualifier", "status", "reported_in", "figure_id_in_FIGURES_md");
  }

  @Override
  protected void keepRow(SourceCsv.Row row, MonitorFigures figures, CuratedDataset out) {
    int year = SourceValues.dataYear(row, "data_year");
    int edition = SourceValues.editionYear(row, "reported_in");
    Double usd = SourceValues.numberOrNull(row, "usd_million");
    if (usd == null || usd <= 0) {
      throw row.error("usd_million", "a positive amount is required");
    }
    String measureText = row.required("measure");
    String measure = measure(row, measureText);
    String status = row.get("status");
    String qualifier = row.get("qualifier");
    String vintage = status.startsWith("derived") ? "derived"
        : MonitorCasualtiesImporter.vintage(status);
    String derivation = qualifier.startsWith("derived") ? qualifier.replaceAll("^derived\\s*\\((.*)\\)$", "$1") : "";
    MonitorFigures.Figure f = figures.get(row.required("figure_id_in_FIGURES_md"), row, "figure_id_in_FIGURES_md");
    out.keep(year, measure, measureText, SourceValues.format(usd), derivation.isEmpty() ? qualifier : "",
        vintage, derivation, row.get("reported_in"), edition, methodNote(edition, measureText), status,
        f.secondary() ? "secondary" : "primary", f.id(), f.sourceTitle(), f.sourceUrl(), f.quote());
  }

  private static String measure(SourceCsv.Row row, String text) {
    String t = text.toLowerCase();
    if (t.contains("international")) {
      return "international";
    }
    if (t.equals("national")) {
      return "national";
    }
    if (t.equals("total")) {
      return "total";
    }
    throw row.error("measure", "unknown funding measure '" + text + "'");
  }

  /** Returns what a reader must know about the method of a given edition (FIGURES.md and PROVENANCE.md). */
  static String methodNote(int edition, String measureText) {
    List<String> notes = new ArrayList<>();
    if (edition <= 2006) {
      notes.add("LM1999-LM2006: 'mine action funding' means donor (international) funding only");
    } else {
      notes.add("from LM2007 international and national (affected states' own) funding are reported separately");
    }
    if (edition == 2001 || measureText.contains("excl. EC")) {
      notes.add("excludes the European Commission (about EUR 30 million a year)");
    }
    if (measureText.contains("incl. EC?")) {
      notes.add("whether EC funding is included is unclear");
    }
    if (edition == 2009 || edition == 2010) {
      notes.add("LM2009 and LM2010 methods differ (2008 international: US$517.8m in LM2009, revised to US$455m in LM2010)");
    }
    notes.add("nominal US$");
    return String.join("; ", notes);
  }

  @Override
  protected CuratedDataset dataset(String sourceFile) {
    return new CuratedDataset(
        NAME,
        "Mine action funding by year (international, national, total)",
        "One row per (year, measure, edition): mine action funding in nominal US$ million as reported "
            + "(or derived from reported numbers) by an edition of Landmine Monitor, with the method note "
            + "that applies to that edition.",
        List.of(
            Column.of("data_year", "integer", "Calendar year of the funding").range(1990, 2100).required(),
            Column.of("measure", "string", "international (donor), national (affected states' own) or total").required().oneOf("international", "national", "total"),
            Column.of("measure_as_transcribed", "string", "The measure as transcribed, e.g. 'donor/international excl. EC'").required(),
            Column.of("usd_million", "number", "Amount").unit("US$ million (nominal)").required().range(0, null),
            Column.of("qualifier", "string", "The report's wording: 'more than', 'about', 'approximately', 'surpassing (>US$1 billion)'"),
            Column.of("vintage", "string", "first-report, revised, as-cited, or derived (arithmetic on reported numbers, not a published figure)").required().oneOf("first-report", "revised", "as-cited", "derived"),
            Column.of("derivation", "string", "For derived values: the arithmetic, e.g. '309-72'"),
            Column.of("reported_in", "string", "Report edition as transcribed").required(),
            Column.of("edition_year", "integer", "Publication year of the edition").range(1990, 2100).required(),
            Column.of("method_note", "string", "What the edition counted (donor-only before LM2007, EC exclusions, method changes)").required(),
            Column.of("status_note", "string", "Transcriber's status note, verbatim"),
            Column.of("grade", "string", "primary or secondary").required().oneOf("primary", "secondary"),
            Column.of("figure_id", "string", "Row id in FIGURES.md").pattern(Column.FIGURE_ID).required(),
            Column.of("source_title", "string", "Title of the page").required(),
            Column.of("source_url", "string", "Address of the page (stored copy)").required(),
            Column.of("quote", "string", "The exact sentence as stored").required()))
        .source("Landmine Monitor annual reports, 'Mine Action Funding' / 'Support for Mine Action' chapters, via treatylab shared/sources/monitor/" + sourceFile + " and FIGURES.md", "https://the-monitor.org")
        .caveat("LM1999-LM2006 'mine action funding' = donor funding only, EC sometimes excluded (LM2001 excludes about EUR 30m a year); from LM2007 international and national are separated.")
        .caveat("International: every year 1999-2022 except 2011 (only a derived 2011 total). National: 2006 (derived), 2007-2009, 2015-2016. 2023: only 'surpassing US$1 billion'. 2024 not found.")
        .caveat("Values are nominal US$; several are derived by subtraction from reported totals (vintage 'derived').");
  }
}
