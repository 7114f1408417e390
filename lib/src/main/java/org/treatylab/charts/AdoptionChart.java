package org.treatylab.charts;

import org.treatylab.base.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.treatylab.analysis.adoption.AdoptionCurve;
import org.treatylab.data.Treaty;
import org.treatylab.analysis.adoption.Thresholds;

/**
 * Step charts of adoption curves: several treaties on one time axis (years since each treaty's own
 * origin, or calendar years after {@link AdoptionCurve#inCalendarTime()}), as counts or as shares of
 * all states (after {@link AdoptionCurve#shares()}), as in Petrova (2019), Figures 1 and 2; with
 * threshold lines (15 %, one-third, half) annotated with the date each was crossed.
 *
 * <pre>{@code
 * AdoptionChart.of(mbtCurve);                                   // one curve, whole history
 * AdoptionChart.paired(mbtCurve, apiiCurve, 10);                // two treaties, first ten years
 * AdoptionChart.withThresholds(mbtCurve.shares(), 10);          // lines at 15 %, 1/3, 1/2
 * }</pre>
 */
public final class AdoptionChart {
  private AdoptionChart() {}

  /** Returns the default chart of one curve over its whole history. */
  public static XYChart of(AdoptionCurve curve) {
    Checks.notNull(curve, "curve");
    List<AdoptionCurve.Point> pts = curve.points();
    double span = pts.isEmpty() ? 1 : Math.max(1, pts.get(pts.size() - 1).yearsSinceOrigin());
    return of(curve.treaty().shortName() + ": " + curve.measure().label() + " since " + curve.originLabel(),
        Math.ceil(span), curve);
  }

  /**
   * Returns a chart of the curves over the first {@code years} years.
   *
   * @param title the chart title
   * @param years how many years since the origin to show: above 0
   * @param curves the curves, one series each, labelled with the treaty's short name: one or more
   * @throws IllegalArgumentException for no curve, or years 0, negative or NaN (an empty axis)
   */
  public static XYChart of(String title, double years, AdoptionCurve... curves) {
    Checks.notNull(title, "title");
    Checks.notNull(curves, "curves");
    if (curves.length == 0) {
      throw new IllegalArgumentException("curves is empty; pass one curve or more, e.g. AdoptionCurve.of(Treaties.mineBan())");
    }
    for (int i = 0; i < curves.length; i++) {
      Checks.notNull(curves[i], "curves[" + i + "]");
    }
    if (!(years > 0) || Double.isInfinite(years)) {
      throw new IllegalArgumentException("years is " + years + "; pass the number of years to show, above 0, e.g. 10");
    }
    AdoptionCurve first = curves.length > 0 ? curves[0] : null;
    boolean calendar = first != null && first.isCalendarTime();
    boolean share = first != null && first.isShareScale();
    String x = calendar ? "year" : "years since " + (first == null ? "origin" : first.originLabel());
    String y = first == null ? "count" : share ? "share of all states (" + first.denominatorLabel() + ")"
        : first.measure().label();
    XYChart chart = HouseStyle.xy(title, x, y);
    double x0 = calendar ? Arrays.stream(curves).mapToDouble(c -> calendarYear(c)).min().orElse(0) : 0;
    chart.getStyler().setXAxisMin(x0);
    chart.getStyler().setXAxisMax(x0 + years);
    chart.getStyler().setYAxisMin(0.0);
    if (calendar) {
      chart.getStyler().setXAxisDecimalPattern("0"); // years: 2025, not 2,025
    }
    if (share) {
      chart.getStyler().setYAxisMax(1.0);
      chart.getStyler().setYAxisDecimalPattern("0%");
    }
    java.util.Set<java.time.LocalDate> marked = new java.util.HashSet<>();
    for (AdoptionCurve c : curves) {
      double[][] xy = stepPoints(c, years);
      XYSeries s = chart.addSeries(uniqueName(chart, c.treaty().shortName()), xy[0], xy[1]);
      s.setMarker(SeriesMarkers.NONE);
      // a young treaty's curve stops at the data's status date; say so where it stops, once per date
      java.time.LocalDate status = c.treaty().statusDate();
      double statusX = xOf(c, status);
      double offset = c.isCalendarTime() ? calendarYear(c) : 0;
      if (statusX < offset + years && marked.add(status)) {
        chart.addAnnotation(new AnnotationLine(statusX, true, false));
        double top = share ? 0.95 : maxValue(curves) * 0.95;
        chart.addAnnotation(new AnnotationText("data end " + status, statusX - years * 0.11, top, false));
      }
    }
    return chart;
  }

