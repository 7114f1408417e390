package org.treatylab.data.importer;

import java.util.List;

/**
 * Builds {@code monitor_clearance.csv}: area cleared or released (km²) and mines destroyed per year,
 * each row with that year's definition, from {@code sources/monitor/transcribed_clearance_by_year.csv}
 * and {@code FIGURES.md} (K01–K12, M14, M17).
 */
public final class MonitorClearanceImporter extends MonitorTranscriptionImporter {
  /** The curated dataset's resource name. */
  public static final String NAME = "monitor_clearance";

  /** Creates the importer; FIGURES.md comes with each read. */
  public MonitorClearanceImporter() {
    super(NAME, "transcribed_clearance_by_year.csv", 3, "data_year", "area_km2", "area_type",
        "ap_mines_destroyed", "av_mines_destroyed", "qualifier_notes", "reported_in", "figure_ids");
  }

  @Override
  protected void keepRow(SourceCsv.Row row, MonitorFigures figures, CuratedDataset out) {
    int year = SourceValues.dataYear(row, "data_year");
    int edition = SourceValues.editionYear(row, "reported_in");
    Double area = SourceValues.numberOrNull(row, "area_km2");
    if (area != null && area < 0) {
      throw row.error("area_km2", "area cannot be negative");
    }
    String definition = row.required("area_type");
    SourceValues.Noted ap = SourceValues.notedOrNull(row, "ap_mines_destroyed");
    SourceValues.Noted av = SourceValues.notedOrNull(row, "av_mines_destroyed");
    List<MonitorFigures.Figure> figs = figures.all(row.required("figure_ids"), row, "figure_ids");
    MonitorFigures.Figure first = figs.get(0);
    out.keep(year, area == null ? null : SourceValues.format(area), definition, scope(definition, row.get("reported_in")),
        ap == null ? null : SourceValues.format(ap.value()), av == null ? null : SourceValues.format(av.value()),
        ap == null ? "" : ap.note(), row.get("qualifier_notes"), row.get("reported_in"), edition,
        ids(figs), row.get("qualifier_notes").contains("secondary") ? "secondary" : grade(figs),
        first.sourceTitle(), first.sourceUrl(), first.quote());
  }

  /** Returns whose clearance the figure counts: all programmes (Monitor), States Parties, or Mine Action Review. */
  static String scope(String definition, String reportedIn) {
    if (definition.contains("Mine Action Review") || reportedIn.startsWith("Clearing the Mines")) {
      return "mine-action-review";
    }
    if (definition.contains("States Parties")) {
      return "states-parties";
    }
    return "all-programmes";
  }

  @Override
  protected CuratedDataset dataset(String sourceFile) {
    return new CuratedDataset(
        NAME,
        "Mine clearance by year: area and mines destroyed, with each year's definition",
        "One row per (year, definition, report): area cleared or released in km2 and mines destroyed, as "
            + "reported by Landmine Monitor (or Mine Action Review where marked), with the definition the "
            + "report used. Definitions change between years, so rows are not a consistent series.",
        List.of(
            Column.of("data_year", "integer", "Calendar year of the clearance").range(1990, 2100).required(),
            Column.of("area_km2", "number", "Area cleared or released").unit("km2").range(0, null),
            Column.of("area_definition", "string", "What the area counts, verbatim (e.g. 'mined area cleared', 'land released (States Parties)')").required(),
            Column.of("scope", "string", "all-programmes (Monitor global), states-parties (Mine Ban Treaty States Parties only), mine-action-review (Mine Action Review, Clearing the Mines)").required().oneOf("all-programmes", "states-parties", "mine-action-review"),
            Column.of("ap_mines_destroyed", "integer", "Anti-personnel mines destroyed in clearance (or all mines, see mines_note)").range(0, null).unit("mines"),
            Column.of("av_mines_destroyed", "integer", "Anti-vehicle mines destroyed in clearance").range(0, null).unit("mines"),
            Column.of("mines_note", "string", "What the mines count covers where it is not AP mines only"),
            Column.of("qualifier_notes", "string", "The report's qualifiers ('at least', 'over') and added battle-area figures, verbatim"),
            Column.of("reported_in", "string", "Report as transcribed").required(),
            Column.of("edition_year", "integer", "Publication year of the report").range(1990, 2100).required(),
            Column.of("figure_ids", "string", "Row ids in FIGURES.md").required(),
            Column.of("grade", "string", "primary or secondary").required().oneOf("primary", "secondary"),
            Column.of("source_title", "string", "Title of the first figure's page").required(),
            Column.of("source_url", "string", "Address of that page").required(),
            Column.of("quote", "string", "The exact sentence as stored").required()))
        .source("Landmine Monitor annual reports (mine action chapters, press releases, FAQ) and Mine Action Review, Clearing the Mines 2020/2023, via treatylab shared/sources/monitor/" + sourceFile + " and FIGURES.md", "https://the-monitor.org")
        .caveat("Definitions change: land 'demined' incl. battle area (2005); 'mined area cleared' (2009-2010); 'released' incl. survey (2012); States Parties only from about 2016.")
        .caveat("Not found: 1999-2003 global totals, 2007-2008, 2011, 2013-2014, 2016, 2018, 2020, 2024.");
  }
}
