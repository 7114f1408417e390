package org.treatylab.analysis.cascade;

import org.treatylab.base.Checks;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleFunction;
import java.util.stream.IntStream;
import org.treatylab.analysis.common.Progress;
import org.treatylab.analysis.common.ProgressTracker;
import org.treatylab.analysis.common.Seeds;

/**
 * A threshold model of norm cascades (Granovetter 1978, "Threshold Models of Collective Behavior",
 * American Journal of Sociology 83(6); Schelling 1978, Micromotives and Macrobehavior): each of N
 * states adopts once the share of all N states that have adopted reaches its own threshold θᵢ ∈ [0, 1];
 * a vanguard of v committed states adopts from the start whatever its thresholds.
 *
 * <p>Dynamics (synchronous rounds): A₀ = v; Aₜ = v + #{non-vanguard i : θᵢ ≤ Aₜ₋₁ / N}, until
 * Aₜ = Aₜ₋₁. A state with θ = 0 therefore adopts in round 1. Granovetter's example: thresholds
 * 0, 1/100, …, 99/100 with no vanguard tip all 100 states; raising the 1/100 to 2/100 stops at one.
 * The path is computed on sorted thresholds in O(N log N).
 *
 * <p>One cascade is set up with {@link #builder()} and run with {@link #run()}. Thresholds are drawn from a {@link Distribution}: a normal truncated to [0, 1], a uniform, or an
 * explicit list. Sweeps ({@link #sweep}) run many seeded simulations in parallel; simulation {@code j}
 * uses {@link Seeds#stream(long, long) Seeds.stream(seed, j)}, so results do not depend on the number
 * of threads.
 *
 * <pre>{@code
 * CascadeRun run = Cascade.builder().states(193).thresholds(Cascade.normal(0.3, 0.1)).vanguardShare(0.15).seed(2019)
 *     .build().run();
 * CascadeSweep sweep = Cascade.sweepNormal(193, 0.3, Cascade.grid(0, 0.5, 0.01), new double[] {0.05, 0.1, 0.2},
 *     200, 2019, Progress.none());
 * sweep.criticalVanguard(0.1);   // smallest vanguard share that tips at least half the runs
 * }</pre>
 */
public final class Cascade {
  private static final int SWEEP_BLOCK = 256;

  private final int states;
  private final Distribution thresholds;
  private final int vanguard;
  private final long seed;

  private Cascade(int states, Distribution thresholds, int vanguard, long seed) {
    this.states = states;
    this.thresholds = thresholds;
    this.vanguard = vanguard;
    this.seed = seed;
  }

  /** A distribution of adoption thresholds over [0, 1]. */
  public sealed interface Distribution permits Normal, Uniform, Explicit {
    /**
     * Fills {@code out[from..to)} with thresholds.
     *
     * @param out the array to fill
     * @param from first index
     * @param to one past the last index
     * @param rng the random stream
     */
    void fill(double[] out, int from, int to, SplittableRandom rng);
  }

  /**
   * A normal distribution truncated to [0, 1] by redrawing values outside it (after 64 failed draws
   * the value is clamped, so a mean far outside [0, 1] cannot loop).
   *
   * @param mean mean before truncation
   * @param sd standard deviation before truncation (0 gives every state the mean)
   */
  public record Normal(double mean, double sd) implements Distribution {
    @Override
    public void fill(double[] out, int from, int to, SplittableRandom rng) {
      for (int i = from; i < to; i++) {
        double x = mean;
        if (sd > 0) {
          int tries = 0;
          do {
            x = mean + sd * rng.nextGaussian();
          } while ((x < 0 || x > 1) && ++tries < 64);
        }
        out[i] = Math.min(1, Math.max(0, x));
      }
    }
  }

  /**
   * A uniform distribution on [low, high] ⊆ [0, 1].
   *
   * @param low lower bound
   * @param high upper bound
   */
  public record Uniform(double low, double high) implements Distribution {
    @Override
    public void fill(double[] out, int from, int to, SplittableRandom rng) {
      for (int i = from; i < to; i++) {
        out[i] = low + (high - low) * rng.nextDouble();
      }
    }
  }

  /**
   * Given thresholds, used in order: the k-th non-vanguard state gets {@code thresholds[k mod length]}.
   *
   * @param thresholds the thresholds, each in [0, 1]
   */
  public record Explicit(double[] thresholds) implements Distribution {
    /** Copies the thresholds. */
    public Explicit {
      if (thresholds == null || thresholds.length == 0) {
        throw new IllegalArgumentException("thresholds is " + (thresholds == null ? "null" : "empty")
            + "; pass at least one threshold in [0, 1]");
      }
      thresholds = thresholds.clone();
    }

