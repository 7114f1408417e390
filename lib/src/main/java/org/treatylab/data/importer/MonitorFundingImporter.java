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

  /**
   * Reads the transcription, then stores each level the transcription computed from a later year's
   * level and a stated change ("309-72": LM2003's $309 million for 2002, "an increase of about $72
   * million" from 2001) as the stated change and the year it leads to: {@code usd_million} is left
   * empty and {@link org.treatylab.data.Monitor#funding()} computes it from the base row of the same
   * edition and measure. The level is not a fact of the report; the change is.
   *
   * @throws ImportException when the formula's base is no level of the same edition and measure (the
   *     change itself must be stated in the row's quote or explained in derivations.csv, as every value)
   */
  @Override
  public CuratedDataset read(ImportData.Context context) {
    return withStatedChanges(super.read(context));
  }

  static CuratedDataset withStatedChanges(CuratedDataset d) {
    List<String> h = d.csv().header();
    int year = h.indexOf("data_year");
    int measure = h.indexOf("measure");
    int usd = h.indexOf("usd_million");
    int derivation = h.indexOf("derivation");
    int edition = h.indexOf("reported_in");
    int baseYear = h.indexOf("base_data_year");
    int change = h.indexOf("change_to_base_usd_million");
    int direction = h.indexOf("change_direction");
    java.util.regex.Pattern formula = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)([-+])(\\d+(?:\\.\\d+)?)");
    for (List<String> row : d.csv().rows()) {
      java.util.regex.Matcher m = formula.matcher(row.get(derivation));
      if (!m.matches()) {
        if (!row.get(derivation).isEmpty()) {
          throw new ImportException(d.fileName(), 0, "derivation", "'" + row.get(derivation) + "' is not base-change or base+change");
        }
        continue;
      }
      double base = Double.parseDouble(m.group(1));
      List<String> baseRow = d.csv().rows().stream().filter(r -> r != row && r.get(edition).equals(row.get(edition))
          && r.get(measure).equals(row.get(measure)) && r.get(derivation).isEmpty() && !r.get(usd).isEmpty()
          && Double.parseDouble(r.get(usd)) == base).findFirst().orElse(null);
      if (baseRow == null) {
        throw new ImportException(d.fileName(), 0, "derivation", row.get(year) + " " + row.get(measure) + " " + row.get(edition)
            + ": no " + row.get(measure) + " level of " + SourceValues.format(base) + " in " + row.get(edition) + " to compute '" + row.get(derivation) + "' from");
      }
      // base - change: the amount rose from this year to the base year; base + change: it fell
      String way = m.group(2).equals("-") ? "increase" : "decrease";
      row.set(baseYear, baseRow.get(year));
      row.set(change, m.group(3));
      row.set(direction, way);
      row.set(usd, "");
      row.set(derivation, "");
    }
    return d;
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
        vintage, derivation, null, null, null, row.get("reported_in"), edition, methodNote(edition, measureText), status,
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
            Column.of("usd_million", "number", "Amount; empty for a derived level, which Monitor.funding() computes from base_data_year's level and the stated change").unit("US$ million (nominal)").range(0, null),
            Column.of("qualifier", "string", "The report's wording: 'more than', 'about', 'approximately', 'surpassing (>US$1 billion)'"),
            Column.of("vintage", "string", "first-report, revised, as-cited, or derived (arithmetic on reported numbers, not a published figure)").required().oneOf("first-report", "revised", "as-cited", "derived"),
            Column.of("derivation", "string", "How a value no sentence states was read (set by the quote check; see datasets/README.md)"),
            Column.of("base_data_year", "integer", "For a derived level: the year whose level in the same edition and measure the stated change leads to").range(1990, 2100),
            Column.of("change_to_base_usd_million", "number", "For a derived level: the change the edition states from this year to base_data_year (e.g. 'an increase of about $72 million')").unit("US$ million (nominal)").range(0, null),
            Column.of("change_direction", "string", "increase or decrease, from this year to base_data_year: the level is the base level minus (increase) or plus (decrease) the change").oneOf("increase", "decrease"),
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
        .caveat("Values are nominal US$; several levels (vintage 'derived') are not published figures but a later year's level less or plus the change the edition states: the file keeps the change and Monitor.funding() computes the level.");
  }
}