  /** Returns two treaties side by side on one axis (years since each one's origin). */
  public static XYChart paired(AdoptionCurve a, AdoptionCurve b, double years) {
    Checks.notNull(a, "a");
    Checks.notNull(b, "b");
    // the measure is on the y axis; a short title fits the chart's width
    XYChart chart = of(a.treaty().shortName() + " vs " + b.treaty().shortName(), years, a, b);
    if (a.isShareScale()) {
      // the thresholds the paper discusses: Petrova's 15 % and Finnemore and Sikkink's one-third
      for (double s : new double[] {0.15, 1.0 / 3}) {
        chart.addAnnotation(new AnnotationLine(s, false, false));
        chart.addAnnotation(new AnnotationText(Thresholds.shareLabel(s), years * 0.93, s + 0.025, false));
      }
    }
    return chart;
  }

  /** Returns the curve as shares with lines at 15 %, one-third and one-half, each annotated with its date. */
  public static XYChart withThresholds(AdoptionCurve curve, double years) {
    return withThresholds(curve, years, Thresholds.PAPER_SHARES);
  }

  /**
   * Returns the curve as shares of all states, with a dashed horizontal line at each threshold and a
   * label with the date it was first reached (see {@link Thresholds#firstShare}).
   *
   * @param years how many years since the origin to show
   * @param shares thresholds as fractions, e.g. 0.15
   */
  public static XYChart withThresholds(AdoptionCurve curve, double years, double... shares) {
    Checks.notNull(curve, "curve");
    Checks.notNull(shares, "shares");
    AdoptionCurve c = curve.shares();
    XYChart chart = of(c.treaty().shortName() + ": share of states (" + c.measure().label() + ")", years, c);
    for (double s : shares) {
      chart.addAnnotation(new AnnotationLine(s, false, false));
      Optional<Thresholds.Crossing> hit = Thresholds.firstShare(c, s);
      String label = Thresholds.shareLabel(s) + hit.map(h -> ": " + h.date()).orElse(": not reached");
      double x = hit.map(h -> xOf(c, h.date())).orElse(years * 0.8);
      chart.addAnnotation(new AnnotationText(label, Math.min(x + years * 0.12, years * 0.88), s + 0.03, false));
      hit.ifPresent(h -> chart.addAnnotation(new AnnotationLine(xOf(c, h.date()), true, false)));
    }
    return chart;
  }


