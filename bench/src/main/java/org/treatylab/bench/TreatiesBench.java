package org.treatylab.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.treatylab.data.Datasets;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;

/**
 * {@code Treaties.mineBan()} after the first call (target ≤ 1 ms: treaties are built once and cached),
 * and the first call itself (reading {@code treaties.csv} and {@code treaty_participation.csv} and
 * building all 30 treaties), for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TreatiesBench {
  /** Builds the catalogue once, so that {@link #mineBanCached} times the cached path only. */
  @Setup
  public void warm() {
    Treaties.mineBan();
  }

  /** {@code Treaties.mineBan()} once the treaties are built. */
  @Benchmark
  public Treaty mineBanCached() {
    return Treaties.mineBan();
  }

  /** The first call: the cache cleared, the CSVs read and every treaty built. */
  @Benchmark
  public Treaty mineBanFirstCall() {
    Datasets.clearCache();
    return Treaties.mineBan();
  }
}
