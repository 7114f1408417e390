package org.treatylab.analysis.adoption;

import java.util.List;
import org.treatylab.base.Tables;
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
    return Tables.of(data.title() + ": " + method, List.of(this))
        .text("test", Significance::method)
        .number("statistic", Significance::statistic)
        .integer("df", Significance::df)
        .number("p_value", Significance::pValue)
        .number("min_expected", "count", s -> s.data().minExpected())
        .build();
  }

  @Override
  public String toString() {
    String stat = df > 0 ? String.format(java.util.Locale.ROOT, "X² = %.4f, df %d", statistic, df)
        : String.format(java.util.Locale.ROOT, "P(observed table) = %.4g", statistic);
    return String.format(java.util.Locale.ROOT, "%s: %s, p = %.4g (smallest expected count %.2f); %s", method, stat, pValue,
        data.minExpected(), data);
  }
}