  /**
   * Returns a treaty's parties (net of withdrawals) in calendar time from {@code fromYear} to
   * {@code through}, with each withdrawal the depositary records by then marked at its effective date
   * (or, when pending at {@code through}, at its notification), labelled with the states' ISO3 codes.
   * Data: {@code treaty_participation.csv}.
   *
   * @param fromYear from the treaty's adoption year to {@code through}'s year
   * @param through not after the treaty's status date
   */
  public static XYChart withWithdrawals(Treaty treaty, int fromYear, java.time.LocalDate through) {
    Checks.notNull(treaty, "treaty");
    treaty.requireKnown(through, "through");
    if (fromYear > through.getYear() || fromYear < treaty.adopted().getYear()) {
      throw new IllegalArgumentException("fromYear is " + fromYear + "; pass a year from " + treaty.adopted().getYear()
          + " (the " + treaty.shortName() + "'s adoption) to " + through.getYear() + " (through " + through + ")");
    }
    AdoptionCurve c = AdoptionCurve.of(treaty).parties().inCalendarTime().through(through);
    java.time.LocalDate from = java.time.LocalDate.of(fromYear, 1, 1);
    double span = xOf(c, through) - fromYear + 0.5;
    double x0 = calendarYear(c);
    XYChart chart = of(treaty.shortName() + ": parties since " + fromYear + ", withdrawals marked",
        fromYear - x0 + span, c);
    chart.getStyler().setXAxisMin((double) fromYear);
    int low = c.points().stream().filter(p -> !p.date().isBefore(from)).mapToInt(AdoptionCurve.Point::count).min()
        .orElse(0);
    int high = c.points().stream().mapToInt(AdoptionCurve.Point::count).max().orElse(1);
    chart.getStyler().setYAxisMin((double) Math.max(0, low - 10));
    chart.getStyler().setYAxisMax((double) high + 4);
    java.util.Map<String, java.util.List<String>> marks = new java.util.TreeMap<>();
    for (org.treatylab.data.Participant p : treaty.participants()) {
      if (p.withdrawalNotified() == null || p.withdrawalNotified().isAfter(through)) {
        continue;
      }
      boolean pending = p.withdrawalEffective() != null && p.withdrawalEffective().isAfter(through);
      java.time.LocalDate d = pending || p.withdrawalEffective() == null ? p.withdrawalNotified() : p.withdrawalEffective();
      marks.computeIfAbsent(d + (pending ? " notified (pending)" : " effective"), k -> new java.util.ArrayList<>()).add(p.iso3());
    }
    int i = 0;
    for (java.util.Map.Entry<String, java.util.List<String>> m : marks.entrySet()) {
      double x = xOf(c, java.time.LocalDate.parse(m.getKey().substring(0, 10)));
      chart.addAnnotation(new AnnotationLine(x, true, false));
      chart.addAnnotation(new AnnotationText(String.join(" ", m.getValue()) + ": " + m.getKey(), x - span * 0.2,
          low - 8 + 2.5 * i++, false));
    }
    return chart;
  }

  private static double xOf(AdoptionCurve c, java.time.LocalDate d) {
    double days = java.time.temporal.ChronoUnit.DAYS.between(c.originDate(), d);
    return c.isCalendarTime() ? calendarYear(c) + days / 365.25 : days / 365.25;
  }

  private static double calendarYear(AdoptionCurve c) {
    java.time.LocalDate d = c.originDate();
    return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
  }

  private static String uniqueName(XYChart chart, String name) {
    String n = name;
    for (int i = 2; chart.getSeriesMap().containsKey(n); i++) {
      n = name + " (" + i + ")";
    }
    return n;
  }

  private static String fmt(double years) {
    return years == Math.rint(years) ? String.valueOf((long) years) : String.valueOf(years);
  }

  private static double maxValue(AdoptionCurve... curves) {
    double max = 1;
    for (AdoptionCurve c : curves) {
      for (AdoptionCurve.Point p : c.points()) {
        max = Math.max(max, c.isShareScale() ? p.share() : p.count());
      }
    }
    return max;
  }

  /**
   * Returns x and y arrays that draw a step function: flat until each point, then up (or down); flat to
   * {@code years}, or to the treaty's status date when that comes first (the data say nothing later).
   */
  static double[][] stepPoints(AdoptionCurve curve, double years) {
    List<AdoptionCurve.Point> pts = curve.points();
    double offset = curve.isCalendarTime() ? calendarYear(curve) : 0;
    List<double[]> xy = new ArrayList<>();
    xy.add(new double[] {offset, 0});
    double last = 0;
    for (AdoptionCurve.Point p : pts) {
      double t = Math.max(0, p.yearsSinceOrigin());
      if (t > years) {
        break;
      }
      double v = curve.isShareScale() ? p.share() : p.count();
      xy.add(new double[] {offset + t, last});
      xy.add(new double[] {offset + t, v});
      last = v;
    }
    double end = Math.min(years, Math.max(0, xOf(curve, curve.treaty().statusDate()) - offset));
    xy.add(new double[] {offset + end, last});
    return new double[][] {
      xy.stream().mapToDouble(a -> a[0]).toArray(), xy.stream().mapToDouble(a -> a[1]).toArray()
    };
  }
}
