package org.treatylab.analysis.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.treatylab.base.Checks;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Kaplan–Meier estimates of the survival function, with Greenwood standard errors, pointwise confidence
 * intervals and median survival times, as R's {@code survival::survfit} computes them (defaults: 95 %,
 * {@code conf.type = "log"}). Right-censored and counting-process {@code (start, stop]} data (risk set at
 * {@code t}: rows with {@code start < t ≤ stop}); one curve, or one per group.
 *
 * <p>The data are the caller's {@link SurvivalData}. Each curve lists every distinct time of the group
 * (events and censorings), as R does.
 */
public final class KaplanMeier {
  /** How the pointwise confidence interval is formed from the Greenwood variance (R's {@code conf.type}). */
  public enum ConfidenceType {
    /** On log S: {@code exp(log S ± z·se)}, capped at 1 (R's default). */
    LOG,
    /** On log(−log S), never outside (0, 1); undefined where S is 0 or 1. */
    LOG_LOG,
    /** On S itself: {@code S ± z·S·se}, clipped to [0, 1]. */
    PLAIN
  }

  private final List<Curve> curves;
  private final ConfidenceType type;
  private final double level;
  private final String group;

  private KaplanMeier(List<Curve> curves, ConfidenceType type, double level, String group) {
    this.curves = List.copyOf(curves);
    this.type = type;
    this.level = level;
    this.group = group;
  }

  /** One curve for all rows, 95 % log intervals. */
  public static KaplanMeier fit(SurvivalData data) {
    return fit(data, null, ConfidenceType.LOG, 0.95);
  }

  /**
   * One curve per value of {@code group} (a factor or covariate of the data), 95 % log intervals.
   * Curves are labelled "group=value", in sorted order of the values.
   */
  public static KaplanMeier fit(SurvivalData data, String group) {
    Checks.notNull(group, "group");
    return fit(data, group, ConfidenceType.LOG, 0.95);
  }

