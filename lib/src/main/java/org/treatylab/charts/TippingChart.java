package org.treatylab.charts;

import org.treatylab.base.Checks;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.treatylab.analysis.adoption.CumulativeSeries;
import org.treatylab.analysis.adoption.Tipping;

/**
 * A cumulative series with its tipping points marked: a dashed vertical line at each date, labelled with
 * the method, the date and the share of states then (see {@link Tipping}).
 */
public final class TippingChart {
  private TippingChart() {}

  /** Returns the series (years since its origin) with the tipping points marked. */
  public static XYChart of(CumulativeSeries series, Tipping.TippingPoint... points) {
    Checks.notNull(series, "series");
    Checks.notNull(points, "points");
    if (series.size() == 0) {
      throw new IllegalArgumentException("series '" + series.name() + "' has no points; pass a series with points, e.g. "
          + "AdoptionCurve.of(treaty).byMonth().series()");
    }
    for (int i = 0; i < points.length; i++) {
      Checks.notNull(points[i], "points[" + i + "]");
    }
    XYChart chart = HouseStyle.xy(series.name() + ": where growth speeds up",
        "years since " + series.origin(), "count");
    chart.getStyler().setYAxisMin(0.0);
    double[] x = series.size() == 0 ? new double[] {0} : series.years();
    double[] y = series.size() == 0 ? new double[] {0} : series.values();
    XYSeries s = chart.addSeries(series.name(), x, y);
    s.setMarker(SeriesMarkers.NONE);
    double top = java.util.Arrays.stream(y).max().orElse(1);
    int i = 0;
    for (Tipping.TippingPoint p : points) {
      chart.addAnnotation(new AnnotationLine(p.yearsSinceOrigin(), true, false));
      String share = Double.isNaN(p.share()) ? "" : String.format(java.util.Locale.ROOT, ", %.0f %% of states", 100 * p.share());
      String label = (p.method().startsWith("two-segment") ? "slope change" : "peak rate") + ": " + p.date() + share;
      chart.addAnnotation(new AnnotationText(label, p.yearsSinceOrigin(), top * (0.95 - 0.08 * i++), false));
    }
    return chart;
  }
}
