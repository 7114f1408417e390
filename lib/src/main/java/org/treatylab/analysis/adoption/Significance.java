package org.treatylab.analysis.adoption;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The result of a test on a {@link TwoByTwo} table.
 *
 * @param method the test, e.g. "Fisher exact (two-sided)"
 * @param statistic X² for chi-square tests; the probability of the observed table for Fisher's test
 * @param df degrees of freedom (0 for Fisher's test)
 * @param pValue the p value
 * @param data the table tested (observed and expected counts: {@link TwoByTwo#table()})
 */
public record Significance(String method, double statistic, int df, double pValue, TwoByTwo data) {
  /** Returns a one-row table: test, statistic, df, p value, smallest expected count. */
  public Table table() {
    return Table.create(data.title() + ": " + method,
        StringColumn.create("test", method),
        DoubleColumn.create("statistic", new double[] {statistic}),
        IntColumn.create("df", new int[] {df}),
        DoubleColumn.create("p_value", new double[] {pValue}),
        DoubleColumn.create("min_expected", new double[] {data.minExpected()}));
  }

  @Override
  public String toString() {
    String stat = df > 0 ? String.format(java.util.Locale.ROOT, "X² = %.4f, df %d", statistic, df)
        : String.format(java.util.Locale.ROOT, "P(observed table) = %.4g", statistic);
    return String.format(java.util.Locale.ROOT, "%s: %s, p = %.4g (smallest expected count %.2f); %s", method, stat, pValue,
        data.minExpected(), data);
  }
}
