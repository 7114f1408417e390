package org.treatylab.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The cost of clearing mines as a product of factors, cost = quantity × unit cost (× any further
 * factor), each factor a range with a distribution ({@link CostInput}).
 *
 * <ul>
 *   <li>{@link #range()}: the point range, low = Π lows, high = Π highs (all factors are non-negative);
 *   <li>{@link #monteCarlo(int, long)}: the distribution of the product when each factor is drawn
 *       independently, in parallel, seeded;
 *   <li>{@link #tornado()}: one-at-a-time sensitivity, each factor from low to high with the others at
 *       their central values;
 *   <li>{@link #timeToClear(FundingScenario...)}: years = cost / annual funding.
 * </ul>
 *
 * <p>Data: {@code monitor_cost_parameters.csv} (Monitor.costParameters()) for unit costs and stocks,
 * {@code claims.csv} for a paper's own inputs, {@code monitor_funding.csv} for funding. The essay's
 * estimate (110,000 devices × US$300–1,000 = US$33–110 million) is {@link #russiaEssay()}. Caveat from
 * the data: the UN Dag Hammarskjöld Library calls per-mine removal costs impossible to measure
 * (row {@code cost-per-mine.un-critique}).
 *
 * <pre>{@code
 * DeminingCost.russiaEssay().range();                          // US$33.0–110.0 million
 * DeminingCost.globalStock("mines-in-ground.us-state-1998").monteCarlo(10_000_000, 2019).table();
 * }</pre>
 */
public final class DeminingCost {
  /** Claim row of the essay's 110,000 devices removed by Russia by 2001. */
  public static final String ESSAY_DEVICES_CLAIM = "russia-essay.russia.removed-110000-devices";
  /** Cost-parameter row of the UN's US$300–1,000 per mine (UN CyberSchoolBus, c. 1997), the essay's source. */
  public static final String UN_COST_PER_MINE = "cost-to-clear.un";

  private static final int MC_CHUNK = 1 << 16;
  private static final int MC_BINS = 2000;

  private final List<CostInput> factors;

  private DeminingCost(List<CostInput> factors) {
    if (factors.isEmpty()) {
      throw new IllegalArgumentException("a cost needs at least one factor");
    }
    this.factors = List.copyOf(factors);
  }

  /** Returns the cost model Π factors, e.g. {@code of(quantity, unitCost)}. */
  public static DeminingCost of(CostInput... factors) {
    return new DeminingCost(List.of(factors));
  }

  /**
   * Returns the essay's model: the claim row {@value #ESSAY_DEVICES_CLAIM} (110,000 devices) × the
   * cost-parameter row {@value #UN_COST_PER_MINE} (US$300–1,000 per mine).
   */
  public static DeminingCost russiaEssay() {
    return of(CostInput.fromClaim(ESSAY_DEVICES_CLAIM).named("devices removed"),
        CostInput.fromCostParameters(UN_COST_PER_MINE).named("cost per mine"));
  }

  /**
   * Returns the cost of clearing a global stock given by a cost-parameter row (e.g.
   * {@code mines-in-ground.un-1990s}: 110 million; {@code mines-in-ground.us-state-1998}: 60–70
   * million; {@code mines-in-ground.un-range-1996}: 60–110 million) at the UN's US$300–1,000 per mine.
   */
  public static DeminingCost globalStock(String minesParameterId) {
    return of(CostInput.fromCostParameters(minesParameterId).named("mines in the ground"),
        CostInput.fromCostParameters(UN_COST_PER_MINE).named("cost per mine"));
  }

  /** Returns the factors. */
  public List<CostInput> factors() {
    return factors;
  }

  /** Returns a model with factor {@code i} replaced (e.g. by a triangular or log-uniform version). */
  public DeminingCost withFactor(int i, CostInput factor) {
    List<CostInput> f = new ArrayList<>(factors);
    f.set(i, factor);
    return new DeminingCost(f);
  }

  /** Returns a model whose factors are all drawn with the given shape (triangular: mode at the midpoint). */
  public DeminingCost allShaped(CostInput.Shape shape) {
    List<CostInput> f = new ArrayList<>();
    for (CostInput c : factors) {
      f.add(switch (shape) {
        case UNIFORM -> c.uniform();
        case TRIANGULAR -> c.triangular();
        case LOG_UNIFORM -> c.logUniform();
      });
    }
    return new DeminingCost(f);
  }

  /** Returns the point range: low = product of the lows, high = product of the highs, in US$. */
  public Range range() {
    double low = 1;
    double high = 1;
    for (CostInput c : factors) {
      low *= c.low();
      high *= c.high();
    }
    return new Range(low, high);
  }

  /** Returns the product of the factors' central values (see {@link CostInput#central()}). */
  public double central() {
    double v = 1;
    for (CostInput c : factors) {
      v *= c.central();
    }
    return v;
  }

  /**
   * A cost range in US$.
   *
   * @param low lower bound, US$
   * @param high upper bound, US$
   */
  public record Range(double low, double high) {
    /** Returns the lower bound in US$ million. */
    public double lowMillions() {
      return low / 1e6;
    }

    /** Returns the upper bound in US$ million. */
    public double highMillions() {
      return high / 1e6;
    }

    /** Returns the range as a one-row table in US$ and US$ million. */
    public Table table() {
      return Table.create("cost range",
          DoubleColumn.create("low_usd", low), DoubleColumn.create("high_usd", high),
          DoubleColumn.create("low_usd_million", lowMillions()), DoubleColumn.create("high_usd_million", highMillions()));
    }

    @Override
    public String toString() {
      return high >= 1e9
          ? String.format(java.util.Locale.ROOT, "US$%,.2f–%,.2f billion", low / 1e9, high / 1e9)
          : String.format(java.util.Locale.ROOT, "US$%,.1f–%,.1f million", lowMillions(), highMillions());
    }
  }

  /** Returns {@link #monteCarlo(int, long, Progress)} without progress reports. */
  public MonteCarlo monteCarlo(int draws, long seed) {
    return monteCarlo(draws, seed, Progress.none());
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
   * @param progress told after each chunk
   */
  public MonteCarlo monteCarlo(int draws, long seed, Progress progress) {
    if (draws < 1) {
      throw new IllegalArgumentException("draws must be >= 1");
    }
    Range r = range();
    int chunks = (draws + MC_CHUNK - 1) / MC_CHUNK;
    long[][] counts = new long[chunks][];
    double[] sums = new double[chunks];
    double[] squares = new double[chunks];
    CostInput[] f = factors.toArray(CostInput[]::new);
    double scale = r.high() > r.low() ? MC_BINS / (r.high() - r.low()) : 0;
    ProgressTracker tracker = new ProgressTracker(progress, draws);
    tracker.start();
    IntStream.range(0, chunks).parallel().forEach(k -> {
      int n = Math.min(MC_CHUNK, draws - k * MC_CHUNK);
      SplittableRandom rng = Seeds.stream(seed, k);
      long[] bins = new long[MC_BINS];
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
        bins[b < 0 ? 0 : Math.min(b, MC_BINS - 1)]++;
      }
      counts[k] = bins;
      sums[k] = sum;
      squares[k] = sq;
      tracker.add(n);
    });
    long[] total = new long[MC_BINS];
    double sum = 0;
    double sq = 0;
    for (int k = 0; k < chunks; k++) {
      for (int b = 0; b < MC_BINS; b++) {
        total[b] += counts[k][b];
      }
      sum += sums[k];
      sq += squares[k];
    }
    double mean = sum / draws;
    double var = Math.max(0, sq / draws - mean * mean);
    return new MonteCarlo(this, draws, seed, r.low(), r.high(), total, mean, Math.sqrt(var));
  }

  /**
   * The result of a Monte Carlo run: a histogram of the cost over the point range, mean and standard
   * deviation, and quantiles read from the histogram.
   */
  public static final class MonteCarlo {
    private final DeminingCost model;
    private final int draws;
    private final long seed;
    private final double low;
    private final double high;
    private final long[] bins;
    private final double mean;
    private final double sd;

    MonteCarlo(DeminingCost model, int draws, long seed, double low, double high, long[] bins, double mean, double sd) {
      this.model = model;
      this.draws = draws;
      this.seed = seed;
      this.low = low;
      this.high = high;
      this.bins = bins;
      this.mean = mean;
      this.sd = sd;
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
     * @param p probability in [0, 1]
     */
    public double quantile(double p) {
      if (p < 0 || p > 1) {
        throw new IllegalArgumentException("p must be in [0, 1]");
      }
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
      double[] ps = {0.05, 0.25, 0.5, 0.75, 0.95};
      StringColumn stat = StringColumn.create("statistic");
      DoubleColumn value = DoubleColumn.create("usd_million");
      stat.append("mean");
      value.append(round1(mean / 1e6));
      stat.append("sd");
      value.append(round1(sd / 1e6));
      for (double p : ps) {
        stat.append(String.format(java.util.Locale.ROOT, "p%02d", Math.round(p * 100)));
        value.append(round1(quantile(p) / 1e6));
      }
      return Table.create("Monte Carlo cost, " + String.format(java.util.Locale.ROOT, "%,d", draws) + " draws, seed " + seed, stat, value);
    }

    /** Returns the histogram regrouped into {@code groups} bins: lower edge, upper edge (US$ million), count. */
    public Table histogram(int groups) {
      int per = Math.max(1, bins.length / groups);
      DoubleColumn from = DoubleColumn.create("from_usd_million");
      DoubleColumn to = DoubleColumn.create("to_usd_million");
      IntColumn count = IntColumn.create("count");
      double width = (high - low) / bins.length;
      for (int b = 0; b < bins.length; b += per) {
        long c = 0;
        for (int i = b; i < Math.min(bins.length, b + per); i++) {
          c += bins[i];
        }
        from.append((low + b * width) / 1e6);
        to.append((low + Math.min(bins.length, b + per) * width) / 1e6);
        count.append((int) c);
      }
      return Table.create("cost histogram", from, to, count);
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "Monte Carlo (%,d draws, seed %d): mean US$%,.1f million, 90%% interval US$%,.1f–%,.1f million",
          draws, seed, mean / 1e6, quantile(0.05) / 1e6, quantile(0.95) / 1e6);
    }
  }

  /**
   * One bar of a tornado chart: the cost when {@code factor} is at its low and at its high end, all
   * other factors at their central values.
   *
   * @param factor the factor's name
   * @param inputLow the factor's low, in its unit
   * @param inputHigh the factor's high
   * @param costAtLow the cost with the factor at its low, US$
   * @param costAtHigh the cost with the factor at its high, US$
   */
  public record Bar(String factor, double inputLow, double inputHigh, double costAtLow, double costAtHigh) {
    /** Returns |costAtHigh − costAtLow|, US$. */
    public double swing() {
      return Math.abs(costAtHigh - costAtLow);
    }
  }

  /**
   * One-at-a-time sensitivity: the bars sorted by swing (largest first), around a base cost.
   *
   * @param base the cost with every factor at its central value, US$
   * @param bars one bar per factor, largest swing first
   */
  public record Tornado(double base, List<Bar> bars) {
    /** Returns the bars as a table in US$ million. */
    public Table table() {
      return Table.create("tornado (base US$" + String.format(java.util.Locale.ROOT, "%,.1f", base / 1e6) + " million)",
          StringColumn.create("factor", bars.stream().map(Bar::factor)),
          DoubleColumn.create("input_low", bars.stream().mapToDouble(Bar::inputLow)),
          DoubleColumn.create("input_high", bars.stream().mapToDouble(Bar::inputHigh)),
          DoubleColumn.create("cost_at_low_usd_million", bars.stream().mapToDouble(b -> round1(b.costAtLow() / 1e6))),
          DoubleColumn.create("cost_at_high_usd_million", bars.stream().mapToDouble(b -> round1(b.costAtHigh() / 1e6))),
          DoubleColumn.create("swing_usd_million", bars.stream().mapToDouble(b -> round1(b.swing() / 1e6))));
    }
  }

  /** Returns the one-at-a-time sensitivity of the cost to each factor (see {@link Tornado}). */
  public Tornado tornado() {
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < factors.size(); i++) {
      double others = 1;
      for (int j = 0; j < factors.size(); j++) {
        if (j != i) {
          others *= factors.get(j).central();
        }
      }
      CostInput c = factors.get(i);
      bars.add(new Bar(c.name(), c.low(), c.high(), others * c.low(), others * c.high()));
    }
    bars.sort(Comparator.comparingDouble(Bar::swing).reversed());
    return new Tornado(central(), List.copyOf(bars));
  }

  /**
   * Years to clear under one funding scenario: total cost / annual funding, for both ends of the range.
   *
   * @param scenario the scenario's label
   * @param annualUsd annual funding, US$
   * @param yearsLow years at the low cost
   * @param yearsHigh years at the high cost
   */
  public record ClearanceTime(String scenario, double annualUsd, double yearsLow, double yearsHigh) {}

  /**
   * Years to clear under each scenario, as a table.
   *
   * @param range the cost range the years were computed for
   * @param rows one row per scenario
   */
  public record ClearanceTimes(Range range, List<ClearanceTime> rows) {
    /** Returns scenario, annual funding (US$ million) and years at the low and high cost, rounded to 0.1. */
    public Table table() {
      return Table.create("years to clear " + range,
          StringColumn.create("scenario", rows.stream().map(ClearanceTime::scenario)),
          DoubleColumn.create("annual_usd_million", rows.stream().mapToDouble(r -> round1(r.annualUsd() / 1e6))),
          DoubleColumn.create("years_low", rows.stream().mapToDouble(r -> round1(r.yearsLow()))),
          DoubleColumn.create("years_high", rows.stream().mapToDouble(r -> round1(r.yearsHigh()))));
    }
  }

  /**
   * Returns the years needed to pay for the point range under each scenario: years = cost / annual
   * funding. Mine action funding also pays for victim assistance, education and stockpile destruction,
   * so this is a lower bound on the time if all funding went to clearance.
   */
  public ClearanceTimes timeToClear(FundingScenario... scenarios) {
    Range r = range();
    List<ClearanceTime> rows = new ArrayList<>();
    for (FundingScenario s : scenarios) {
      rows.add(new ClearanceTime(s.label(), s.annualUsd(), r.low() / s.annualUsd(), r.high() / s.annualUsd()));
    }
    return new ClearanceTimes(r, List.copyOf(rows));
  }

  /**
   * Returns every assumption of the model before any result: one row per factor (name, low, high,
   * unit, the distribution a Monte Carlo run draws it from, the central value the tornado uses, and
   * the dataset row and source it comes from), then one row per funding scenario (a fixed annual
   * amount, with the Monitor edition in its label).
   */
  public Table assumptions(FundingScenario... funding) {
    StringColumn name = StringColumn.create("assumption");
    DoubleColumn low = DoubleColumn.create("low");
    DoubleColumn high = DoubleColumn.create("high");
    StringColumn unit = StringColumn.create("unit");
    StringColumn dist = StringColumn.create("distribution");
    DoubleColumn central = DoubleColumn.create("central");
    StringColumn source = StringColumn.create("source");
    for (CostInput c : factors) {
      name.append(c.name());
      low.append(c.low());
      high.append(c.high());
      unit.append(c.unit());
      dist.append(c.low() == c.high() ? "fixed" : switch (c.shape()) {
        case UNIFORM -> "uniform";
        case TRIANGULAR -> "triangular, mode " + String.format(java.util.Locale.ROOT, "%,.4g", c.mode());
        case LOG_UNIFORM -> "log-uniform";
      });
      central.append(c.central());
      source.append(c.source());
    }
    for (FundingScenario f : funding) {
      name.append("annual funding: " + f.label());
      low.append(f.annualUsd());
      high.append(f.annualUsd());
      unit.append("US$ per year");
      dist.append("fixed");
      central.append(f.annualUsd());
      source.append("monitor_funding.csv (Monitor.funding()), latest edition per year; or argument");
    }
    return Table.create("assumptions", name, low, high, unit, dist, central, source);
  }

  /**
   * The cost of making a mine against the cost of clearing one, as ratios with ranges (the
   * "asymmetry" the papers cite: US$3–30 to make, US$300–1,000 to clear).
   *
   * @param make cost to make one mine, e.g. {@code CostInput.fromCostParameters("cost-to-make.un")}
   * @param clear cost to clear one, e.g. {@code CostInput.fromCostParameters("cost-to-clear.un")}
   */
  public record Asymmetry(CostInput make, CostInput clear) {
    /** Returns the narrowest ratio: the cheapest clearance over the dearest mine. */
    public double lowestRatio() {
      return clear.low() / make.high();
    }

    /** Returns the widest ratio: the dearest clearance over the cheapest mine. */
    public double highestRatio() {
      return clear.high() / make.low();
    }

    /** Returns the four pairings of the ends as a table: make, clear, ratio clear/make (rounded to 0.1). */
    public Table table() {
      StringColumn pairing = StringColumn.create("pairing");
      DoubleColumn m = DoubleColumn.create("make_usd");
      DoubleColumn c = DoubleColumn.create("clear_usd");
      DoubleColumn r = DoubleColumn.create("clear_over_make");
      String[] labels = {"cheapest mine, cheapest clearance", "dearest mine, dearest clearance",
          "dearest mine, cheapest clearance (narrowest)", "cheapest mine, dearest clearance (widest)"};
      double[][] pairs = {{make.low(), clear.low()}, {make.high(), clear.high()}, {make.high(), clear.low()},
          {make.low(), clear.high()}};
      for (int i = 0; i < 4; i++) {
        pairing.append(labels[i]);
        m.append(pairs[i][0]);
        c.append(pairs[i][1]);
        r.append(round1(pairs[i][1] / pairs[i][0]));
      }
      return Table.create("cost to clear over cost to make (" + make.source() + "; " + clear.source() + ")",
          pairing, m, c, r);
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "clearing a mine costs %,.0f to %,.0f times as much as making one", lowestRatio(), highestRatio());
    }
  }

  /** Returns the make-versus-clear asymmetry of two unit costs (see {@link Asymmetry}). */
  public static Asymmetry asymmetry(CostInput make, CostInput clear) {
    return new Asymmetry(make, clear);
  }

  /** Rounds a value shown in a table to one decimal, so tables do not show false precision. */
  static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("cost = ");
    for (int i = 0; i < factors.size(); i++) {
      b.append(i == 0 ? "" : " × ").append(factors.get(i).name());
    }
    return b.append(" = ").append(range()).toString();
  }
}
