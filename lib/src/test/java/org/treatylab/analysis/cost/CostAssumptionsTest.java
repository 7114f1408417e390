package org.treatylab.analysis.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The assumptions table lists every factor and funding scenario; the asymmetry pairs the ends. */
class CostAssumptionsTest {
  @Test
  void assumptionsListFactorsThenFunding() {
    DeminingCost m = DeminingCost.of(CostInput.of("mines", 60e6, 70e6, "mines").logUniform(),
        CostInput.of("cost per mine", 300, 1000, "US$ per mine"));
    Table t = m.assumptions(FundingScenario.of("test", 5e8));
    assertEquals(3, t.rowCount());
    assertEquals("log-uniform", t.stringColumn("distribution").get(0));
    assertEquals("uniform", t.stringColumn("distribution").get(1));
    assertEquals("fixed", t.stringColumn("distribution").get(2));
    assertEquals(650, t.doubleColumn("central").getDouble(1), 1e-9);
    assertEquals(5e8, t.doubleColumn("low").getDouble(2), 0);
  }

  @Test
  void asymmetryRatios() {
    MakeVersusClear a = DeminingCost.asymmetry(CostInput.of("make", 3, 30, "US$"),
        CostInput.of("clear", 300, 1000, "US$"));
    assertEquals(10, a.lowestRatio(), 1e-12);
    assertEquals(1000.0 / 3, a.highestRatio(), 1e-12);
    Table t = a.table();
    assertEquals(100, t.doubleColumn("clear_over_make").getDouble(0), 1e-12);
    assertEquals(33.3, t.doubleColumn("clear_over_make").getDouble(1), 1e-12);
  }
}
