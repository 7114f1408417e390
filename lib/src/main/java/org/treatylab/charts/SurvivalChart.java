package org.treatylab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.treatylab.analysis.survival.CoxModel;
import org.treatylab.analysis.survival.KaplanMeier;
import org.treatylab.base.Checks;

/**
 * Charts of event-history results ({@code org.treatylab.analysis.survival}): Kaplan–Meier step curves
 * with their confidence bands and a number-at-risk table under the plot, and a forest plot of a Cox
 * model's hazard ratios. The data are whatever the caller fitted (e.g. time to ratification from the
 * treaty datasets).
 */
public final class SurvivalChart {
  /** Number of times in the number-at-risk table. */
  private static final int RISK_TABLE_TIMES = 6;
  /** Height of one number-at-risk row, in units of survival probability. */
  private static final double RISK_ROW = 0.07;

  private SurvivalChart() {}

  /**
   * Kaplan–Meier curves as steps, each with its pointwise confidence band (translucent), and below the
   * plot the number at risk of each curve (rows in legend order) at six evenly spaced times.
   *
   * @param km the fitted curves (at least one with a time)
   * @param title the chart's title
   * @param timeAxis the time axis title, with its unit ("years since opening for signature")
   */
  public static XYChart kaplanMeier(KaplanMeier km, String title, String timeAxis) {
    Checks.notNull(km, "km");
    Checks.notNull(title, "title");
    Checks.notNull(timeAxis, "timeAxis");
    double tMax = 0;
    for (KaplanMeier.Curve c : km.curves()) {
      double[] t = c.times();
      tMax = t.length == 0 ? tMax : Math.max(tMax, t[t.length - 1]);
    }
    if (!(tMax > 0)) {
      throw new IllegalArgumentException("km has no time after 0 in any curve; pass curves with follow-up time");
    }
    XYChart chart = HouseStyle.xy(title, timeAxis, "survival (not yet)");
    int rowsBelow = km.curves().size() + 1;
    double yMin = -RISK_ROW * rowsBelow;
    XYStyler style = chart.getStyler();
    style.setYAxisMin(yMin);
    style.setYAxisMax(1.0);
    style.setXAxisMin(0.0);
    style.setXAxisMax(tMax);
    chart.getStyler().setyAxisTickLabelsFormattingFunction(v -> v < -1e-9 ? " " : String.format(Locale.ROOT, "%.1f", v));
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
    int colour = 0;
    for (KaplanMeier.Curve c : km.curves()) {
      Color line = HouseStyle.PALETTE[colour % HouseStyle.PALETTE.length];
      double[][] band = band(c, tMax);
      if (band[0].length > 0) {
        XYSeries b = chart.addSeries(c.label() + " band", band[0], band[1]);
        b.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        b.setFillColor(new Color(line.getRed(), line.getGreen(), line.getBlue(), 50));
        b.setLineColor(new Color(0, 0, 0, 0));
        b.setMarker(SeriesMarkers.NONE);
        b.setShowInLegend(false);
      }
      double[][] steps = steps(c.times(), c.survival(), tMax);
      XYSeries s = chart.addSeries(c.label(), steps[0], steps[1]);
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      s.setLineColor(line);
      s.setLineStyle(new BasicStroke(2f));
      s.setMarker(SeriesMarkers.NONE);
      colour++;
    }
    // the number-at-risk table: a header row, then one row per curve
    chart.addAnnotation(new AnnotationText("number at risk", tMax * 0.01, -RISK_ROW * 0.5, false));
    for (int k = 0; k < RISK_TABLE_TIMES; k++) {
      double t = tMax * k / (RISK_TABLE_TIMES - 1);
      double x = Math.min(Math.max(t, tMax * 0.04), tMax * 0.97); // keep the text inside the plot
      for (int c = 0; c < km.curves().size(); c++) {
        int n = km.curves().get(c).atRiskAt(t);
        chart.addAnnotation(new AnnotationText(Integer.toString(n), x, -RISK_ROW * (c + 1.5), false));
      }
    }
    AnnotationLine zero = new AnnotationLine(0, false, false);
    chart.addAnnotation(zero);
    return chart;
  }

