package org.treatylab.analysis.cascade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.treatylab.analysis.common.Progress;
import org.treatylab.analysis.common.Seeds;

/** Hand-computed cascades (Granovetter's riot example among them) and the sweep's determinism. */
class CascadeTest {
  private static double[] granovetter() {
    double[] t = new double[100];
    for (int i = 0; i < 100; i++) {
      t[i] = i / 100.0;
    }
    return t;
  }

  @Test
  void granovettersUniformThresholdsTipEveryone() {
    CascadeRun run = Cascade.builder().states(100).thresholds(Cascade.explicit(granovetter())).seed(0).build().run();
    assertEquals(100, run.finalAdopters());
    assertEquals(100, run.rounds());
    assertEquals(1.0, run.finalShare());
    assertTrue(run.cascaded());
  }

  @Test
  void raisingOneThresholdStopsTheRiotAtOne() {
    double[] t = granovetter();
    t[1] = 0.02;
    CascadeRun run = Cascade.builder().states(100).thresholds(Cascade.explicit(t)).seed(0).build().run();
    assertArrayEquals(new int[] {0, 1}, run.adoptersByRound());
    assertFalse(run.cascaded());
  }

  @Test
  void aSmallHandWorkedPath() {
    // N = 5, vanguard 1; others 0.2, 0.4, 0.4, 0.9: 1 (0.2) -> 2 (0.4) -> 4 (0.8) -> stays
    CascadeRun run = Cascade.builder().states(5).thresholds(Cascade.explicit(0.2, 0.4, 0.4, 0.9)).vanguard(1).seed(0).build().run();
    assertArrayEquals(new int[] {1, 2, 4}, run.adoptersByRound());
    assertEquals(0.8, run.finalShare());
    assertEquals(2, run.rounds());
    assertEquals(3, run.table().rowCount());
  }

  @Test
  void identicalThresholdsNeedAVanguardOfExactlyThatShare() {
    Cascade.Builder p = Cascade.builder().states(200).thresholds(Cascade.normal(0.3, 0)).seed(1);
    assertArrayEquals(new int[] {60, 200}, p.vanguardShare(0.3).build().run().adoptersByRound());
    Cascade.Builder q = Cascade.builder().states(200).thresholds(Cascade.normal(0.3, 0)).seed(1);
    assertArrayEquals(new int[] {59}, q.vanguard(59).build().run().adoptersByRound());
  }

  @Test
  void sameSeedSameRun() {
    Cascade p = Cascade.builder().states(193).thresholds(Cascade.normal(0.3, 0.15)).vanguardShare(0.15).seed(42).build();
    assertEquals(p.run(), p.run());
    Cascade u = Cascade.builder().states(50).thresholds(Cascade.uniform(0.1, 0.6)).seed(9).build();
    assertEquals(u.run(), u.run());
  }

  @Test
  void truncatedNormalStaysInTheUnitInterval() {
    double[] out = new double[10_000];
    Cascade.normal(0.9, 0.5).fill(out, 0, out.length, Seeds.stream(1, 0));
    for (double v : out) {
      assertTrue(v >= 0 && v <= 1, "threshold " + v);
    }
  }

  @Test
  void sweepFindsTheCriticalVanguardOfIdenticalThresholds() {
    CascadeSweep s = Cascade.sweepNormal(200, 0.3, Cascade.grid(0, 0.5, 0.05), new double[] {0.0}, 3, 5,
        Progress.none());
    assertEquals(0.3, s.criticalVanguard(0.0).getAsDouble(), 1e-12);
    assertEquals(11, s.cells().size());
    assertEquals(1.0, s.cells().get(6).meanFinalShare());
    assertEquals(0.25, s.cells().get(5).meanFinalShare());
  }

  @Test
  void sweepRunZeroIsTheSimulationWithTheSameSeed() {
    CascadeSweep s = Cascade.sweepNormal(193, 0.3, new double[] {0.1}, new double[] {0.2}, 1, 77, Progress.none());
    CascadeRun run = Cascade.builder().states(193).thresholds(Cascade.normal(0.3, 0.2)).vanguardShare(0.1).seed(77)
        .build().run();
    assertEquals(run.finalShare(), s.cells().get(0).meanFinalShare(), 1e-12);
  }

  @Test
  void sweepIsTheSameOnOneThreadAndOnAll() throws Exception {
    double[] shares = Cascade.grid(0, 0.4, 0.05);
    double[] spreads = {0.05, 0.1, 0.2};
    CascadeSweep all = Cascade.sweepNormal(200, 0.3, shares, spreads, 100, 2019, Progress.none());
    CascadeSweep one = new ForkJoinPool(1)
        .submit(() -> Cascade.sweepNormal(200, 0.3, shares, spreads, 100, 2019, Progress.none())).get();
    assertEquals(all.cells(), one.cells());
  }

  @Test
  void sweepReportsProgressToTheTotal() {
    AtomicLong last = new AtomicLong();
    Cascade.sweepNormal(100, 0.3, Cascade.grid(0, 0.3, 0.1), new double[] {0.1}, 300, 1, (d, t) -> {
      assertTrue(d >= last.get());
      last.set(d);
    });
    assertEquals(1200, last.get());
  }

  @Test
  void gridIncludesBothEnds() {
    assertArrayEquals(new double[] {0, 0.05, 0.1, 0.15, 0.2}, Cascade.grid(0, 0.2, 0.05), 0);
  }
}