    /** Returns the thresholds (a copy). */
    @Override
    public double[] thresholds() {
      return thresholds.clone();
    }

    @Override
    public void fill(double[] out, int from, int to, SplittableRandom rng) {
      for (int i = from; i < to; i++) {
        out[i] = thresholds[(i - from) % thresholds.length];
      }
    }

    /** The thresholds themselves (a record would print the array's identity, different in every run). */
    @Override
    public String toString() {
      return "Explicit[thresholds=" + Arrays.toString(thresholds) + "]";
    }
  }

  /**
   * Returns a normal threshold distribution truncated to [0, 1].
   *
   * @param mean a finite number (usually in [0, 1])
   * @param sd 0 or more, finite
   */
  public static Distribution normal(double mean, double sd) {
    Checks.inRange(mean, "mean", -Double.MAX_VALUE, Double.MAX_VALUE, "a finite mean threshold, e.g. 0.3");
    Checks.inRange(sd, "sd", 0, Double.POSITIVE_INFINITY, "a standard deviation of 0 or more, e.g. 0.1");
    return new Normal(mean, sd);
  }

  /**
   * Returns a uniform threshold distribution on [low, high].
   *
   * @param low in [0, 1]
   * @param high in [0, 1], not below {@code low}
   */
  public static Distribution uniform(double low, double high) {
    Checks.inRange(low, "low", 0, 1, "a threshold from 0 to 1");
    Checks.inRange(high, "high", 0, 1, "a threshold from 0 to 1");
    if (low > high) {
      throw new IllegalArgumentException("low " + low + " is above high " + high + "; pass low ≤ high");
    }
    return new Uniform(low, high);
  }

  /** Returns the given thresholds, in order (no randomness). */
  public static Distribution explicit(double... thresholds) {
    Checks.notNull(thresholds, "thresholds");
    if (thresholds.length == 0) {
      throw new IllegalArgumentException("thresholds is empty; pass at least one threshold in [0, 1]");
    }
    for (int i = 0; i < thresholds.length; i++) {
      Checks.inRange(thresholds[i], "thresholds[" + i + "]", 0, 1, "a threshold from 0 to 1");
    }
    return new Explicit(thresholds.clone());
  }

  /** Returns a builder of one cascade: set the states, the thresholds and the seed; the vanguard is 0 unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Cascade}: {@link #states}, {@link #thresholds} and {@link #seed} must be set; the
   * vanguard is 0 unless set once, as a count ({@link #vanguard}) or as a share of the states
   * ({@link #vanguardShare}), in any order. Each setter refuses a wrong value at once; {@link #build}
   * refuses a missing one and a vanguard larger than the states.
   */
  public static final class Builder {
    private Integer states;
    private Distribution thresholds;
    private Integer vanguardCount;
    private Double vanguardShare;
    private Long seed;

    private Builder() {}

    /**
     * Sets N, the number of states.
     *
     * @param n 1 or more (193 for the UN members)
     */
    public Builder states(int n) {
      Checks.atLeast(n, "states", 1, "193");
      this.states = n;
      return this;
    }

    /** Sets the distribution of the non-vanguard states' thresholds, e.g. {@code Cascade.normal(0.3, 0.1)}. */
    public Builder thresholds(Distribution distribution) {
      Checks.notNull(distribution, "thresholds");
      this.thresholds = distribution;
      return this;
    }

    /**
     * Sets the vanguard as a number of committed states.
     *
     * @param v 0 or more, at most the number of states (checked by {@link #build})
     */
    public Builder vanguard(int v) {
      requireNoVanguardYet("vanguard(" + v + ")");
      if (v < 0) {
        throw new IllegalArgumentException("vanguard is " + v + "; pass 0 or more committed states, e.g. 29");
      }
      this.vanguardCount = v;
      return this;
    }

    /**
     * Sets the vanguard as a share of the states, rounded to whole states (0.15 of 193 is 29).
     *
     * @param share a fraction from 0 to 1 (0.15 for 15 %)
     */
    public Builder vanguardShare(double share) {
      requireNoVanguardYet("vanguardShare(" + share + ")");
      Checks.inRange(share, "share", 0, 1, "a fraction from 0 to 1 (0.15 for 15 %)");
      this.vanguardShare = share;
      return this;
    }

