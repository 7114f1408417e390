package org.treatylab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.treatylab.analysis.survival.CoxModel;
import org.treatylab.analysis.survival.SurvivalData;

/**
 * A Cox fit on a synthetic state-month panel the size of the treaty panels: 190 states × 12 years × 12
 * months in counting-process form (one row per state and month until consent), with a time-varying
 * covariate (the share of the state's region already party, rising over time), a fixed group indicator
 * and a region code used as strata or cluster. Seeded, so every run fits the same data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoxPanelBench {
  /** Number of states. */
  @Param({"190"})
  public int states;

  /** Months of follow-up (12 years). */
  @Param({"144"})
  public int months;

  private SurvivalData panel;

  /** Builds the panel (not timed). */
  @Setup
  public void setUp() {
    panel = panel(states, months, 2026L);
  }

  /** The synthetic panel: monthly hazard 0.004·exp(1.2·share(t) + 0.4·group). */
  static SurvivalData panel(int states, int months, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int regions = 6;
    List<double[]> rows = new ArrayList<>();
    List<String> regionOf = new ArrayList<>();
    for (int s = 0; s < states; s++) {
      int region = s % regions;
      double group = random.nextDouble() < 0.4 ? 1 : 0;
      double speed = 0.5 + random.nextDouble(); // how fast the region's share rises
      for (int m = 0; m < months; m++) {
        double share = Math.min(1, speed * m / months);
        double hazard = 0.004 * Math.exp(1.2 * share + 0.4 * group);
        boolean event = random.nextDouble() < hazard;
        rows.add(new double[] {m, m + 1, event ? 1 : 0, share, group, region});
        regionOf.add("r" + region);
        if (event) {
          break;
        }
      }
    }
    int n = rows.size();
    double[] start = new double[n];
    double[] stop = new double[n];
    boolean[] event = new boolean[n];
    double[] share = new double[n];
    double[] group = new double[n];
    for (int i = 0; i < n; i++) {
      double[] r = rows.get(i);
      start[i] = r[0];
      stop[i] = r[1];
      event[i] = r[2] == 1;
      share[i] = r[3];
      group[i] = r[4];
    }
    return SurvivalData.countingProcess(start, stop, event).withCovariate("regionShare", share)
        .withCovariate("group", group).withFactor("region", regionOf.toArray(String[]::new));
  }

  /** Efron fit, model-based errors. */
  @Benchmark
  public double efron() {
    return CoxModel.fit(panel, "regionShare", "group").coefficients()[0];
  }

  /** Breslow fit. */
  @Benchmark
  public double breslow() {
    return CoxModel.of(panel).covariates("regionShare", "group").ties(CoxModel.Ties.BRESLOW).fit().coefficients()[0];
  }

  /** Efron fit with robust errors clustered by region (dfbeta residuals, plus the robust score test). */
  @Benchmark
  public double efronClustered() {
    return CoxModel.fit(panel.withCluster("region"), "regionShare", "group").standardErrors()[0];
  }

  /** Efron fit then the proportional-hazards test (km transform). */
  @Benchmark
  public double efronWithPhTest() {
    return CoxModel.fit(panel, "regionShare", "group").proportionalHazards().global().statistic();
  }

  /** Prints the panel's size and the fit once, for BENCHMARKS.md. */
  public static void main(String[] args) {
    SurvivalData p = panel(190, 144, 2026L);
    System.out.println(p);
    System.out.println(CoxModel.fit(p, "regionShare", "group"));
  }
}
