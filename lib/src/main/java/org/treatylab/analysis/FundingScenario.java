package org.treatylab.analysis;

import org.treatylab.data.Monitor;
import tech.tablesaw.api.Table;

/**
 * An annual funding level for {@link DeminingCost#timeToClear(FundingScenario...)}: "funding as in
 * year X", the mean over a span of years, or a multiple of either ("doubled").
 *
 * <p>Data: {@code monitor_funding.csv} (Monitor.funding()), Landmine Monitor's mine action funding in
 * nominal US$ million. A year may appear in several editions (first report, revised, derived); this
 * class uses the latest edition for the year and measure. Measures: {@code international} (donor
 * funding, 1999–2022), {@code national} (affected states' own, some years), {@code total} (2008–2023).
 * Before LM2007 "mine action funding" meant donor funding only.
 *
 * @param label what the scenario is, e.g. "international funding as in 2016 (LM2018)"
 * @param annualUsd annual funding, US$ (not million)
 */
public record FundingScenario(String label, double annualUsd) {

  /** Checks that funding is positive. */
  public FundingScenario {
    if (!(annualUsd > 0)) {
      throw new IllegalArgumentException("annual funding must be > 0, got " + annualUsd);
    }
  }

  /** Returns a scenario given as an argument, in US$ per year. */
  public static FundingScenario of(String label, double annualUsd) {
    return new FundingScenario(label, annualUsd);
  }

  /**
   * Returns funding as in {@code year} for {@code measure}, from the latest Landmine Monitor edition
   * that reports it.
   *
   * @param year data year, e.g. 2016
   * @param measure {@code international}, {@code national} or {@code total}
   * @throws IllegalArgumentException when the dataset has no such year and measure
   */
  public static FundingScenario asInYear(int year, String measure) {
    Table t = Monitor.funding().table();
    int best = -1;
    for (int i = 0; i < t.rowCount(); i++) {
      if (t.intColumn("data_year").getInt(i) == year && t.stringColumn("measure").get(i).equals(measure)
          && (best < 0 || t.intColumn("edition_year").getInt(i) >= t.intColumn("edition_year").getInt(best))) {
        best = i;
      }
    }
    if (best < 0) {
      throw new IllegalArgumentException("monitor_funding has no " + measure + " funding for " + year);
    }
    return new FundingScenario(measure + " funding as in " + year + " (" + t.stringColumn("reported_in").get(best) + ")",
        t.doubleColumn("usd_million").getDouble(best) * 1e6);
  }

  /**
   * Returns the mean annual funding over {@code from}–{@code to} (inclusive) for {@code measure}, each
   * year from its latest edition; years the dataset lacks are skipped.
   *
   * @throws IllegalArgumentException when no year in the span has data
   */
  public static FundingScenario meanOf(int from, int to, String measure) {
    double sum = 0;
    int n = 0;
    for (int y = from; y <= to; y++) {
      try {
        sum += asInYear(y, measure).annualUsd();
        n++;
      } catch (IllegalArgumentException missing) {
        // a year without data is skipped
      }
    }
    if (n == 0) {
      throw new IllegalArgumentException("monitor_funding has no " + measure + " funding in " + from + "–" + to);
    }
    return new FundingScenario("mean " + measure + " funding " + from + "–" + to + " (" + n + " years)", sum / n);
  }

  /** Returns this funding multiplied by {@code factor}, e.g. {@code times(2)} for "doubled". */
  public FundingScenario times(double factor) {
    String word = factor == 2 ? "doubled" : "× " + factor;
    return new FundingScenario(label + ", " + word, annualUsd * factor);
  }
}
