package org.treatylab.analysis.cost;

import java.util.List;
import org.treatylab.base.Checks;
import org.treatylab.base.Tables;
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
    record Pairing(String label, double make, double clear) {}
    List<Pairing> pairings = List.of(
        new Pairing("cheapest mine, cheapest clearance", make.low(), clear.low()),
        new Pairing("dearest mine, dearest clearance", make.high(), clear.high()),
        new Pairing("dearest mine, cheapest clearance (narrowest)", make.high(), clear.low()),
        new Pairing("cheapest mine, dearest clearance (widest)", make.low(), clear.high()));
    return Tables.of("cost to clear over cost to make (" + make.source() + "; " + clear.source() + ")", pairings)
        .text("pairing", Pairing::label)
        .number("make_usd", "US$", Pairing::make)
        .number("clear_usd", "US$", Pairing::clear)
        .number("clear_over_make", p -> DeminingCost.round1(p.clear() / p.make()))
        .build();
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "clearing a mine costs %,.0f to %,.0f times as much as making one", lowestRatio(), highestRatio());
  }
}

