package org.treatylab.analysis.cost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.treatylab.data.CuratedTable;
import tech.tablesaw.api.Table;

/** Hand-computed expectations for the cost model, and the essay's estimate from the curated data. */
class DeminingCostTest {
  private static final CostInput DEVICES = CostInput.exactly("devices", 110_000, "devices");
  private static final CostInput UNIT = CostInput.of("cost per mine", 300, 1_000, "US$ per mine");

  @Test
  void theEssaysEstimateIs33To110MillionExactlyFromTheDatasetRows() {
    DeminingCost essay = DeminingCost.russiaEssay();
    assertEquals(110_000, essay.factors().get(0).low());
    assertEquals(110_000, essay.factors().get(0).high());
    assertEquals(300, essay.factors().get(1).low());
    assertEquals(1_000, essay.factors().get(1).high());
    CostRange r = essay.range();
    assertEquals(33_000_000.0, r.low());
    assertEquals(110_000_000.0, r.high());
    assertEquals("US$33.0–110.0 million", r.toString());
    // and the essay's own claim row agrees exactly
    Table t = CuratedTable.load("claims").table();
    Table claim = t.where(t.stringColumn("claim_id").isEqualTo("russia-essay.demining.russia-cost-33-110-million"));
    assertEquals(claim.doubleColumn("value_low").get(0), r.lowMillions());
    assertEquals(claim.doubleColumn("value_high").get(0), r.highMillions());
  }

  @Test
  void theGlobalStockAtUsd300To1000() {
    // UN: 110 million mines (one bound: "more than") -> 33 to 110 billion; the UN's own total is "approximately $33 billion"
    CostRange un = DeminingCost.globalStock("mines-in-ground.un-1990s").range();
    assertEquals(33e9, un.low());
    assertEquals(110e9, un.high());
    assertEquals(CostInput.fromCostParameters("cost-to-clear-all.un").low(), un.low());
    // US State Department 1998: 60-70 million -> 18 to 70 billion
    CostRange us = DeminingCost.globalStock("mines-in-ground.us-state-1998").range();
    assertEquals(18e9, us.low());
    assertEquals(70e9, us.high());
    assertEquals("US$18.00–70.00 billion", us.toString());
    CostRange unRange = DeminingCost.globalStock("mines-in-ground.un-range-1996").range();
    assertEquals(18e9, unRange.low());
    assertEquals(110e9, unRange.high());
  }

