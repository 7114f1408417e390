package org.treatylab.charts;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.treatylab.analysis.DiffusionFit;

/** Fitted diffusion curves over the observed series (see {@link org.treatylab.analysis.Diffusion}). */
public final class DiffusionChart {
  private DiffusionChart() {}

  /**
   * Returns the observed points and each fitted curve (sampled at 200 points over the observed span);
   * all fits should be to the same series.
   */
  public static XYChart of(DiffusionFit... fits) {
    if (fits.length == 0) {
      throw new IllegalArgumentException("need at least one fit");
    }
    DiffusionFit first = fits[0];
    XYChart chart = HouseStyle.xy(first.series() + ": fitted vs observed", "years since origin", "count");
    chart.getStyler().setYAxisMin(0.0);
    XYSeries obs = chart.addSeries("observed", first.years(), first.observed());
    obs.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    obs.setMarker(SeriesMarkers.CIRCLE);
    chart.getStyler().setMarkerSize(4);
    double lo = Arrays.stream(first.years()).min().orElse(0);
    double hi = Arrays.stream(first.years()).max().orElse(1);
    double[] t = IntStream.range(0, 200).mapToDouble(i -> lo + (hi - lo) * i / 199.0).toArray();
    for (DiffusionFit f : fits) {
      String name = String.format("%s (R² %.3f)", f.model().label(), f.r2());
      XYSeries s = chart.addSeries(name, t, Arrays.stream(t).map(f::predict).toArray());
      s.setMarker(SeriesMarkers.NONE);
    }
    return chart;
  }
}
