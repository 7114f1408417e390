package org.treatylab.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.treatylab.analysis.adoption.AdoptionCurve;
import org.treatylab.data.Datasets;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;

/**
 * Adoption curves (consents, and parties net of withdrawals) of every treaty in {@code treaties.csv},
 * from loaded treaties and including the CSV load. Target: ≤ 100 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AdoptionCurvesBench {
  private List<Treaty> treaties;

  /** Loads the treaties (not timed in {@link #curvesOfLoadedTreaties}). */
  @Setup
  public void setUp() {
    treaties = Treaties.all();
  }

  /** Computes both curves of every loaded treaty. */
  @Benchmark
  public void curvesOfLoadedTreaties(Blackhole bh) {
    for (Treaty t : treaties) {
      bh.consume(AdoptionCurve.of(t).sinceOpening().steps());
      bh.consume(AdoptionCurve.of(t).netOfWithdrawals().steps());
    }
  }

  /** Loads {@code treaties.csv} and {@code treaty_participation.csv}, then computes both curves of every treaty. */
  @Benchmark
  public void loadAndCurves(Blackhole bh) {
    Datasets.clearCache(); // treaties are cached after the first call: forget them, so the load is timed
    for (Treaty t : Treaties.all()) {
      bh.consume(AdoptionCurve.of(t).sinceOpening().steps());
      bh.consume(AdoptionCurve.of(t).netOfWithdrawals().steps());
    }
  }
}