    /** Sets the seed: the thresholds come from {@code Seeds.stream(seed, 0)}, so a run is the same on every machine. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Returns the cascade.
     *
     * @throws IllegalStateException naming the setting that is missing
     * @throws IllegalArgumentException for a vanguard larger than the number of states
     */
    public Cascade build() {
      if (states == null) {
        throw new IllegalStateException("states is not set; call states(n) before build(), e.g. states(193)");
      }
      if (thresholds == null) {
        throw new IllegalStateException(
            "thresholds is not set; call thresholds(...) before build(), e.g. thresholds(Cascade.normal(0.3, 0.1))");
      }
      if (seed == null) {
        throw new IllegalStateException("seed is not set; call seed(n) before build(), e.g. seed(2019): every run is seeded");
      }
      int v = vanguardShare != null ? (int) Math.round(vanguardShare * states) : vanguardCount != null ? vanguardCount : 0;
      if (v > states) {
        throw new IllegalArgumentException("vanguard is " + v + "; pass 0 to " + states + " (the number of states)");
      }
      return new Cascade(states, thresholds, v, seed);
    }

    private void requireNoVanguardYet(String call) {
      if (vanguardCount != null || vanguardShare != null) {
        String earlier = vanguardCount != null ? "vanguard(" + vanguardCount + ")" : "vanguardShare(" + vanguardShare + ")";
        throw new IllegalStateException(call + ": the vanguard is already set by " + earlier
            + "; set it once, as a count or as a share");
      }
    }
  }

  /** Returns N, the number of states. */
  public int states() {
    return states;
  }

  /** Returns the distribution of the non-vanguard states' thresholds. */
  public Distribution thresholds() {
    return thresholds;
  }

  /** Returns v, the number of committed states. */
  public int vanguard() {
    return vanguard;
  }

  /** Returns the seed. */
  public long seed() {
    return seed;
  }

  /**
   * Returns the same cascade with {@code v} committed states (to compare vanguards in one society).
   *
   * @param v 0 to the number of states
   */
  public Cascade withVanguard(int v) {
    if (v < 0 || v > states) {
      throw new IllegalArgumentException("vanguard is " + v + "; pass 0 to " + states + " (the number of states)");
    }
    return new Cascade(states, thresholds, v, seed);
  }

  /**
   * Returns the same cascade with a vanguard of round(share × N) states.
   *
   * @param share a fraction from 0 to 1 (0.15 for 15 %)
   */
  public Cascade withVanguardShare(double share) {
    Checks.inRange(share, "share", 0, 1, "a fraction from 0 to 1 (0.15 for 15 %)");
    return new Cascade(states, thresholds, (int) Math.round(share * states), seed);
  }

  /** Runs the cascade once: the same run for the same settings and seed. */
  public CascadeRun run() {
    return simulate(states, thresholds, vanguard, Seeds.stream(seed, 0));
  }

  @Override
  public String toString() {
    return "Cascade[states=" + states + ", thresholds=" + thresholds + ", vanguard=" + vanguard + ", seed=" + seed + "]";
  }

  static CascadeRun simulate(int states, Distribution thresholds, int vanguard, SplittableRandom rng) {
    int n = states - vanguard;
    double[] theta = new double[n];
    thresholds.fill(theta, 0, n, rng);
    Arrays.sort(theta);
    int[] path = new int[n + 2];
    int rounds = 0;
    int adopters = vanguard;
    path[rounds++] = adopters;
    int k = 0;
    while (true) {
      double share = (double) adopters / states;
      while (k < n && theta[k] <= share) {
        k++;
      }
      int next = vanguard + k;
      if (next == adopters) {
        break;
      }
      adopters = next;
      path[rounds++] = adopters;
    }
    return new CascadeRun(states, vanguard, Arrays.copyOf(path, rounds));
  }

  /** Returns the final number of adopters only (the sweep's inner loop; no path is kept). */
  static int finalAdopters(int states, int vanguard, double[] sortedThresholds, int n) {
    int adopters = vanguard;
    int k = 0;
    while (true) {
      double share = (double) adopters / states;
      while (k < n && sortedThresholds[k] <= share) {
        k++;
      }
      if (vanguard + k == adopters) {
        return adopters;
      }
      adopters = vanguard + k;
    }
  }

