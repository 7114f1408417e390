package org.treatylab.data.importer;

import java.util.List;
import java.util.function.Function;

/**
 * Builds {@code monitor_cost_parameters.csv} (mines in the ground, cost to make and to clear a mine,
 * clearance cost per m², each a range with its source) and {@code monitor_stockpiles.csv} (stockpiled
 * and destroyed anti-personnel mines, global and by state).
 *
 * <p>These figures exist only as sentences, so the project keeps a hand-curated extraction,
 * {@code datasets/curated-inputs/monitor-parameters.csv}: one row per parameter with its low/high values, unit and
 * the FIGURES.md id. The importer checks that each row's {@code evidence} text really occurs in that
 * figure's quoted sentence or note and takes source and quote from FIGURES.md, so a typed-in number
 * cannot drift from its source. UNICEF's 1997 per-country table
 * ({@code transcribed_unicef1997_mines_by_country.csv}) adds per-country mines-in-ground rows.
 */
public final class MonitorParametersImporter {
  /** Resource name of the cost and quantity parameters. */
  public static final String COSTS = "monitor_cost_parameters";
  /** Resource name of the stockpile figures. */
  public static final String STOCKPILES = "monitor_stockpiles";

  /** The hand-curated parameter table in {@code datasets/curated-inputs/}. */
  public static final String SPEC = "monitor-parameters.csv";

  private final MonitorFigures figures;
  private final Function<String, String> iso3Of;

  /**
   * Creates the importer.
   *
   * @param figures the parsed FIGURES.md
   * @param iso3Of state name to ISO 3166 alpha-3 code; throws on names it does not know
   */
  public MonitorParametersImporter(MonitorFigures figures, Function<String, String> iso3Of) {
    this.figures = figures;
    this.iso3Of = iso3Of;
  }

  /** The two curated datasets this importer builds. */
  public record Result(CuratedDataset costs, CuratedDataset stockpiles) {}

  /**
   * Reads the curated extraction and the UNICEF table.
   *
   * @param spec the parsed {@code parameters.csv}
   * @param unicef the parsed {@code transcribed_unicef1997_mines_by_country.csv}, or null to skip it
   */
  public Result read(SourceCsv spec, SourceCsv unicef) {
    spec.requireColumns("parameter_id", "dataset", "figure_id", "subject_kind", "subject", "measure",
        "low", "high", "unit", "as_of", "qualifier", "evidence", "role", "comment");
    CuratedDataset costs = dataset(COSTS, "Cost and quantity parameters of the landmine problem, as ranges with sources",
        "One row per published estimate: mines in the ground (the UN's 110 million and its critiques), cost to make and to clear a mine, cost per m2 of clearance, contaminated area. Values are ranges (low/high); a one-sided bound leaves the other side empty.",
        spec.fileName());
    CuratedDataset stocks = dataset(STOCKPILES, "Anti-personnel mine stockpiles and their destruction",
        "One row per published figure: mines stockpiled (world, by state, by group), mines destroyed (cumulative, by state), States Parties that completed destruction.",
        spec.fileName());
    costs.caveat("The per-mine comparison (US$3-30 to make vs US$300-1,000 to clear) is called misleading by the UN itself (row cost-per-mine.un-critique); clearance is costed per m2 of land, not per mine.");
    costs.caveat("The 110 million figure (UN, mid-1990s) was revised to 60-70 million by the US State Department in 1998; Landmine Monitor 1999: 'Nobody knows how many mines there are in the ground'.");
    costs.caveat("Clearance cost per m2: only ranges from secondary literature were found ($2-$39, up to $10, <= $0.40 break-even, ~$0.50 implied for 2005); no Monitor or GICHD unit-cost table.");
    stocks.caveat("No year-by-year series: figures c.2002 (secondary, China 110m / Russia 60-70m / US 11.2m) and LM2018-LM2021 (Russia 26.5m / US 3m / China < 5m); most via press summaries.");
    for (SourceCsv.Row row : spec.rows()) {
      String which = row.required("dataset");
      CuratedDataset out = switch (which) {
        case "cost" -> costs;
        case "stockpile" -> stocks;
        default -> throw row.error("dataset", "unknown dataset '" + which + "' (cost or stockpile)");
      };
      out.report().read();
      MonitorFigures.Figure f = figures.get(row.required("figure_id"), row, "figure_id");
      String evidence = row.required("evidence");
      if (!f.mentions(evidence)) {
        throw row.error("evidence", "'" + evidence + "' does not occur in the quote or note of " + f.id());
      }
      Double low = SourceValues.numberOrNull(row, "low");
      Double high = SourceValues.numberOrNull(row, "high");
      checkRange(row, low, high);
      String kind = row.required("subject_kind");
      String subject = row.required("subject");
      String iso3 = kind.equals("state") ? iso3(row, subject) : null;
      out.keep(row.required("parameter_id"), kind, subject, iso3, row.required("measure"),
          SourceValues.format(low), SourceValues.format(high), row.required("unit"), row.required("as_of"),
          row.get("qualifier"), row.required("role"), row.get("comment"), evidence,
          f.secondary() || row.get("comment").toLowerCase().contains("secondary") ? "secondary" : "primary",
          f.id(), f.sourceTitle(), f.sourceUrl(), f.quote(), "");
    }
    if (unicef != null) {
      readUnicef(unicef, costs);
    }
    costs.sortByColumns(1);
    stocks.sortByColumns(1);
    return new Result(costs, stocks);
  }

