package org.treatylab.analysis.cost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.treatylab.base.Tables;
import tech.tablesaw.api.Table;

/**
 * One-at-a-time sensitivity: the bars sorted by swing (largest first), around a base cost.
 *
 * @param base the cost with every factor at its central value, US$
 * @param bars one bar per factor, largest swing first
 */
public record CostTornado(double base, List<CostTornado.Bar> bars) {
  /** Copies the bars. */
  public CostTornado {
    bars = List.copyOf(bars);
  }

  /**
   * One bar of a tornado chart: the cost when {@code factor} is at its low and at its high end, all
   * other factors at their central values.
   *
   * @param factor the factor's name
   * @param inputLow the factor's low, in its unit
   * @param inputHigh the factor's high
   * @param costAtLow the cost with the factor at its low, US$
   * @param costAtHigh the cost with the factor at its high, US$
   */
  public record Bar(String factor, double inputLow, double inputHigh, double costAtLow, double costAtHigh) {
    /** Returns |costAtHigh − costAtLow|, US$. */
    public double swing() {
      return Math.abs(costAtHigh - costAtLow);
    }
  }

  /** Returns the bars as a table in US$ million. */
  public Table table() {
    return Tables.of("tornado (base US$" + String.format(java.util.Locale.ROOT, "%,.1f", base / 1e6) + " million)", bars)
        .text("factor", Bar::factor)
        .number("input_low", Bar::inputLow)
        .number("input_high", Bar::inputHigh)
        .number("cost_at_low_usd_million", "US$ million", b -> DeminingCost.round1(b.costAtLow() / 1e6))
        .number("cost_at_high_usd_million", "US$ million", b -> DeminingCost.round1(b.costAtHigh() / 1e6))
        .number("swing_usd_million", "US$ million", b -> DeminingCost.round1(b.swing() / 1e6))
        .build();
  }

  /** Returns the one-at-a-time sensitivity of {@code model}'s cost to each factor. */
  static CostTornado of(DeminingCost model) {
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < model.factors().size(); i++) {
      double others = 1;
      for (int j = 0; j < model.factors().size(); j++) {
        if (j != i) {
          others *= model.factors().get(j).central();
        }
      }
      CostInput c = model.factors().get(i);
      bars.add(new Bar(c.name(), c.low(), c.high(), others * c.low(), others * c.high()));
    }
    bars.sort(Comparator.comparingDouble(Bar::swing).reversed());
    return new CostTornado(model.central(), bars);
  }
}
