package org.treatylab.data.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Builds {@code monitor_ssa_lists.csv}: the 48 countries of Landmine Monitor's "Africa" region
 * (47 UN M49 sub-Saharan states that existed in 1999, plus Sudan) with a flag for each country list
 * of the 1999–2005 reports, joined to ISO3 codes. It is the input to Petrova's (2019, fn. 82)
 * chi-square test of mine contamination against early ratification.
 *
 * <p>Source: {@code sources/monitor/transcribed_ssa_lists.csv} (FIGURES.md A01, A02, A04–A07). Each
 * country name is resolved to ISO3 by the injected resolver and must agree with the code in the file.
 */
public final class SubSaharanListsImporter extends AbstractSourceImporter {
  /** The curated dataset's resource name. */
  public static final String NAME = "monitor_ssa_lists";

  /** A source flag column, its curated name, and what it lists. */
  private record ListColumn(String source, String curated, String description) {}

  private static final List<ListColumn> LISTS = List.of(
      new ListColumn("lm1999_non_signatory", "lm1999_non_signatory",
          "LM1999 Africa overview: had not signed the Mine Ban Treaty by 31 March 1999 (A01)"),
      new ListColumn("lm1999_stated_not_mine_affected", "lm1999_stated_not_mine_affected",
          "LM1999 country report states the country is not mine-affected (A07; only Benin and CAR found; false = no such statement found)"),
      new ListColumn("lm2000_new_victims_mar1999_may2000", "lm2000_new_victims_1999_2000",
          "LM2000: new mine/UXO victims March 1999-May 2000 (22 countries; A02) - the closest proxy for 'mine-affected' in 1999"),
      new ListColumn("lm2003_casualties_jan2002_jun2003", "lm2003_casualties_2002_2003",
          "LM2003: new casualties January 2002-June 2003 (20 countries; A05)"),
      new ListColumn("lm2005_casualties_jan2004_aug2005", "lm2005_casualties_2004_2005",
          "LM2005: new casualties January 2004-August 2005 (17 countries; A06)"),
      new ListColumn("lm2001_joined_treaty_2000_2001", "lm2001_joined_2000_2001",
          "LM2001 Africa overview: became a State Party in the reporting period 2000-2001 (A04)"),
      new ListColumn("lm2001_signed_not_ratified", "lm2001_signed_not_ratified",
          "LM2001: signatory that had not ratified (A04)"),
      new ListColumn("lm2001_outside_treaty", "lm2001_outside_treaty",
          "LM2001: neither signed nor acceded (A04)"));

  /** The FIGURES.md rows whose report pages the lists were transcribed from. */
  private static final List<String> FIGURE_IDS = List.of("A01", "A02", "A04", "A05", "A06", "A07");

  /** The transcription it reads, relative to the sources folder. */
  public static final String SOURCE = "monitor/transcribed_ssa_lists.csv";

  /** Creates the importer; the name resolver and FIGURES.md come with each read. */
  public SubSaharanListsImporter() {
    super(NAME, SOURCE, MonitorTranscriptionImporter.FIGURES);
  }

  @Override
  public CuratedDataset read(ImportData.Context context) {
    return read(context.source(SOURCE), context.iso3Of(), context.figures());
  }

