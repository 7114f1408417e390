package org.treatylab.data.importer;

import java.util.List;

/**
 * Builds {@code monitor_civilian_child_shares.csv}: the civilian share and the child share of recorded
 * casualties per year, one row per (year, measure, value), with the base each share is of, from
 * {@code sources/monitor/transcribed_civilian_child_shares.csv} and {@code FIGURES.md} (P01–P17, C07).
 *
 * <p>The child share's base differs between years (all casualties vs civilian casualties), so the base
 * is a column of its own and must be checked before shares of different years are compared.
 */
public final class MonitorSharesImporter extends MonitorTranscriptionImporter {
  /** The curated dataset's resource name. */
  public static final String NAME = "monitor_civilian_child_shares";

  /** Creates the importer; FIGURES.md comes with each read. */
  public MonitorSharesImporter() {
    super(NAME, "transcribed_civilian_child_shares.csv", 3,
        "data_year", "civilian_share_pct", "child_share_pct", "child_share_base", "figure_ids");
  }

  @Override
  protected void keepRow(SourceCsv.Row row, MonitorFigures figures, CuratedDataset out) {
    int year = SourceValues.dataYear(row, "data_year");
    List<MonitorFigures.Figure> figs = figures.all(row.required("figure_ids"), row, "figure_ids");
    int written = 0;
    written += shares(out, row, year, "civilian", "civilian_share_pct",
        "casualties whose civilian/military status is known", "known-status", figs);
    String baseText = row.get("child_share_base");
    written += shares(out, row, year, "child", "child_share_pct", baseText, childBase(baseText), figs);
    if (written == 0) {
      throw row.error("civilian_share_pct", "row gives neither a civilian nor a child share");
    }
    // One source row may give several curated rows (two measures, two editions); it counts once.
    out.report().kept();
  }

  private int shares(CuratedDataset out, SourceCsv.Row row, int year, String measure, String column,
      String baseText, String base, List<MonitorFigures.Figure> figs) {
    String cell = row.get(column);
    if (cell.isEmpty()) {
      return 0;
    }
    String[] parts = cell.split(";");
    String extra = "";
    int n = 0;
    for (int i = 0; i < parts.length; i++) {
      SourceValues.Noted v = SourceValues.noted(parts[i]);
      if (v == null) {
        if (i == 0) {
          throw row.error(column, "'" + cell + "' does not start with a percentage");
        }
        extra = extra.isEmpty() ? parts[i].trim() : extra + "; " + parts[i].trim();
      }
    }
    for (String part : parts) {
      SourceValues.Noted v = SourceValues.noted(part);
      if (v == null) {
        continue;
      }
      SourceValues.share(row, column, v.value());
      String edition = v.note().matches("LM\\d{4}") ? v.note() : "";
      String qualifier = edition.isEmpty() ? v.note() : "";
      MonitorFigures.Figure first = figs.get(0);
      out.csv().row(year, measure, SourceValues.format(v.value()), v.comparator(), qualifier, edition,
          base, baseText, extra, cell,
          ids(figs), grade(figs),
          first.sourceTitle(), first.sourceUrl(), first.quote());
      n++;
    }
    return n;
  }

  /** Classifies the child share's base: civilian casualties, all casualties, or unclear. */
  static String childBase(String text) {
    String t = text.toLowerCase();
    if (t.contains("civilian")) {
      return "civilian";
    }
    if (t.startsWith("all")) {
      return "all";
    }
    return "unclear";
  }

  @Override
  protected CuratedDataset dataset(String sourceFile) {
    return new CuratedDataset(
        NAME,
        "Civilian and child shares of recorded landmine/ERW casualties by year",
        "One row per (year, measure, value): the civilian share of casualties whose status is known, "
            + "or the child share with the base it is a share of. Where the sources give two values for "
            + "one year (e.g. 2015: 79 % in LM2017, 78 % in LM2016) both are kept.",
        List.of(
            Column.of("data_year", "integer", "Calendar year of the casualties").range(1990, 2100).required(),
            Column.of("measure", "string", "civilian or child").required().oneOf("civilian", "child"),
            Column.of("share_pct", "number", "The share").unit("percent").required().range(0, 100),
            Column.of("comparator", "string", "'>' when the source says 'more than', else empty"),
            Column.of("qualifier", "string", "The source's own wording or derivation, e.g. 'about', 'three quarters', 'derived: 2012 value minus 5'"),
            Column.of("reported_in", "string", "Edition, where the transcription names one for this value"),
            Column.of("base", "string", "What the share is of: known-status (civilian share), civilian, all, or unclear (child share)").required().oneOf("known-status", "civilian", "all", "unclear"),
            Column.of("base_note", "string", "The base as transcribed, with counts where given"),
            Column.of("extra_note", "string", "Further words in the transcribed cell, e.g. a count of children"),
            Column.of("value_as_transcribed", "string", "The transcribed cell, verbatim").required(),
            Column.of("figure_ids", "string", "Row ids in FIGURES.md, ';'-separated").required(),
            Column.of("grade", "string", "primary or secondary (one of the figures is second-hand)").required().oneOf("primary", "secondary"),
            Column.of("source_title", "string", "Title of the first figure's page").required(),
            Column.of("source_url", "string", "Address of that page").required(),
            Column.of("quote", "string", "The first figure's exact sentence as stored").required()))
        .source("Landmine Monitor annual reports and fact sheets, via treatylab shared/sources/monitor/" + sourceFile + " and FIGURES.md", "https://the-monitor.org")
        .caveat("Bases differ between years (all casualties vs civilian casualties, age known or not): never compare child shares without checking 'base'.")
        .caveat("Missing: civilian share 1999-2000, 2002-2005, 2007-2010, 2021; child share 1999-2002, 2005, 2010-2012, 2017, 2021. Several values are NGO/news summaries (grade secondary).")
        .caveat("2011 civilian share is derived (2012 value minus 5), not published.");
  }
}
