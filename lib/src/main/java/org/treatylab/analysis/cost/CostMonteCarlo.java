package org.treatylab.analysis.cost;

import org.treatylab.base.Checks;
import org.treatylab.base.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;
import org.treatylab.analysis.common.Progress;
import org.treatylab.analysis.common.ProgressTracker;
import org.treatylab.analysis.common.Seeds;

/**
 * A seeded Monte Carlo run of a {@link DeminingCost} ({@link DeminingCost#monteCarlo}): a histogram
 * of the cost over the point range, mean and standard deviation, and quantiles read from the
 * histogram.
 */
public final class CostMonteCarlo {
  private static final int CHUNK = 1 << 16;
  private static final int BINS = 2000;

  private final DeminingCost model;
  private final int draws;
  private final long seed;
  private final double low;
  private final double high;
  private final long[] bins;
  private final double mean;
  private final double sd;

  private CostMonteCarlo(DeminingCost model, int draws, long seed, double low, double high, long[] bins, double mean, double sd) {
    this.model = model;
    this.draws = draws;
    this.seed = seed;
    this.low = low;
    this.high = high;
    this.bins = bins.clone();
    this.mean = mean;
    this.sd = sd;
  }

  /**
   * Returns the distribution of the cost over {@code draws} independent draws of all factors.
   *
   * <p>Draws are split into chunks of 65,536; chunk {@code k} uses the stream {@link Seeds#stream(long,
   * long) Seeds.stream(seed, k)}, and chunks run in parallel on the common fork-join pool. Each chunk
   * fills a 2,000-bin histogram over the point range and sums the values and squares; chunks are
   * combined in index order, so the result is identical for any number of threads. Quantiles are
   * interpolated within a bin (error at most one bin width, (high − low) / 2000).
   *
   * @param draws number of draws (≥ 1)
   * @param seed master seed
   * @param model the cost model
   * @param progress told after each chunk
   */
  static CostMonteCarlo run(DeminingCost model, int draws, long seed, Progress progress) {
    Checks.notNull(model, "model");
    Checks.atLeast(draws, "draws", 1, "10_000_000");
    CostRange r = model.range();
    int chunks = (draws + CHUNK - 1) / CHUNK;
    long[][] counts = new long[chunks][];
    double[] sums = new double[chunks];
    double[] squares = new double[chunks];
    CostInput[] f = model.factors().toArray(CostInput[]::new);
    double scale = r.high() > r.low() ? BINS / (r.high() - r.low()) : 0;
    ProgressTracker tracker = new ProgressTracker(progress, draws);
    tracker.start();
    IntStream.range(0, chunks).parallel().forEach(k -> {
      int n = Math.min(CHUNK, draws - k * CHUNK);
      SplittableRandom rng = Seeds.stream(seed, k);
      long[] bins = new long[BINS];
      double sum = 0;
      double sq = 0;
      for (int i = 0; i < n; i++) {
        double v = 1;
        for (CostInput c : f) {
          v *= c.draw(rng);
        }
        sum += v;
        sq += v * v;
        int b = (int) ((v - r.low()) * scale);
        bins[b < 0 ? 0 : Math.min(b, BINS - 1)]++;
      }
      counts[k] = bins;
      sums[k] = sum;
      squares[k] = sq;
      tracker.add(n);
    });
    long[] total = new long[BINS];
    double sum = 0;
    double sq = 0;
    for (int k = 0; k < chunks; k++) {
      for (int b = 0; b < BINS; b++) {
        total[b] += counts[k][b];
      }
      sum += sums[k];
      sq += squares[k];
    }
    double mean = sum / draws;
    double var = Math.max(0, sq / draws - mean * mean);
    return new CostMonteCarlo(model, draws, seed, r.low(), r.high(), total, mean, Math.sqrt(var));
  }

  /** Returns the model that was sampled. */
  public DeminingCost model() {
    return model;
  }

  /** Returns the number of draws. */
  public int draws() {
    return draws;
  }

  /** Returns the master seed. */
  public long seed() {
    return seed;
  }

  /** Returns the mean cost, US$. */
  public double mean() {
    return mean;
  }

  /** Returns the standard deviation of the cost, US$. */
  public double sd() {
    return sd;
  }

  /** Returns the histogram's bin counts (2,000 equal bins over [low, high] of the point range). */
  public long[] binCounts() {
    return bins.clone();
  }

  /** Returns the histogram's lower edge (the point range's low), US$. */
  public double histogramLow() {
    return low;
  }

  /** Returns the histogram's upper edge (the point range's high), US$. */
  public double histogramHigh() {
    return high;
  }

  /**
   * Returns the {@code p}-quantile of the cost in US$, by linear interpolation within the histogram
   * bin where the cumulative count reaches p × draws.
   *
   * @param p probability in [0, 1] (0.95, not 95)
   */
  public double quantile(double p) {
    Checks.inRange(p, "p", 0, 1, "a probability from 0 to 1 (0.95 for the 95th percentile)");
    if (high == low) {
      return low;
    }
    double width = (high - low) / bins.length;
    double target = p * draws;
    long cum = 0;
    for (int b = 0; b < bins.length; b++) {
      if (bins[b] > 0 && cum + bins[b] >= target) {
        return low + width * (b + (target - cum) / bins[b]);
      }
      cum += bins[b];
    }
    return high;
  }

  /** Returns mean, sd and the 5, 25, 50, 75 and 95 % quantiles in US$ million, rounded to 0.1. */
  public Table table() {
    List<Map.Entry<String, Double>> rows = new ArrayList<>();
    rows.add(Map.entry("mean", mean));
    rows.add(Map.entry("sd", sd));
    for (double p : new double[] {0.05, 0.25, 0.5, 0.75, 0.95}) {
      rows.add(Map.entry(String.format(java.util.Locale.ROOT, "p%02d", Math.round(p * 100)), quantile(p)));
    }
    return Tables.of("Monte Carlo cost, " + String.format(java.util.Locale.ROOT, "%,d", draws) + " draws, seed " + seed, rows)
        .text("statistic", Map.Entry::getKey)
        .number("usd_million", "US$ million", r -> DeminingCost.round1(r.getValue() / 1e6))
        .build();
  }

  /**
   * Returns the histogram regrouped into {@code groups} bins: lower edge, upper edge (US$ million), count.
   *
   * @param groups 1 to 2,000 (the bins of the run)
   */
  public Table histogram(int groups) {
    if (groups < 1 || groups > BINS) {
      throw new IllegalArgumentException("groups is " + groups + "; pass 1 to " + BINS + " (the run's bins), e.g. 50");
    }
    int per = Math.max(1, bins.length / groups);
    double width = (high - low) / bins.length;
    // the first bin of each group of `per` bins of the run
    List<Integer> firsts = new ArrayList<>();
    for (int b = 0; b < bins.length; b += per) {
      firsts.add(b);
    }
    return Tables.of("cost histogram", firsts)
        .number("from_usd_million", "US$ million", b -> (low + b * width) / 1e6)
        .number("to_usd_million", "US$ million", b -> (low + Math.min(bins.length, b + per) * width) / 1e6)
        .integer("count", "draws", b -> {
          long c = 0;
          for (int i = b; i < Math.min(bins.length, b + per); i++) {
            c += bins[i];
          }
          return (int) c;
        })
        .build();
  }

  @Override
  public String toString() {
    double p95 = quantile(0.95);
    return String.format(java.util.Locale.ROOT, "Monte Carlo (%,d draws, seed %d): mean %s, 90 %% interval %s", draws,
        seed, CostRange.usd(p95, mean), CostRange.usd(p95, quantile(0.05), p95));
  }
}

