package org.treatylab.analysis.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One money unit per output: billions when the amounts reach a billion, else millions. */
class CostUnitsTest {
  @Test
  void rangesAndMonteCarloRunsUseOneUnit() {
    assertEquals("US$33.0–110.0 million", DeminingCost.russiaEssay().range().toString());
    String essay = DeminingCost.russiaEssay().monteCarlo(10_000, 1).toString();
    assertTrue(essay.contains("million") && !essay.contains("billion"), essay);
    DeminingCost global = DeminingCost.globalStock("mines-in-ground.us-state-1998");
    assertTrue(global.range().toString().endsWith("billion"), global.range().toString());
    String mc = global.monteCarlo(10_000, 1).toString();
    assertTrue(mc.contains("billion"), mc);
    assertFalse(mc.contains("million"), mc);
    assertEquals("US$1.50 billion", CostRange.usd(1.5e9, 1.5e9));
    assertEquals("US$0.50–1.50 billion", CostRange.usd(1.5e9, 0.5e9, 1.5e9));
  }
}
