package org.treatylab.analysis.adoption;

import org.treatylab.base.Checks;
import org.treatylab.base.Tables;
import java.time.LocalDate;
import tech.tablesaw.api.Table;

/**
 * Where a cumulative series starts to grow faster: the "tipping point" of a ratification curve or of
 * the early-support event series. Two definitions, both reported with the date and the share of states
 * at that date:
 *
 * <ul>
 *   <li>{@link #slopeChange(CumulativeSeries)}: a two-segment linear fit (ordinary least squares on each side of
 *       a breakpoint that belongs to both segments); the breakpoint with the smallest total squared error
 *       among those where the second slope is steeper. Reports both slopes (units per year).
 *   <li>{@link #peakRate(CumulativeSeries, int)}: the rate between consecutive points, {@code r_i = (v_i -
 *       v_{i-1}) / (t_i - t_{i-1})} per year, smoothed by a centred moving average over {@code window}
 *       points; the first date of its maximum. Reports the mean rate from the start to that date and the
 *       smoothed peak rate.
 * </ul>
 *
 * <p>The first is the "change in slope" of threshold models (Granovetter 1978; Finnemore and Sikkink
 * 1998 on norm cascades); the second is the inflection of a logistic or Bass curve when the series is
 * smooth (see {@link Diffusion}).
 *
 * <pre>{@code
 * CumulativeSeries s = AdoptionCurve.of(Treaties.mineBan()).sinceOpening().byMonth().firstYears(5).series();
 * Tipping.slopeChange(s);   // date, share of states then, slopes before and after
 * Tipping.peakRate(s, 3);
 * }</pre>
 */
public final class Tipping {
  private Tipping() {}

  /**
   * A tipping point.
   *
   * @param series the series' name
   * @param method how it was found, in words
   * @param date the date
   * @param yearsSinceOrigin years since the series' origin
   * @param value the series' value at the date
   * @param share the share of all states at the date (NaN when the series has none)
   * @param rateBefore growth per year before the date (see the method)
   * @param rateAfter growth per year after the date (see the method)
   */
  public record TippingPoint(String series, String method, LocalDate date, double yearsSinceOrigin, double value,
      double share, double rateBefore, double rateAfter) {
    /** Returns this result as a one-row table. */
    public Table table() {
      return Tables.of(series + ": tipping point", java.util.List.of(this))
          .text("method", TippingPoint::method)
          .date("date", TippingPoint::date)
          .number("years_since_origin", "years", TippingPoint::yearsSinceOrigin)
          .number("value", TippingPoint::value)
          .number("share", "fraction of the states (0 to 1)", TippingPoint::share)
          .number("rate_before_per_year", TippingPoint::rateBefore)
          .number("rate_after_per_year", TippingPoint::rateAfter)
          .build();
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%s, %s: %s (%.2f years), value %.4g, share %s, rate %.3g/yr before, %.3g/yr after",
          series, method, date, yearsSinceOrigin, value,
          Double.isNaN(share) ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f %%", 100 * share), rateBefore, rateAfter);
    }
  }

  /** Returns the rate per year between consecutive points; the first is NaN, as is any with no time between. */
  public static double[] rates(CumulativeSeries s) {
    Checks.notNull(s, "s");
    double[] r = new double[s.size()];
    if (r.length > 0) {
      r[0] = Double.NaN;
    }
    double[] years = s.years();
    double[] values = s.values();
    for (int i = 1; i < r.length; i++) {
      double dt = years[i] - years[i - 1];
      r[i] = dt > 0 ? (values[i] - values[i - 1]) / dt : Double.NaN;
    }
    return r;
  }

