package org.treatylab.analysis.cost;

import java.util.ArrayList;
import java.util.List;
import org.treatylab.base.Tables;
import tech.tablesaw.api.Table;

/**
 * Years to clear under each scenario, as a table.
 *
 * @param range the cost range the years were computed for
 * @param rows one row per scenario
 */
public record ClearanceTimes(CostRange range, List<ClearanceTimes.Row> rows) {
  /** Copies the rows. */
  public ClearanceTimes {
    rows = List.copyOf(rows);
  }

  /**
   * Years to clear under one funding scenario: total cost / annual funding, for both ends of the range.
   *
   * @param scenario the scenario's label
   * @param annualUsd annual funding, US$
   * @param yearsLow years at the low cost
   * @param yearsHigh years at the high cost
   */
  public record Row(String scenario, double annualUsd, double yearsLow, double yearsHigh) {}

  /** Returns scenario, annual funding (US$ million) and years at the low and high cost, rounded to 0.1. */
  public Table table() {
    return Tables.of("years to clear " + range, rows)
        .text("scenario", Row::scenario)
        .number("annual_usd_million", "US$ million per year", r -> DeminingCost.round1(r.annualUsd() / 1e6))
        .number("years_low", "years", r -> DeminingCost.round1(r.yearsLow()))
        .number("years_high", "years", r -> DeminingCost.round1(r.yearsHigh()))
        .build();
  }

  /**
   * Returns the years needed to pay for the point range under each scenario: years = cost / annual
   * funding. Mine action funding also pays for victim assistance, education and stockpile destruction,
   * so this is a lower bound on the time if all funding went to clearance.
   */
  static ClearanceTimes of(DeminingCost model, FundingScenario... scenarios) {
    CostRange r = model.range();
    List<Row> rows = new ArrayList<>();
    for (FundingScenario s : scenarios) {
      rows.add(new Row(s.label(), s.annualUsd(), r.low() / s.annualUsd(), r.high() / s.annualUsd()));
    }
    return new ClearanceTimes(r, rows);
  }
}