  /**
   * Reads the transcribed lists and returns the curated dataset.
   *
   * @param csvFile the transcription
   * @param iso3Of state name to ISO 3166 alpha-3 code; throws on names it does not know
   * @param figures the parsed FIGURES.md, for the report pages the lists come from (or null)
   */
  public CuratedDataset read(Path csvFile, Function<String, String> iso3Of, MonitorFigures figures) {
    SourceCsv csv = SourceCsv.read(csvFile).requireColumns("iso3", "m49_name", "m49_subregion",
        "lm1999_ratified_by_1999_03_31_order");
    LISTS.forEach(l -> csv.requireColumns(l.source()));
    CuratedDataset out = dataset(csv.fileName());
    if (figures != null && !csv.rows().isEmpty()) {
      for (String id : FIGURE_IDS) {
        MonitorFigures.Figure f = figures.get(id, csv.rows().get(0), "figure_ids");
        out.source(f.id() + ": " + f.sourceTitle() + " - \"" + f.quote() + "\"", f.sourceUrl());
      }
    }
    for (SourceCsv.Row row : csv.rows()) {
      out.report().read();
      String name = row.required("m49_name");
      String iso3 = row.required("iso3");
      String resolved;
      try {
        resolved = iso3Of.apply(name);
      } catch (RuntimeException e) {
        throw row.error("m49_name", "unknown state name '" + name + "': " + e.getMessage());
      }
      if (!iso3.matches("[A-Z]{3}") || !iso3.equals(resolved)) {
        throw row.error("iso3", "unknown ISO3 '" + iso3 + "' for '" + name + "' (the resolver gives " + resolved + ")");
      }
      Long order = SourceValues.integerOrNull(row, "lm1999_ratified_by_1999_03_31_order");
      List<Object> values = new ArrayList<>(List.of(iso3, name, row.required("m49_subregion"),
          row.get("m49_subregion").startsWith("Sub-Saharan")));
      values.add(order != null);
      values.add(order);
      for (ListColumn l : LISTS) {
        values.add(flag(row, l.source()));
      }
      values.add(String.join(";", FIGURE_IDS));
      out.keep(values.toArray());
    }
    out.sortByColumns(1);
    return out;
  }

  private static boolean flag(SourceCsv.Row row, String column) {
    String v = row.get(column);
    if (v.equals("Y")) {
      return true;
    }
    // An empty "stated not mine-affected" cell means no statement was found, not "unknown".
    if (v.equals("N") || (v.isEmpty() && column.equals("lm1999_stated_not_mine_affected"))) {
      return false;
    }
    throw row.error(column, "'" + v + "' is not Y or N");
  }

  private static CuratedDataset dataset(String sourceFile) {
    List<Column> columns = new ArrayList<>(List.of(
        Column.of("iso3", "string", "ISO 3166-1 alpha-3 code").pattern(Column.ISO3).required(),
        Column.of("m49_name", "string", "UN M49 country name").required(),
        Column.of("m49_subregion", "string", "UN M49 sub-region (Sudan: Northern Africa in M49, Africa in Landmine Monitor)").required(),
        Column.of("in_m49_sub_saharan", "boolean", "True when M49 places the country in Sub-Saharan Africa").required(),
        Column.of("lm1999_ratified_by_1999_03_31", "boolean", "LM1999: had ratified the Mine Ban Treaty by 31 March 1999 (17 countries; A01)").required(),
        Column.of("lm1999_ratification_order", "integer", "Order of ratification among those 17, as listed in LM1999").range(1, 17)));
    for (ListColumn l : LISTS) {
      columns.add(Column.of(l.curated(), "boolean", l.description()).required());
    }
    columns.add(Column.of("figure_ids", "string", "FIGURES.md rows the lists come from").required());
    return new CuratedDataset(NAME, "Sub-Saharan African country lists of Landmine Monitor 1999-2005, joined to ISO3",
        "One row per country of Landmine Monitor's Africa region (48 = 47 UN M49 sub-Saharan states existing in 1999 + Sudan), with a flag for each list the 1999, 2000, 2001, 2003 and 2005 reports give.",
        columns)
        .source("Landmine Monitor Report 1999 (Africa overview, country reports), Landmine Monitor 2000, 2001, 2003, 2005 (casualty chapters, Africa overview); transcribed in treatylab shared/sources/monitor/" + sourceFile, "https://the-monitor.org")
        .source("UNSD, Standard country or area codes for statistical use (M49)", "https://unstats.un.org/unsd/methodology/m49/")
        .caveat("No severity indication: no stored Monitor page grades contamination. 'Mine-affected' can only be proxied by 'had new casualties in the period' (the LM2000 list is closest to 1999).")
        .caveat("Only Benin and CAR have explicit LM1999 'not mine-affected' statements in the excerpts; false in that column means no statement was found.")
        .caveat("South Sudan is excluded (did not exist). LM2001 columns flag only the three lists in the text; states that were already States Parties before 2000 are false in all three.");
  }
}
