package org.treatylab.analysis.cost;

import org.treatylab.base.Checks;
import org.treatylab.data.Monitor;
import tech.tablesaw.api.Table;

/**
 * An annual funding level for {@link DeminingCost#timeToClear(FundingScenario...)}: "funding as in
 * year X", the mean over a span of years, or a multiple of either ("doubled").
 *
 * <p>Data: {@code monitor_funding.csv} (Monitor.funding()), Landmine Monitor's mine action funding in
 * nominal US$ million. A year may appear in several editions (first report, revised, derived); this
 * class uses the latest edition for the year and measure. Measures: {@code international} (donor
 * funding), {@code national} (affected states' own, some years), {@code total}; each covers the years
 * {@code monitor_funding.csv} holds for it (column {@code data_year}), and a year it lacks is refused with
 * the years it holds. Before LM2007 "mine action funding" meant donor funding only.
 *
 * @param label what the scenario is, e.g. "international funding as in 2016 (LM2018)"
 * @param annualUsd annual funding, US$ (not million)
 */
public record FundingScenario(String label, double annualUsd) {

  /** Checks that funding is positive. */
  public FundingScenario {
    Checks.notNull(label, "label");
    if (!(annualUsd > 0) || Double.isInfinite(annualUsd)) {
      throw new IllegalArgumentException("annualUsd is " + annualUsd + "; pass annual funding in US$ above 0, e.g. 6.0e8");
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
   * @throws IllegalArgumentException for an unknown measure ("unknown funding measure 'intl' …"), or a
   *     year the dataset lacks for it, naming the years it holds
   */
  public static FundingScenario asInYear(int year, String measure) {
    Table t = Monitor.funding().table();
    Checks.yearIn(year, "year", yearsOf(t, measure), "monitor_funding (" + measure + ")");
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
   * year from its latest edition; years inside the dataset's span that it lacks are skipped (the label
   * counts the years used).
   *
   * @throws IllegalArgumentException for an unknown measure, {@code from} after {@code to}, or a span that
   *     starts before the measure's first year or ends after its last (the mean would silently cover
   *     fewer years)
   */
  public static FundingScenario meanOf(int from, int to, String measure) {
    if (from > to) {
      throw new IllegalArgumentException("from " + from + " is after to " + to + "; pass from ≤ to");
    }
    java.util.SortedSet<Integer> years = new java.util.TreeSet<>(yearsOf(Monitor.funding().table(), measure));
    if (to > years.last() || from < years.first()) {
      throw new IllegalArgumentException((to > years.last() ? "to " + to + " is after the last" : "from " + from
          + " is before the first") + " year of monitor_funding (" + measure + "); pass a span within "
          + years.first() + "–" + years.last() + " (it holds " + Checks.yearList(years) + ")");
    }
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

  /** The data years of {@code measure} in the funding table, refusing an unknown measure. */
  private static java.util.Set<Integer> yearsOf(Table t, String measure) {
    Checks.notNull(measure, "measure");
    java.util.Set<String> measures = new java.util.TreeSet<>(t.stringColumn("measure").asSet());
    if (!measures.contains(measure)) {
      throw Checks.unknown("funding measure", "measure", measure, measures, null);
    }
    java.util.Set<Integer> years = new java.util.TreeSet<>();
    for (int i = 0; i < t.rowCount(); i++) {
      if (t.stringColumn("measure").get(i).equals(measure)) {
        years.add(t.intColumn("data_year").getInt(i));
      }
    }
    return years;
  }

  /**
   * Returns this funding multiplied by {@code factor}, e.g. {@code times(2)} for "doubled".
   *
   * @param factor above 0
   */
  public FundingScenario times(double factor) {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("factor is " + factor + "; pass a number above 0 (2 for doubled)");
    }
    String word = factor == 2 ? "doubled" : "× " + factor;
    return new FundingScenario(label + ", " + word, annualUsd * factor);
  }
}
