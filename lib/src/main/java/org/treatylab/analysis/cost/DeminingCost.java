package org.treatylab.analysis.cost;

import org.treatylab.base.Checks;
import org.treatylab.base.Tables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;
import org.treatylab.analysis.common.Progress;

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
 * <p>This class is the model (its factors, range and assumptions); the Monte Carlo run
 * ({@link CostMonteCarlo}), the tornado ({@link CostTornado}), the clearance times
 * ({@link ClearanceTimes}) and the make-versus-clear ratios ({@link MakeVersusClear}) live in their own
 * classes and are reached from here.
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

  private final List<CostInput> factors;

  private DeminingCost(List<CostInput> factors) {
    if (factors.isEmpty()) {
      throw new IllegalArgumentException("factors is empty; a cost needs at least one factor, e.g. "
          + "DeminingCost.of(CostInput.fromClaim(...), CostInput.fromCostParameters(\"cost-to-clear.un\"))");
    }
    this.factors = List.copyOf(factors);
  }

  /** Returns the cost model Π factors, e.g. {@code of(quantity, unitCost)}: at least one, no nulls. */
  public static DeminingCost of(CostInput... factors) {
    Checks.notNull(factors, "factors");
    for (int i = 0; i < factors.length; i++) {
      Checks.notNull(factors[i], "factors[" + i + "]");
    }
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

  /**
   * Returns a model with factor {@code i} replaced (e.g. by a triangular or log-uniform version).
   *
   * @param i 0 to the number of factors − 1
   * @param factor not null
   */
  public DeminingCost withFactor(int i, CostInput factor) {
    Checks.notNull(factor, "factor");
    if (i < 0 || i >= factors.size()) {
      throw new IllegalArgumentException("i is " + i + "; pass 0 to " + (factors.size() - 1) + " (the model's factors: "
          + factors.stream().map(CostInput::name).toList() + ")");
    }
    List<CostInput> f = new ArrayList<>(factors);
    f.set(i, factor);
    return new DeminingCost(f);
  }

  /** Returns a model whose factors are all drawn with the given shape (triangular: mode at the midpoint). */
  public DeminingCost allShaped(CostInput.Shape shape) {
    Checks.notNull(shape, "shape");
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
  public CostRange range() {
    double low = 1;
    double high = 1;
    for (CostInput c : factors) {
      low *= c.low();
      high *= c.high();
    }
    return new CostRange(low, high);
  }

  /** Returns the product of the factors' central values (see {@link CostInput#central()}). */
  public double central() {
    double v = 1;
    for (CostInput c : factors) {
      v *= c.central();
    }
    return v;
  }

  /** Returns {@link #monteCarlo(int, long, Progress)} without progress reports. */
  public CostMonteCarlo monteCarlo(int draws, long seed) {
    return monteCarlo(draws, seed, Progress.none());
  }

  /**
   * Returns the distribution of the cost over {@code draws} independent draws of all factors, seeded
   * and identical for any number of threads (see {@link CostMonteCarlo}).
   *
   * @param draws number of draws (≥ 1)
   * @param seed master seed
   * @param progress told after each chunk of draws, e.g. {@link Progress#inNotebook(String)}
   */
  public CostMonteCarlo monteCarlo(int draws, long seed, Progress progress) {
    return CostMonteCarlo.run(this, draws, seed, progress);
  }

  /** Returns the one-at-a-time sensitivity of the cost to each factor (see {@link CostTornado}). */
  public CostTornado tornado() {
    return CostTornado.of(this);
  }

  /**
   * Returns the years needed to pay for the point range under each scenario (see {@link ClearanceTimes}).
   *
   * @param scenarios one or more, e.g. {@code FundingScenario.meanOf(2018, 2022, "international")}
   *     ({@code monitor_funding.csv})
   */
  public ClearanceTimes timeToClear(FundingScenario... scenarios) {
    Checks.notNull(scenarios, "scenarios");
    if (scenarios.length == 0) {
      throw new IllegalArgumentException("scenarios is empty; pass one funding scenario or more, e.g. "
          + "FundingScenario.meanOf(2018, 2022, \"international\")");
    }
    for (int i = 0; i < scenarios.length; i++) {
      Checks.notNull(scenarios[i], "scenarios[" + i + "]");
    }
    return ClearanceTimes.of(this, scenarios);
  }

  /** Returns the make-versus-clear ratios of two unit costs (see {@link MakeVersusClear}). */
  public static MakeVersusClear asymmetry(CostInput make, CostInput clear) {
    return new MakeVersusClear(make, clear);
  }

  /**
   * Returns every assumption of the model before any result: one row per factor (name, low, high,
   * unit, the distribution a Monte Carlo run draws it from, the central value the tornado uses, and
   * the dataset row and source it comes from), then one row per funding scenario (a fixed annual
   * amount, with the Monitor edition in its label).
   */
  public Table assumptions(FundingScenario... funding) {
    // each row's unit is its own (US$ per mine, mines, …), so the number columns carry none
    record Assumption(String name, double low, double high, String unit, String distribution, double central,
        String source) {}
    List<Assumption> rows = new ArrayList<>();
    for (CostInput c : factors) {
      rows.add(new Assumption(c.name(), c.low(), c.high(), c.unit(), c.low() == c.high() ? "fixed" : switch (c.shape()) {
        case UNIFORM -> "uniform";
        case TRIANGULAR -> "triangular, mode " + String.format(java.util.Locale.ROOT, "%,.4g", c.mode());
        case LOG_UNIFORM -> "log-uniform";
      }, c.central(), c.source()));
    }
    for (FundingScenario f : funding) {
      rows.add(new Assumption("annual funding: " + f.label(), f.annualUsd(), f.annualUsd(), "US$ per year", "fixed",
          f.annualUsd(), "monitor_funding.csv (Monitor.funding()), latest edition per year; or argument"));
    }
    return Tables.of("assumptions", rows)
        .text("assumption", Assumption::name)
        .number("low", Assumption::low)
        .number("high", Assumption::high)
        .text("unit", Assumption::unit)
        .text("distribution", Assumption::distribution)
        .number("central", Assumption::central)
        .text("source", Assumption::source)
        .build();
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