  private void readUnicef(SourceCsv unicef, CuratedDataset costs) {
    unicef.requireColumns("country", "mines_remaining_est", "mines_cleared_est");
    MonitorFigures.Figure f = figures.get("M04", unicef.rows().get(0), "country");
    for (SourceCsv.Row row : unicef.rows()) {
      costs.report().read();
      String country = row.required("country");
      Long remaining = SourceValues.integerOrNull(row, "mines_remaining_est");
      if (remaining == null) {
        throw row.error("mines_remaining_est", "is empty but required");
      }
      Long cleared = SourceValues.integerOrNull(row, "mines_cleared_est");
      String slug = country.toLowerCase().replaceAll("[^a-z]+", "-");
      String comment = "UNICEF table 'Existing and cleared landmines (estimated)'; mines cleared: "
          + (cleared == null ? "missing in the stored excerpt" : cleared);
      costs.keep("mines-in-ground.unicef-1997." + slug, "state", country, iso3(row, country), "mines_in_ground",
          remaining, remaining, "mines", "1997", "estimated", "estimate", comment, "", "primary",
          f.id(), f.sourceTitle(), "https://www.unicef.org/pon97/p57a.htm", tableRow(unicef, row), "");
    }
  }

  /**
   * The quote of a value read from a transcribed table: the table's row as stored ("Egypt,23000000,11000000"),
   * which states the value where no sentence does.
   */
  private static String tableRow(SourceCsv table, SourceCsv.Row row) {
    return String.join(",", table.header().stream().map(row::get).toList());
  }

  private String iso3(SourceCsv.Row row, String name) {
    try {
      return iso3Of.apply(name);
    } catch (RuntimeException e) {
      throw row.error("subject", "unknown state name '" + name + "': " + e.getMessage());
    }
  }

  static void checkRange(SourceCsv.Row row, Double low, Double high) {
    if (low != null && high != null && low > high) {
      throw row.error("low", "range low " + SourceValues.format(low) + " > high " + SourceValues.format(high));
    }
  }

  private static CuratedDataset dataset(String name, String title, String description, String specFile) {
    return new CuratedDataset(name, title, description, List.of(
            Column.of("parameter_id", "string", "Stable id of the estimate, e.g. cost-to-clear.un").required(),
            Column.of("subject_kind", "string", "world, state or group").required().oneOf("world", "state", "group"),
            Column.of("subject", "string", "What the figure is about: 'world', a state name, or a group").required(),
            Column.of("iso3", "string", "ISO 3166-1 alpha-3 code when the subject is a state").pattern(Column.ISO3),
            Column.of("measure", "string", "What is measured, e.g. mines_in_ground, cost_to_clear_one_mine, stockpiled, destroyed_cumulative").required(),
            Column.of("low", "number", "Lower end of the range (empty: no lower bound given)").range(0, null),
            Column.of("high", "number", "Upper end of the range (empty: no upper bound given)").range(0, null),
            Column.of("unit", "string", "Unit of low and high, e.g. mines, US$ per mine, US$ per m2, km2").required(),
            Column.of("as_of", "string", "Year or period the figure refers to").required(),
            Column.of("qualifier", "string", "The source's own wording: more than, about, up to, ..."),
            Column.of("role", "string", "estimate, critique (a source disputing another figure), superseded, threshold, derived").required(),
            Column.of("comment", "string", "Context from the curator"),
            Column.of("evidence", "string", "Words of the quote or note that carry the number (checked on import)"),
            Column.of("grade", "string", "primary or secondary").required().oneOf("primary", "secondary"),
            Column.of("figure_id", "string", "Row id in FIGURES.md").pattern(Column.FIGURE_ID).required(),
            Column.of("source_title", "string", "Title of the page").required(),
            Column.of("source_url", "string", "Address of the page (stored copy)").required(),
            Column.of("quote", "string", "The exact sentence as stored; for a value read from a transcribed table (UNICEF 1997), the table's row as stored; empty where no sentence is stored (then 'derivation' names where the value comes from)"),
            Column.of("derivation", "string", "How the value was read where no sentence states it")))
        .primaryKey("parameter_id")
        .source("treatylab hand-curated extraction " + CuratedInputs.projectPath(specFile) + " over shared/sources/monitor/FIGURES.md (UN CyberSchoolBus, UNICEF 1997, US State Dept 1998, Landmine Monitor, journal articles)", CuratedInputs.projectPath(specFile));
  }
}
