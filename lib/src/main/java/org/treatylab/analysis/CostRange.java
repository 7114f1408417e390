package org.treatylab.analysis;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A cost range in US$, the point range of a {@link DeminingCost} (low = Π lows, high = Π highs). Printed
 * in one unit: US$ billion when the high end reaches a billion, else US$ million.
 *
 * @param low lower bound, US$
 * @param high upper bound, US$
 */
public record CostRange(double low, double high) {
  /** Returns the lower bound in US$ million. */
  public double lowMillions() {
    return low / 1e6;
  }

  /** Returns the upper bound in US$ million. */
  public double highMillions() {
    return high / 1e6;
  }

  /** Returns the range as a one-row table in US$ and US$ million. */
  public Table table() {
    return Table.create("cost range",
        DoubleColumn.create("low_usd", low), DoubleColumn.create("high_usd", high),
        DoubleColumn.create("low_usd_million", lowMillions()), DoubleColumn.create("high_usd_million", highMillions()));
  }

  @Override
  public String toString() {
    return high >= 1e9
        ? String.format(java.util.Locale.ROOT, "US$%,.2f–%,.2f billion", low / 1e9, high / 1e9)
        : String.format(java.util.Locale.ROOT, "US$%,.1f–%,.1f million", lowMillions(), highMillions());
  }
}

