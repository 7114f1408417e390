package org.treatylab.analysis.cost;

import org.treatylab.base.Checks;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The cost of making a mine against the cost of clearing one, as ratios with ranges (the
 * "asymmetry" the papers cite: US$3–30 to make, US$300–1,000 to clear).
 *
 * @param make cost to make one mine, e.g. {@code CostInput.fromCostParameters("cost-to-make.un")}
 * @param clear cost to clear one, e.g. {@code CostInput.fromCostParameters("cost-to-clear.un")}
 */
public record MakeVersusClear(CostInput make, CostInput clear) {
  /** Refuses a missing factor, and a cost to make of 0 (every ratio over it would be infinite). */
  public MakeVersusClear {
    Checks.notNull(make, "make");
    Checks.notNull(clear, "clear");
    if (!(make.low() > 0)) {
      throw new IllegalArgumentException("make.low() is " + make.low() + "; the cost to make a mine must be above 0 "
          + "to divide by it (e.g. CostInput.fromCostParameters(\"cost-to-make.un\"))");
    }
  }

  /** Returns the narrowest ratio: the cheapest clearance over the dearest mine. */
  public double lowestRatio() {
    return clear.low() / make.high();
  }

  /** Returns the widest ratio: the dearest clearance over the cheapest mine. */
  public double highestRatio() {
    return clear.high() / make.low();
  }

  /** Returns the four pairings of the ends as a table: make, clear, ratio clear/make (rounded to 0.1). */
  public Table table() {
    StringColumn pairing = StringColumn.create("pairing");
    DoubleColumn m = DoubleColumn.create("make_usd");
    DoubleColumn c = DoubleColumn.create("clear_usd");
    DoubleColumn r = DoubleColumn.create("clear_over_make");
    String[] labels = {"cheapest mine, cheapest clearance", "dearest mine, dearest clearance",
        "dearest mine, cheapest clearance (narrowest)", "cheapest mine, dearest clearance (widest)"};
    double[][] pairs = {{make.low(), clear.low()}, {make.high(), clear.high()}, {make.high(), clear.low()},
        {make.low(), clear.high()}};
    for (int i = 0; i < 4; i++) {
      pairing.append(labels[i]);
      m.append(pairs[i][0]);
      c.append(pairs[i][1]);
      r.append(DeminingCost.round1(pairs[i][1] / pairs[i][0]));
    }
    return Table.create("cost to clear over cost to make (" + make.source() + "; " + clear.source() + ")",
        pairing, m, c, r);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "clearing a mine costs %,.0f to %,.0f times as much as making one", lowestRatio(), highestRatio());
  }
}

