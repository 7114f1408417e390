package org.treatylab.charts;

import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.treatylab.analysis.AdoptionCurve;

/**
 * Step charts of adoption curves, several treaties on one time axis (years since each treaty's own
 * origin), as in Petrova (2019), Figures 1 and 2.
 */
public final class AdoptionChart {
  private AdoptionChart() {}

  /**
   * Returns a chart of the curves over the first {@code years} years.
   *
   * @param title the chart title
   * @param years how many years since the origin to show
   * @param curves the curves, one series each, labelled with the treaty's short name
   */
  public static XYChart of(String title, double years, AdoptionCurve... curves) {
    String origin = curves.length > 0 ? curves[0].originLabel() : "origin";
    XYChart chart =
        new XYChartBuilder()
            .width(HouseStyle.WIDTH)
            .height(HouseStyle.HEIGHT)
            .title(title)
            .xAxisTitle("years since " + origin)
            .yAxisTitle("instruments of consent deposited")
            .build();
    HouseStyle.apply(chart.getStyler());
    chart.getStyler().setXAxisMin(0.0);
    chart.getStyler().setXAxisMax(years);
    chart.getStyler().setYAxisMin(0.0);
    for (AdoptionCurve c : curves) {
      double[][] xy = stepPoints(c.steps(), years);
      XYSeries s = chart.addSeries(c.treaty().shortName(), xy[0], xy[1]);
      s.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
    }
    return chart;
  }

  /** Returns x and y arrays that draw a step function: flat until each step, then up. */
  static double[][] stepPoints(List<AdoptionCurve.Step> steps, double years) {
    int n = 0;
    double[] x = new double[steps.size() * 2 + 2];
    double[] y = new double[steps.size() * 2 + 2];
    x[n] = 0;
    y[n++] = 0;
    double last = 0;
    for (AdoptionCurve.Step s : steps) {
      double t = Math.max(0, s.yearsSinceOrigin());
      if (t > years) {
        break;
      }
      x[n] = t;
      y[n++] = last;
      x[n] = t;
      y[n++] = s.count();
      last = s.count();
    }
    x[n] = years;
    y[n++] = last;
    return new double[][] {java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n)};
  }
}
