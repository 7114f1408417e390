package org.treatylab.analysis.cost;

import org.treatylab.base.Checks;
import java.util.SplittableRandom;
import org.treatylab.data.CuratedTable;
import org.treatylab.data.Monitor;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * One factor of a {@link DeminingCost} product: a quantity (mines, devices) or a unit cost (US$ per
 * mine), given as a range [low, high] with the distribution a Monte Carlo run draws it from.
 *
 * <p>Load factors from the curated data rather than typing numbers: {@link #fromCostParameters(String)}
 * reads a row of {@code monitor_cost_parameters.csv} (e.g. {@code cost-to-clear.un}: US$300–1,000 per
 * mine, UN CyberSchoolBus c. 1997), {@link #fromClaim(String)} a row of the claims ledger (e.g. the
 * essay's 110,000 devices). Where a row gives only one bound ("more than 110 million"), the factor is
 * that single value.
 *
 * @param name what the factor is, for tables and charts
 * @param low lower bound, in {@code unit}
 * @param high upper bound, in {@code unit} (equal to {@code low} for a point value)
 * @param unit unit as in the dataset, e.g. {@code US$ per mine}
 * @param shape the distribution a Monte Carlo run draws from
 * @param mode the mode of a triangular distribution (ignored by the other shapes)
 * @param source where the numbers come from (dataset row id and source title, or "argument")
 */
public record CostInput(String name, double low, double high, String unit, Shape shape, double mode, String source) {

  /** The distribution of a factor in a Monte Carlo run. */
  public enum Shape {
    /** Uniform on [low, high]. */
    UNIFORM,
    /** Triangular on [low, high] with the given mode (inverse-CDF sampling). */
    TRIANGULAR,
    /** Log-uniform: exp of a uniform on [ln low, ln high]; needs low &gt; 0. */
    LOG_UNIFORM
  }

  /** Checks the bounds. */
  public CostInput {
    Checks.notNull(name, "name");
    Checks.notNull(shape, "shape");
    Checks.inRange(low, "low", 0, Double.POSITIVE_INFINITY, "a finite number of 0 or more (" + name + ")");
    Checks.inRange(high, "high", 0, Double.POSITIVE_INFINITY, "a finite number of 0 or more (" + name + ")");
    if (high < low) {
      throw new IllegalArgumentException(name + ": low " + low + " is above high " + high + "; pass low ≤ high");
    }
    if (shape == Shape.LOG_UNIFORM && low <= 0) {
      throw new IllegalArgumentException(name + ": low is " + low + "; a log-uniform factor needs low > 0");
    }
    if (shape == Shape.TRIANGULAR && !(mode >= low && mode <= high)) {
      throw new IllegalArgumentException(name + ": triangular mode " + mode + " outside [" + low + ", " + high + "]");
    }
  }

  /** Returns a uniform factor on [low, high] given as an argument (source "argument"). */
  public static CostInput of(String name, double low, double high, String unit) {
    return new CostInput(name, low, high, unit, Shape.UNIFORM, (low + high) / 2, "argument");
  }

  /** Returns a factor with one known value. */
  public static CostInput exactly(String name, double value, String unit) {
    return of(name, value, value, unit);
  }

  /**
   * Returns the factor of one row of {@code monitor_cost_parameters.csv} (Monitor.costParameters()),
   * uniform on its [low, high]; a row with one bound only gives a point value.
   *
   * @param parameterId the row's {@code parameter_id}, e.g. {@code cost-to-clear.un}, {@code mines-in-ground.us-state-1998}
   * @throws IllegalArgumentException when no row has that id ("unknown cost parameter id 'cost-to-clear'
   *     (parameterId) — did you mean cost-to-clear.un?") or the row has neither bound
   */
  public static CostInput fromCostParameters(String parameterId) {
    Checks.notNull(parameterId, "parameterId");
    Table t = Monitor.costParameters().table();
    Table rows = t.where(t.stringColumn("parameter_id").isEqualTo(parameterId));
    if (rows.rowCount() != 1) {
      throw Checks.unknown("cost parameter id", "parameterId", parameterId, t.stringColumn("parameter_id").asList(),
          "Monitor.costParameters()");
    }
    Row r = rows.row(0);
    double[] lh = bounds(r, "low", "high", parameterId);
    String name = r.getString("measure").replace('_', ' ');
    String source = parameterId + ": " + r.getString("source_title");
    return new CostInput(name, lh[0], lh[1], r.getString("unit"), Shape.UNIFORM, (lh[0] + lh[1]) / 2, source);
  }

  /**
   * Returns the factor of one row of the claims ledger ({@code claims.csv}: {@code value_low},
   * {@code value_high}), uniform on that range: a paper's own input, e.g. the essay's
   * {@code russia-essay.russia.removed-110000-devices}.
   *
   * @throws IllegalArgumentException when no claim has that id (the message suggests the nearest) or it
   *     has no value
   */
  public static CostInput fromClaim(String claimId) {
    Checks.notNull(claimId, "claimId");
    Table t = CuratedTable.load("claims").table();
    Table rows = t.where(t.stringColumn("claim_id").isEqualTo(claimId));
    if (rows.rowCount() != 1) {
      throw Checks.unknown("claim id", "claimId", claimId, t.stringColumn("claim_id").asList(), "claims.csv");
    }
    Row r = rows.row(0);
    double[] lh = bounds(r, "value_low", "value_high", claimId);
    return new CostInput(r.getString("about"), lh[0], lh[1], r.getString("unit"), Shape.UNIFORM, (lh[0] + lh[1]) / 2,
        claimId + ": " + r.getString("citation"));
  }

  private static double[] bounds(Row r, String lowCol, String highCol, String id) {
    boolean hasLow = !r.isMissing(lowCol);
    boolean hasHigh = !r.isMissing(highCol);
    if (!hasLow && !hasHigh) {
      throw new IllegalArgumentException("'" + id + "' gives no number (a critique or quote only); pick a row with "
          + lowCol + " or " + highCol + " (Monitor.costParameters() and claims.csv list them)");
    }
    double low = hasLow ? r.getDouble(lowCol) : r.getDouble(highCol);
    double high = hasHigh ? r.getDouble(highCol) : low;
    return new double[] {low, high};
  }

  /** Returns the same range drawn uniformly. */
  public CostInput uniform() {
    return new CostInput(name, low, high, unit, Shape.UNIFORM, (low + high) / 2, source);
  }

  /** Returns the same range drawn from a triangular distribution with mode at the midpoint. */
  public CostInput triangular() {
    return triangular((low + high) / 2);
  }

  /** Returns the same range drawn from a triangular distribution with the given mode, in {@code unit}. */
  public CostInput triangular(double mode) {
    return new CostInput(name, low, high, unit, Shape.TRIANGULAR, mode, source);
  }

  /** Returns the same range drawn log-uniformly (equal weight to each order of magnitude). */
  public CostInput logUniform() {
    return new CostInput(name, low, high, unit, Shape.LOG_UNIFORM, mode, source);
  }

  /** Returns the same factor under another name (for tables and charts). */
  public CostInput named(String newName) {
    return new CostInput(newName, low, high, unit, shape, mode, source);
  }

  /**
   * Returns the factor's central value, used as the base of the tornado: the midpoint (uniform), the
   * mode (triangular), the geometric mean √(low·high) (log-uniform).
   */
  public double central() {
    return switch (shape) {
      case UNIFORM -> (low + high) / 2;
      case TRIANGULAR -> mode;
      case LOG_UNIFORM -> Math.sqrt(low * high);
    };
  }

  /** Returns one draw from the factor's distribution. */
  double draw(SplittableRandom r) {
    if (low == high) {
      return low;
    }
    double u = r.nextDouble();
    return switch (shape) {
      case UNIFORM -> low + u * (high - low);
      case TRIANGULAR -> {
        double width = high - low;
        double f = (mode - low) / width;
        yield u < f ? low + Math.sqrt(u * width * (mode - low)) : high - Math.sqrt((1 - u) * width * (high - mode));
      }
      case LOG_UNIFORM -> low * Math.exp(u * Math.log(high / low));
    };
  }

  @Override
  public String toString() {
    return name + " " + fmt(low) + (low == high ? "" : "–" + fmt(high)) + " " + unit + " (" + shape.name().toLowerCase(java.util.Locale.ROOT)
        + "; " + source + ")";
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(java.util.Locale.ROOT, "%,d", (long) v) : String.format(java.util.Locale.ROOT, "%,.4g", v);
  }
}
