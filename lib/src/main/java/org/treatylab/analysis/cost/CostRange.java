package org.treatylab.analysis.cost;

import java.util.List;
import org.treatylab.base.Tables;
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
    return Tables.of("cost range", List.of(this))
        .number("low_usd", "US$", CostRange::low)
        .number("high_usd", "US$", CostRange::high)
        .number("low_usd_million", "US$ million", CostRange::lowMillions)
        .number("high_usd_million", "US$ million", CostRange::highMillions)
        .build();
  }

  @Override
  public String toString() {
    return usd(high, low, high);
  }

  /**
   * Formats amounts in US$ in one unit chosen by {@code scale}: US$ billion (two decimals) when it
   * reaches a billion, else US$ million (one decimal). One value: "US$71.5 million"; two: a range,
   * "US$33.0–110.0 million". Every cost output uses it, so one output never mixes units.
   */
  static String usd(double scale, double... values) {
    boolean billions = scale >= 1e9;
    double unit = billions ? 1e9 : 1e6;
    String pattern = billions ? "%,.2f" : "%,.1f";
    StringBuilder b = new StringBuilder("US$");
    for (int i = 0; i < values.length; i++) {
      b.append(i == 0 ? "" : "–").append(String.format(java.util.Locale.ROOT, pattern, values[i] / unit));
    }
    return b.append(billions ? " billion" : " million").toString();
  }
}