  /** Returns the centred moving average of {@code x} over {@code window} points (NaNs skipped; ends truncated). */
  public static double[] smooth(double[] x, int window) {
    Checks.notNull(x, "x");
    Checks.atLeast(window, "window", 1, "3");
    int half = window / 2;
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double sum = 0;
      int n = 0;
      for (int j = Math.max(0, i - half); j <= Math.min(x.length - 1, i + (window - 1 - half)); j++) {
        if (!Double.isNaN(x[j])) {
          sum += x[j];
          n++;
        }
      }
      out[i] = n == 0 ? Double.NaN : sum / n;
    }
    return out;
  }

  /** Returns {@link #peakRate(CumulativeSeries, int)} with a three-point window. */
  public static TippingPoint peakRate(CumulativeSeries s) {
    return peakRate(s, 3);
  }

  /**
   * Returns the first date of the peak of the smoothed rate.
   *
   * @param window points in the centred moving average (1 = no smoothing), at most the series' points
   */
  public static TippingPoint peakRate(CumulativeSeries s, int window) {
    Checks.notNull(s, "s");
    Checks.atLeast(window, "window", 1, "3");
    if (window > s.size() && s.size() > 1) {
      throw new IllegalArgumentException("window is " + window + "; pass 1 to " + s.size() + " (the points of "
          + s.name() + ")");
    }
    double[] sm = smooth(rates(s), window);
    int best = -1;
    for (int i = 1; i < sm.length; i++) {
      if (!Double.isNaN(sm[i]) && (best < 0 || sm[i] > sm[best] + 1e-12)) {
        best = i;
      }
    }
    if (best < 0) {
      throw new IllegalArgumentException(s.name() + ": need at least two points at different times");
    }
    double dt = s.years()[best] - s.years()[0];
    double before = dt > 0 ? (s.values()[best] - s.values()[0]) / dt : Double.NaN;
    return point(s, "peak of the " + window + "-point smoothed rate", best, before, sm[best]);
  }

  /** Returns {@link #slopeChange(CumulativeSeries, int)} with at least three points per segment. */
  public static TippingPoint slopeChange(CumulativeSeries s) {
    return slopeChange(s, 3);
  }

  /**
   * Returns the breakpoint of the best two-segment linear fit where growth speeds up.
   *
   * @param minPoints the fewest points in each segment (the breakpoint counts in both), 2 or more
   * @throws IllegalArgumentException when the series is too short for {@code minPoints} or never speeds up
   */
  public static TippingPoint slopeChange(CumulativeSeries s, int minPoints) {
    Checks.notNull(s, "s");
    Checks.atLeast(minPoints, "minPoints", 2, "3");
    int n = s.size();
    if (n < 2 * minPoints - 1) {
      throw new IllegalArgumentException(s.name() + " has " + n + " points; two segments of minPoints " + minPoints
          + " need " + (2 * minPoints - 1) + "; pass a longer series or a smaller minPoints");
    }
    double[] t = s.years();
    double[] v = s.values();
    int best = -1;
    double bestSse = Double.POSITIVE_INFINITY;
    double[] bestSlopes = null;
    for (int k = minPoints - 1; k <= n - minPoints; k++) {
      double[] a = ols(t, v, 0, k);
      double[] b = ols(t, v, k, n - 1);
      if (b[1] <= a[1]) {
        continue;
      }
      double sse = a[2] + b[2];
      if (sse < bestSse - 1e-9) {
        bestSse = sse;
        best = k;
        bestSlopes = new double[] {a[1], b[1]};
      }
    }
    if (best < 0) {
      throw new IllegalArgumentException(s.name() + ": no breakpoint where growth speeds up (" + n + " points)");
    }
    return point(s, "two-segment fit, change in slope", best, bestSlopes[0], bestSlopes[1]);
  }

  /** Returns the rates and smoothed rates as a table: date, years since origin, value, share, rate, smoothed. */
  public static Table table(CumulativeSeries s, int window) {
    Checks.notNull(s, "s");
    double[] r = rates(s);
    double[] smoothed = smooth(r, window);
    double[] years = s.years();
    double[] values = s.values();
    double[] shares = s.shares();
    return Tables.rows(s.name() + ": growth rate per year", s.size())
        .date("date", s.dates()::get)
        .number("years_since_origin", "years", i -> years[i])
        .number("value", i -> values[i])
        .number("share", "fraction of the states (0 to 1)", i -> shares[i])
        .number("rate_per_year", i -> r[i])
        .number("smoothed_rate_per_year", i -> smoothed[i])
        .build();
  }

  private static TippingPoint point(CumulativeSeries s, String method, int i, double before, double after) {
    return new TippingPoint(s.name(), method, s.dates().get(i), s.years()[i], s.values()[i], s.shares()[i],
        before, after);
  }

  /** Returns {intercept, slope, sum of squared errors} of the OLS line through points from..to inclusive. */
  private static double[] ols(double[] t, double[] v, int from, int to) {
    int n = to - from + 1;
    double mt = 0;
    double mv = 0;
    for (int i = from; i <= to; i++) {
      mt += t[i];
      mv += v[i];
    }
    mt /= n;
    mv /= n;
    double sxy = 0;
    double sxx = 0;
    for (int i = from; i <= to; i++) {
      sxy += (t[i] - mt) * (v[i] - mv);
      sxx += (t[i] - mt) * (t[i] - mt);
    }
    double slope = sxx > 0 ? sxy / sxx : 0;
    double icpt = mv - slope * mt;
    double sse = 0;
    for (int i = from; i <= to; i++) {
      double e = v[i] - icpt - slope * t[i];
      sse += e * e;
    }
    return new double[] {icpt, slope, sse};
  }
}
