package org.treatylab.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.treatylab.analysis.cascade.Cascade;
import org.treatylab.analysis.cascade.CascadeSweep;
import org.treatylab.analysis.common.Progress;

/**
 * A cascade sweep of {@code runs} simulations of {@code states} states: 50 vanguard shares (0–49 %)
 * × one spread (normal thresholds, mean 0.3, sd 0.1), runs / 50 per cell. Target: 10⁴ × 200 ≤ 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CascadeSweepBench {
  /** Simulations per sweep. */
  @Param({"10000", "100000"})
  public int runs;

  /** States per simulation. */
  @Param({"200", "2000"})
  public int states;

  /** Returns the sweep. */
  @Benchmark
  public CascadeSweep sweep() {
    return Cascade.sweepNormal(states, 0.3, Cascade.grid(0, 0.49, 0.01), new double[] {0.1}, runs / 50, 2019,
        Progress.none());
  }
}