  /**
   * Returns {@code from, from + step, …} up to {@code to} (inclusive, within rounding), e.g. vanguard shares.
   *
   * @param from finite
   * @param to finite, not below {@code from}
   * @param step above 0
   */
  public static double[] grid(double from, double to, double step) {
    Checks.inRange(from, "from", -Double.MAX_VALUE, Double.MAX_VALUE, "a finite number");
    Checks.inRange(to, "to", -Double.MAX_VALUE, Double.MAX_VALUE, "a finite number");
    if (!(step > 0) || Double.isInfinite(step)) {
      throw new IllegalArgumentException("step is " + step + "; pass a number above 0, e.g. 0.01");
    }
    if (from > to) {
      throw new IllegalArgumentException("from " + from + " is above to " + to + "; pass from ≤ to");
    }
    int n = (int) Math.floor((to - from) / step + 1e-9) + 1;
    double[] g = new double[n];
    for (int i = 0; i < n; i++) {
      g[i] = Math.round((from + i * step) * 1e9) / 1e9;
    }
    return g;
  }

  /**
   * Returns a sweep over vanguard shares × threshold spreads with normal thresholds of the given mean
   * (the spread is the normal's sd). See {@link #sweep}.
   */
  public static CascadeSweep sweepNormal(int states, double meanThreshold, double[] vanguardShares, double[] spreads,
      int runsPerCell, long seed, Progress progress) {
    return sweep(states, vanguardShares, spreads, sd -> normal(meanThreshold, sd),
        "normal(mean " + meanThreshold + ", sd = spread) truncated to [0, 1]", runsPerCell, seed, progress);
  }

  /**
   * Returns the final shares of {@code runsPerCell} simulations for every (vanguard share, spread)
   * cell. The cells are ordered vanguard-major; simulation {@code j} (counting over all cells) uses
   * {@code Seeds.stream(seed, j)}. Blocks of 256 simulations run in parallel on the common fork-join
   * pool and report to {@code progress}.
   *
   * @param states N, 1 or more
   * @param vanguardShares vanguard sizes as shares of N (rounded to whole states), each from 0 to 1; not empty
   * @param spreads the spread parameter passed to {@code family}; not empty
   * @param family the threshold distribution for a spread
   * @param familyLabel how to describe {@code family} in tables
   * @param runsPerCell simulations per cell, 1 or more
   * @param seed master seed
   * @param progress told after each block
   */
  public static CascadeSweep sweep(int states, double[] vanguardShares, double[] spreads,
      DoubleFunction<Distribution> family, String familyLabel, int runsPerCell, long seed, Progress progress) {
    Checks.atLeast(states, "states", 1, "193");
    Checks.notNull(vanguardShares, "vanguardShares");
    Checks.notNull(spreads, "spreads");
    Checks.notNull(family, "family");
    Checks.atLeast(runsPerCell, "runsPerCell", 1, "200");
    if (vanguardShares.length == 0) {
      throw new IllegalArgumentException("vanguardShares is empty; pass one share or more, e.g. Cascade.grid(0, 0.4, 0.01)");
    }
    if (spreads.length == 0) {
      throw new IllegalArgumentException("spreads is empty; pass one spread or more, e.g. new double[] {0.05, 0.1}");
    }
    for (int i = 0; i < vanguardShares.length; i++) {
      Checks.inRange(vanguardShares[i], "vanguardShares[" + i + "]", 0, 1, "a fraction from 0 to 1 (0.15 for 15 %)");
    }
    int cells = vanguardShares.length * spreads.length;
    long totalRuns = (long) cells * runsPerCell;
    if (totalRuns > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many simulations: " + totalRuns);
    }
    int total = (int) totalRuns;
    Distribution[] dists = new Distribution[spreads.length];
    for (int s = 0; s < spreads.length; s++) {
      dists[s] = family.apply(spreads[s]);
    }
    int[] finals = new int[total];
    int blocks = (total + SWEEP_BLOCK - 1) / SWEEP_BLOCK;
    ProgressTracker tracker = new ProgressTracker(progress, total);
    tracker.start();
    IntStream.range(0, blocks).parallel().forEach(b -> {
      double[] theta = new double[states];
      int end = Math.min(total, (b + 1) * SWEEP_BLOCK);
      for (int j = b * SWEEP_BLOCK; j < end; j++) {
        int cell = j / runsPerCell;
        int vanguard = (int) Math.round(vanguardShares[cell / spreads.length] * states);
        int n = states - vanguard;
        dists[cell % spreads.length].fill(theta, 0, n, Seeds.stream(seed, j));
        Arrays.sort(theta, 0, n);
        finals[j] = finalAdopters(states, vanguard, theta, n);
      }
      tracker.add(end - b * SWEEP_BLOCK);
    });
    return new CascadeSweep(states, familyLabel, vanguardShares.clone(), spreads.clone(), runsPerCell, seed, finals);
  }
}