  /** A step function through (0, 1), (t_k, s_k), extended to {@code tMax}. */
  private static double[][] steps(double[] times, double[] values, double tMax) {
    List<double[]> pts = new ArrayList<>();
    double last = 1;
    pts.add(new double[] {0, 1});
    for (int k = 0; k < times.length; k++) {
      if (Double.isNaN(values[k])) {
        break;
      }
      pts.add(new double[] {times[k], last});
      pts.add(new double[] {times[k], values[k]});
      last = values[k];
    }
    pts.add(new double[] {times.length == 0 ? tMax : Math.max(times[times.length - 1], 0), last});
    return columns(pts);
  }

  /** The band as a polygon: the upper steps forward, the lower steps back (up to the last defined limit). */
  private static double[][] band(KaplanMeier.Curve c, double tMax) {
    double[] times = c.times();
    double[] lo = c.lower();
    double[] hi = c.upper();
    int m = 0;
    while (m < times.length && !Double.isNaN(lo[m]) && !Double.isNaN(hi[m])) {
      m++;
    }
    if (m == 0) {
      return new double[][] {{}, {}};
    }
    double[][] upper = steps(java.util.Arrays.copyOf(times, m), java.util.Arrays.copyOf(hi, m), tMax);
    double[][] lower = steps(java.util.Arrays.copyOf(times, m), java.util.Arrays.copyOf(lo, m), tMax);
    List<double[]> pts = new ArrayList<>();
    for (int k = 0; k < upper[0].length; k++) {
      pts.add(new double[] {upper[0][k], upper[1][k]});
    }
    for (int k = lower[0].length - 1; k >= 0; k--) {
      pts.add(new double[] {lower[0][k], lower[1][k]});
    }
    return columns(pts);
  }

  private static double[][] columns(List<double[]> pts) {
    double[][] out = new double[2][pts.size()];
    for (int k = 0; k < pts.size(); k++) {
      out[0][k] = pts.get(k)[0];
      out[1][k] = pts.get(k)[1];
    }
    return out;
  }

  /**
   * A forest plot of a Cox model: one row per covariate (first at the top), its hazard ratio as a square
   * and its confidence interval as a line, labelled "name HR (lower–upper)", on a logarithmic axis (the
   * axis carries log HR, its labels show HR) with a dashed line at 1 (no effect).
   *
   * @param model the fitted model
   * @param title the chart's title
   */
  public static XYChart forest(CoxModel model, String title) {
    Checks.notNull(model, "model");
    Checks.notNull(title, "title");
    List<String> names = model.covariates();
    double[] hr = model.hazardRatios();
    double[] lo = model.lower();
    double[] hi = model.upper();
    int p = names.size();
    XYChart chart = HouseStyle.xy(title, "hazard ratio (log scale)", "");
    XYStyler style = chart.getStyler();
    style.setLegendVisible(false);
    style.setYAxisMin(0.4);
    style.setYAxisMax(p + 0.6);
    style.setYAxisTicksVisible(false);
    style.setxAxisTickLabelsFormattingFunction(v -> String.format(Locale.ROOT, "%.3g", Math.exp(v)));
    style.setMarkerSize(9);
    double min = 0;
    double max = 0;
    for (int j = 0; j < p; j++) {
      if (!(lo[j] > 0) || !Double.isFinite(hi[j])) {
        throw new IllegalArgumentException("the interval of covariate '" + names.get(j) + "' is (" + lo[j] + ", " + hi[j]
            + "); a forest plot needs finite positive limits: refit without it");
      }
      min = Math.min(min, Math.log(lo[j]));
      max = Math.max(max, Math.log(hi[j]));
      double y = p - j;
      Color colour = HouseStyle.PALETTE[0];
      XYSeries ci = chart.addSeries(names.get(j) + " interval", new double[] {Math.log(lo[j]), Math.log(hi[j])},
          new double[] {y, y});
      ci.setLineColor(colour);
      ci.setLineStyle(new BasicStroke(2f));
      ci.setMarker(SeriesMarkers.NONE);
      XYSeries dot = chart.addSeries(names.get(j), new double[] {Math.log(hr[j])}, new double[] {y});
      dot.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      dot.setMarker(SeriesMarkers.SQUARE);
      dot.setMarkerColor(colour);
      chart.addAnnotation(new AnnotationText(String.format(Locale.ROOT, "%s  %.3g (%.3g–%.3g)", names.get(j), hr[j], lo[j],
          hi[j]), Math.log(hr[j]), y + 0.25, false));
    }
    double pad = (max - min) * 0.08 + 1e-3;
    style.setXAxisMin(min - pad);
    style.setXAxisMax(max + pad);
    chart.addAnnotation(new AnnotationLine(0, true, false));
    return chart;
  }
}
