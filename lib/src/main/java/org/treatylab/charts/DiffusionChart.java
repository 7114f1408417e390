package org.treatylab.charts;

import org.treatylab.base.Checks;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.treatylab.analysis.adoption.DiffusionFit;

/** Fitted diffusion curves over the observed series (see {@link org.treatylab.analysis.adoption.Diffusion}). */
public final class DiffusionChart {
  /** Refuses no fits, or a null one. */
  private static void requireFits(DiffusionFit... fits) {
    Checks.notNull(fits, "fits");
    if (fits.length == 0) {
      throw new IllegalArgumentException("fits is empty; pass one fit or more, e.g. Diffusion.fitBass(series)");
    }
    for (int i = 0; i < fits.length; i++) {
      Checks.notNull(fits[i], "fits[" + i + "]");
    }
  }

  private DiffusionChart() {}

  /**
   * Returns the observed points and each fitted curve (sampled at 200 points over the observed span);
   * all fits should be to the same series.
   */
  public static XYChart of(DiffusionFit... fits) {
    requireFits(fits);
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
      String name = String.format(java.util.Locale.ROOT, "%s (R² %.3f)", f.model().label(), f.r2());
      XYSeries s = chart.addSeries(name, t, Arrays.stream(t).map(f::predict).toArray());
      s.setMarker(SeriesMarkers.NONE);
    }
    return chart;
  }

  /**
   * Returns fits of different series side by side: each series' observed points and its fitted curve,
   * in the same colour (e.g. Bass fits of the MBT, CCM, APII and Protocol V).
   */
  public static XYChart compare(String title, DiffusionFit... fits) {
    Checks.notNull(title, "title");
    requireFits(fits);
    XYChart chart = HouseStyle.xy(title, "years since origin", "instruments of consent");
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setMarkerSize(3);
    for (int k = 0; k < fits.length; k++) {
      DiffusionFit f = fits[k];
      java.awt.Color colour = HouseStyle.PALETTE[k % HouseStyle.PALETTE.length];
      XYSeries obs = chart.addSeries(f.series() + ", observed", f.years(), f.observed());
      obs.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      obs.setMarker(SeriesMarkers.CIRCLE);
      obs.setMarkerColor(colour);
      obs.setShowInLegend(false);
      double lo = Arrays.stream(f.years()).min().orElse(0);
      double hi = Arrays.stream(f.years()).max().orElse(1);
      double[] t = IntStream.range(0, 200).mapToDouble(i -> lo + (hi - lo) * i / 199.0).toArray();
      XYSeries fit = chart.addSeries(String.format(java.util.Locale.ROOT, "%s: %s fit, p %.3f, q %.3f",
          f.series(), f.model().label(), f.get("p"), f.get("q")), t, Arrays.stream(t).map(f::predict).toArray());
      fit.setMarker(SeriesMarkers.NONE);
      fit.setLineColor(colour);
    }
    return chart;
  }
}