  @Test
  void rowsWithoutNumbersAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> CostInput.fromCostParameters("cost-per-mine.un-critique"));
    assertThrows(IllegalArgumentException.class, () -> CostInput.fromCostParameters("no-such-row"));
    assertThrows(IllegalArgumentException.class, () -> CostInput.of("x", 2, 1, "u"));
  }

  @Test
  void uniformMonteCarloMatchesTheClosedForm() {
    // 110,000 x U(300, 1000): mean = median = 110,000 x 650 = 71.5 million; p05 = 110,000 x 335 = 36.85 million
    CostMonteCarlo mc = DeminingCost.of(DEVICES, UNIT).monteCarlo(1_000_000, 7);
    assertEquals(71.5e6, mc.mean(), 0.1e6);
    assertEquals(71.5e6, mc.quantile(0.5), 0.15e6);
    assertEquals(36.85e6, mc.quantile(0.05), 0.15e6);
    assertEquals(106.15e6, mc.quantile(0.95), 0.15e6);
    // sd of a uniform: 110,000 x 700 / sqrt(12) = 22.23 million
    assertEquals(110_000 * 700 / Math.sqrt(12), mc.sd(), 0.1e6);
    assertEquals(33e6, mc.quantile(0));
  }

  @Test
  void triangularAndLogUniformShapes() {
    // symmetric triangular on [300, 1000]: median 650
    DeminingCost tri = DeminingCost.of(DEVICES, UNIT.triangular());
    assertEquals(71.5e6, tri.monteCarlo(1_000_000, 1).quantile(0.5), 0.15e6);
    // log-uniform: median sqrt(300 x 1000) = 547.72; mean (1000 - 300) / ln(1000 / 300) = 581.41
    CostMonteCarlo log = DeminingCost.of(DEVICES, UNIT.logUniform()).monteCarlo(1_000_000, 1);
    assertEquals(110_000 * Math.sqrt(300_000), log.quantile(0.5), 0.15e6);
    assertEquals(110_000 * 700 / Math.log(1000.0 / 300), log.mean(), 0.1e6);
    // triangular with the mode at the low end: P(X <= 300 + 700 x (1 - sqrt(0.5))) = 1/2
    CostMonteCarlo skew = DeminingCost.of(DEVICES, UNIT.triangular(300)).monteCarlo(1_000_000, 1);
    assertEquals(110_000 * (1000 - 700 * Math.sqrt(0.5)), skew.quantile(0.5), 0.15e6);
  }

  @Test
  void monteCarloIsTheSameOnOneThreadAndOnAll() throws Exception {
    DeminingCost model = DeminingCost.globalStock("mines-in-ground.us-state-1998").allShaped(CostInput.Shape.LOG_UNIFORM);
    CostMonteCarlo all = model.monteCarlo(300_000, 2019);
    CostMonteCarlo one = new ForkJoinPool(1).submit(() -> model.monteCarlo(300_000, 2019)).get();
    assertEquals(all.mean(), one.mean());
    assertArrayEquals(all.binCounts(), one.binCounts());
    assertTrue(all.mean() != model.monteCarlo(300_000, 2020).mean(), "another seed gives other draws");
  }

  @Test
  void progressReachesTheTotal() {
    AtomicLong last = new AtomicLong(-1);
    DeminingCost.of(DEVICES, UNIT).monteCarlo(200_000, 3, (done, total) -> {
      assertTrue(done >= last.get(), "non-decreasing");
      last.set(done);
      assertEquals(200_000, total);
    });
    assertEquals(200_000, last.get());
  }

  @Test
  void tornadoVariesOneFactorAtATime() {
    // 60-70 million mines (central 65 million) x US$300-1,000 (central 650): base 42.25 billion
    CostTornado t = DeminingCost.globalStock("mines-in-ground.us-state-1998").tornado();
    assertEquals(42.25e9, t.base(), 1);
    assertEquals("cost per mine", t.bars().get(0).factor());
    assertEquals(19.5e9, t.bars().get(0).costAtLow(), 1);
    assertEquals(65e9, t.bars().get(0).costAtHigh(), 1);
    assertEquals(39e9, t.bars().get(1).costAtLow(), 1);
    assertEquals(45.5e9, t.bars().get(1).costAtHigh(), 1);
    assertEquals(2, t.table().rowCount());
  }

  @Test
  void yearsToClearIsCostOverAnnualFunding() {
    ClearanceTimes times = DeminingCost.russiaEssay().timeToClear(FundingScenario.of("11 million", 11e6));
    assertEquals(3.0, times.rows().get(0).yearsLow(), 1e-12);
    assertEquals(10.0, times.rows().get(0).yearsHigh(), 1e-12);
    // 2016 international funding: 479.5 first reported (LM2017), revised to 482.9 (LM2018)
    FundingScenario y2016 = FundingScenario.asInYear(2016, "international");
    assertEquals(482.9e6, y2016.annualUsd(), 1e-3);
    FundingScenario doubled = y2016.times(2);
    assertEquals(965.8e6, doubled.annualUsd(), 1e-3);
    assertTrue(doubled.label().endsWith("doubled"), doubled.label());
    assertEquals((598.9 + 913.5 + 1000) / 3 * 1e6, FundingScenario.meanOf(2021, 2023, "total").annualUsd(), 1e-3);
    assertThrows(IllegalArgumentException.class, () -> FundingScenario.asInYear(1990, "total"));
    Table table = DeminingCost.globalStock("mines-in-ground.us-state-1998").timeToClear(y2016, doubled).table();
    // the table rounds to 0.1 year; the records keep full precision
    assertEquals(Math.round(18e9 / 482.9e6 * 10) / 10.0, table.doubleColumn("years_low").get(0), 1e-9);
  }
}