  /**
   * Kaplan–Meier curves.
   *
   * @param data the survival data
   * @param group a factor or covariate whose values define the curves, or null for one curve
   * @param type how confidence intervals are formed
   * @param level the confidence level, between 0 and 1 (e.g. 0.95)
   */
  public static KaplanMeier fit(SurvivalData data, String group, ConfidenceType type, double level) {
    Checks.notNull(data, "data");
    Checks.notNull(type, "type");
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level is " + level + "; pass a confidence level between 0 and 1 (e.g. 0.95)");
    }
    double z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - level) / 2);
    List<Curve> curves = new ArrayList<>();
    if (group == null) {
      int[] all = new int[data.rows()];
      Arrays.setAll(all, i -> i);
      curves.add(Curve.of("all", data, all, type, z));
    } else {
      SurvivalData.Codes codes = SurvivalData.Codes.of(data.labels(group, "group"));
      for (int g = 0; g < codes.levels.size(); g++) {
        final int level0 = g;
        int[] rows = java.util.stream.IntStream.range(0, data.rows()).filter(i -> codes.codes[i] == level0).toArray();
        curves.add(Curve.of(group + "=" + codes.levels.get(g), data, rows, type, z));
      }
    }
    return new KaplanMeier(curves, type, level, group);
  }

  /** The curves, one per group (or one, "all"). */
  public List<Curve> curves() {
    return curves;
  }

  /** The curve of a label ("all", or "group=value" as {@link #curves()} names them). */
  public Curve curve(String label) {
    Checks.notNull(label, "label");
    for (Curve c : curves) {
      if (c.label.equals(label)) {
        return c;
      }
    }
    throw Checks.unknown("curve", "label", label, curves.stream().map(Curve::label).toList(), null);
  }

  /** The confidence interval type. */
  public ConfidenceType confidenceType() {
    return type;
  }

  /** The confidence level. */
  public double level() {
    return level;
  }

  /**
   * All curves as one table: curve, time, at risk, events, censored, survival, std error (of S), lower,
   * upper.
   */
  public Table table() {
    StringColumn label = StringColumn.create("curve");
    DoubleColumn time = DoubleColumn.create("time");
    IntColumn risk = IntColumn.create("at risk");
    IntColumn events = IntColumn.create("events");
    IntColumn censored = IntColumn.create("censored");
    DoubleColumn surv = DoubleColumn.create("survival");
    DoubleColumn se = DoubleColumn.create("std error");
    DoubleColumn lo = DoubleColumn.create("lower");
    DoubleColumn hi = DoubleColumn.create("upper");
    for (Curve c : curves) {
      for (int k = 0; k < c.time.length; k++) {
        label.append(c.label);
        time.append(c.time[k]);
        risk.append(c.atRisk[k]);
        events.append(c.events[k]);
        censored.append(c.censored[k]);
        surv.append(c.survival[k]);
        se.append(c.survival[k] * c.logSe[k]);
        lo.append(c.lower[k]);
        hi.append(c.upper[k]);
      }
    }
    return Table.create("Kaplan–Meier" + (group == null ? "" : " by " + group), label, time, risk, events, censored,
        surv, se, lo, hi);
  }

  /**
   * Text as R's {@code print(survfit)} gives it: per curve n, events, median and its confidence
   * interval ("NA" where the curve does not reach it).
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Kaplan–Meier (%s %.0f%% intervals)\n",
        type.name().toLowerCase(Locale.ROOT).replace('_', '-'), level * 100));
    s.append(String.format(Locale.ROOT, "%-24s %6s %6s %9s %9s %9s\n", "curve", "n", "events", "median", "lower", "upper"));
    for (Curve c : curves) {
      s.append(String.format(Locale.ROOT, "%-24s %6d %6d %9s %9s %9s\n", c.label, c.n, c.totalEvents(), num(c.median()),
          num(c.medianLower()), num(c.medianUpper())));
    }
    return s.toString();
  }

  static String num(double v) {
    return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%.4g", v);
  }

  /** One Kaplan–Meier curve: the estimate at each distinct time of its rows. */
  public static final class Curve {
    /** R's tolerance for a curve exactly at a quantile ({@code sqrt(.Machine$double.eps)}). */
    private static final double QUANTILE_TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private final String label;
    private final int n;
    private final double[] time;
    private final int[] atRisk;
    private final int[] events;
    private final int[] censored;
    private final double[] survival;
    private final double[] logSe;
    private final double[] lower;
    private final double[] upper;

    private Curve(String label, int n, double[] time, int[] atRisk, int[] events, int[] censored, double[] survival,
        double[] logSe, double[] lower, double[] upper) {
      this.label = label;
      this.n = n;
      this.time = time;
      this.atRisk = atRisk;
      this.events = events;
      this.censored = censored;
      this.survival = survival;
      this.logSe = logSe;
      this.lower = lower;
      this.upper = upper;
    }

    static Curve of(String label, SurvivalData data, int[] rows, ConfidenceType type, double z) {
      double[] stops = new double[rows.length];
      double[] starts = new double[rows.length];
      for (int k = 0; k < rows.length; k++) {
        stops[k] = data.stop(rows[k]);
        starts[k] = data.isCountingProcess() ? data.start(rows[k]) : Double.NEGATIVE_INFINITY;
      }
      double[] sortedStops = stops.clone();
      double[] sortedStarts = starts.clone();
      Arrays.sort(sortedStops);
      Arrays.sort(sortedStarts);
      double[] times = Arrays.stream(stops).distinct().sorted().toArray();
      int m = times.length;
      int[] atRisk = new int[m];
      int[] events = new int[m];
      int[] censored = new int[m];
      for (int k = 0; k < rows.length; k++) {
        int t = Arrays.binarySearch(times, stops[k]);
        if (data.event(rows[k])) {
          events[t]++;
        } else {
          censored[t]++;
        }
      }
      double[] surv = new double[m];
      double[] logSe = new double[m];
      double[] lo = new double[m];
      double[] hi = new double[m];
      double s = 1;
      double greenwood = 0;
      for (int t = 0; t < m; t++) {
        // at risk at t: stop >= t minus start >= t (start < t <= stop)
        atRisk[t] = (rows.length - Sorted.lowerBound(sortedStops, times[t])) - (rows.length - Sorted.lowerBound(sortedStarts, times[t]));
        int d = events[t];
        int r = atRisk[t];
        if (d > 0) {
          s *= 1 - (double) d / r;
          greenwood = d < r ? greenwood + d / ((double) r * (r - d)) : Double.POSITIVE_INFINITY;
        }
        surv[t] = s;
        logSe[t] = Math.sqrt(greenwood);
        double[] ci = interval(s, logSe[t], type, z);
        lo[t] = ci[0];
        hi[t] = ci[1];
      }
      return new Curve(label, rows.length, times, atRisk, events, censored, surv, logSe, lo, hi);
    }

    private static double[] interval(double s, double se, ConfidenceType type, double z) {
      switch (type) {
        case LOG:
          if (s == 0) {
            return new double[] {Double.NaN, Double.NaN};
          }
          return new double[] {Math.exp(Math.log(s) - z * se), Math.min(1, Math.exp(Math.log(s) + z * se))};
        case LOG_LOG:
          if (s == 0 || s == 1) {
            return new double[] {Double.NaN, Double.NaN};
          }
          double ll = Math.log(-Math.log(s));
          double w = z * se / Math.log(s);
          return new double[] {Math.exp(-Math.exp(ll - w)), Math.exp(-Math.exp(ll + w))};
        default:
          if (Double.isInfinite(se)) {
            return new double[] {Double.NaN, Double.NaN};
          }
          return new double[] {Math.max(0, s - z * se * s), Math.min(1, s + z * se * s)};
      }
    }

    /** The curve's label: "all" or "group=value". */
    public String label() {
      return label;
    }

    /** Number of rows in the curve. */
    public int n() {
      return n;
    }

    /** Number of events in the curve. */
    public int totalEvents() {
      return Arrays.stream(events).sum();
    }

    /** The distinct times (events and censorings), ascending. */
    public double[] times() {
      return time.clone();
    }

    /** Number at risk at each time. */
    public int[] atRisk() {
      return atRisk.clone();
    }

    /** Number of events at each time. */
    public int[] events() {
      return events.clone();
    }

    /** Number censored at each time. */
    public int[] censored() {
      return censored.clone();
    }

    /** The Kaplan–Meier survival estimate just after each time. */
    public double[] survival() {
      return survival.clone();
    }

    /**
     * Greenwood standard error of the survival estimate at each time ({@code S·sqrt(Σ d/(n(n−d)))}, as
     * R's {@code summary(survfit)$std.err}); infinite where S has reached 0.
     */
    public double[] stdErr() {
      double[] se = new double[time.length];
      for (int k = 0; k < se.length; k++) {
        se[k] = survival[k] == 0 ? Double.NaN : survival[k] * logSe[k];
      }
      return se;
    }

    /** Greenwood standard error of −log S at each time (R's {@code survfit(...)$std.err}). */
    public double[] logStdErr() {
      return logSe.clone();
    }

    /** Lower confidence limit at each time (NaN where undefined, as R's NA). */
    public double[] lower() {
      return lower.clone();
    }

    /** Upper confidence limit at each time (NaN where undefined). */
    public double[] upper() {
      return upper.clone();
    }

    /** The survival estimate at time {@code t} (right-continuous step function; 1 before the first time). */
    public double survivalAt(double t) {
      if (Double.isNaN(t)) {
        throw new IllegalArgumentException("t is NaN; pass a time");
      }
      int k = Sorted.lowerBound(time, Math.nextUp(t)) - 1;
      return k < 0 ? 1 : survival[k];
    }

    /**
     * Number at risk just before time {@code t} (for a number-at-risk table): the curve's count at its
     * first time at or after {@code t}, 0 after the last time. Exact for right-censored data; for
     * counting-process data, rows that enter later are counted from their first time.
     */
    public int atRiskAt(double t) {
      if (Double.isNaN(t)) {
        throw new IllegalArgumentException("t is NaN; pass a time");
      }
      int k = Sorted.lowerBound(time, t);
      return k < time.length ? atRisk[k] : 0;
    }

    /** The median survival time, or NaN when the curve stays above 0.5 (R's NA). */
    public double median() {
      return quantile(survival, 0.5);
    }

    /** Lower confidence limit of the median: where the lower band reaches 0.5 (R's rule); NaN if never. */
    public double medianLower() {
      return quantile(lower, 0.5);
    }

    /** Upper confidence limit of the median: where the upper band reaches 0.5; NaN if never (R's NA). */
    public double medianUpper() {
      return quantile(upper, 0.5);
    }

    /**
     * The time at which the curve {@code curve} first falls to {@code 1 − p} or below, by R's
     * {@code quantile.survfit} rule: where the curve is flat at exactly {@code 1 − p} (within
     * {@link #QUANTILE_TOLERANCE}), the midpoint of that flat stretch.
     */
    private double quantile(double[] curve, double p) {
      // points (x, 1 - S): (0, 0) then each time; repeated levels keep their first time
      List<double[]> pts = new ArrayList<>();
      pts.add(new double[] {0, 0});
      double xmax = time.length == 0 ? 0 : time[time.length - 1];
      java.util.Set<Double> seen = new java.util.HashSet<>(List.of(0.0));
      for (int k = 0; k < time.length; k++) {
        double y = 1 - curve[k];
        if (seen.add(y)) {
          pts.add(new double[] {time[k], y});
        }
      }
      double max = Double.NEGATIVE_INFINITY;
      for (double[] q : pts) {
        if (!Double.isNaN(q[1])) {
          max = Math.max(max, q[1]);
        }
      }
      if (max < p) {
        return Double.NaN;
      }
      int i1 = firstAtLeast(pts, p, QUANTILE_TOLERANCE);
      int i2 = firstAtLeast(pts, p, -QUANTILE_TOLERANCE);
      double[] last = pts.get(pts.size() - 1);
      if (!Double.isNaN(last[1]) && Math.abs(p - last[1]) < QUANTILE_TOLERANCE && i1 >= 0) {
        return (pts.get(i1)[0] + xmax) / 2;
      }
      if (i1 < 0 || i2 < 0) {
        return Double.NaN;
      }
      return (pts.get(i1)[0] + pts.get(i2)[0]) / 2;
    }

    /** Index of the first point (by level) with level + shift ≥ p, or −1. */
    private static int firstAtLeast(List<double[]> pts, double p, double shift) {
      int best = -1;
      for (int k = 0; k < pts.size(); k++) {
        double y = pts.get(k)[1];
        if (!Double.isNaN(y) && y + shift >= p && (best < 0 || y < pts.get(best)[1])) {
          best = k;
        }
      }
      return best;
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s: n=%d, events=%d, median %s (%s, %s)\n", label, n,
          totalEvents(), num(median()), num(medianLower()), num(medianUpper())));
      s.append(String.format(Locale.ROOT, "%10s %7s %6s %9s %9s %9s %9s\n", "time", "n.risk", "events", "survival",
          "std.err", "lower", "upper"));
      double[] se = stdErr();
      for (int k = 0; k < time.length; k++) {
        if (events[k] > 0) {
          s.append(String.format(Locale.ROOT, "%10s %7d %6d %9.4f %9s %9s %9s\n", num(time[k]), atRisk[k], events[k],
              survival[k], fixed(se[k]), fixed(lower[k]), fixed(upper[k])));
        }
      }
      return s.toString();
    }

    private static String fixed(double v) {
      return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%.4f", v);
    }
  }
}
