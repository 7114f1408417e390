package org.treatylab.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.treatylab.analysis.cost.CostInput;
import org.treatylab.analysis.cost.DeminingCost;

/**
 * Monte Carlo of the essay's cost model (110,000 devices × US$300–1,000 per mine, factors from the
 * datasets), on the common fork-join pool; {@code draws} draws per operation. Target: 10⁷ draws ≤ 0.5 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MonteCarloBench {
  /** Number of draws. */
  @Param({"1000000", "10000000"})
  public int draws;

  /** Distribution of the unit cost. */
  @Param({"UNIFORM", "LOG_UNIFORM"})
  public String shape;

  private DeminingCost model;

  /** Loads the model from the datasets (not timed). */
  @Setup
  public void setUp() {
    model = DeminingCost.russiaEssay().allShaped(CostInput.Shape.valueOf(shape));
  }

  /** Returns the mean of one Monte Carlo run. */
  @Benchmark
  public double monteCarlo() {
    return model.monteCarlo(draws, 2019).mean();
  }
}
