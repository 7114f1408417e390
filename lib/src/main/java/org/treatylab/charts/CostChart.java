package org.treatylab.charts;

import org.treatylab.base.Checks;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.treatylab.analysis.cost.CostMonteCarlo;
import org.treatylab.analysis.cost.CostTornado;
import org.treatylab.analysis.cost.DeminingCost;

/**
 * Charts of the demining cost model ({@link DeminingCost}): the Monte Carlo histogram with its 5, 50
 * and 95 % quantiles, and the tornado of one-at-a-time sensitivities. Costs are in US$ million.
 */
public final class CostChart {
  private CostChart() {}

  /** Returns a histogram (50 bins) of the Monte Carlo costs with vertical lines at p5, p50 and p95. */
  public static XYChart histogram(CostMonteCarlo mc) {
    return histogram(mc, 50);
  }

  /** Returns a histogram of the Monte Carlo costs regrouped into {@code groups} bins, with p5, p50 and p95 lines. */
  public static XYChart histogram(CostMonteCarlo mc, int groups) {
    Checks.notNull(mc, "mc");
    XYChart chart = HouseStyle.xy(
        String.format(java.util.Locale.ROOT, "Monte Carlo cost (%,d draws, seed %d)", mc.draws(), mc.seed()),
        "cost, US$ million", "share of draws");
    tech.tablesaw.api.Table h = mc.histogram(groups);
    int n = h.rowCount();
    double[] x = new double[2 * n];
    double[] y = new double[2 * n];
    double ymax = 0;
    for (int i = 0; i < n; i++) {
      double share = h.intColumn("count").getInt(i) / (double) mc.draws();
      x[2 * i] = h.doubleColumn("from_usd_million").getDouble(i);
      x[2 * i + 1] = h.doubleColumn("to_usd_million").getDouble(i);
      y[2 * i] = share;
      y[2 * i + 1] = share;
      ymax = Math.max(ymax, share);
    }
    XYSeries s = chart.addSeries("draws", x, y);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
    s.setMarker(SeriesMarkers.NONE);
    for (double p : new double[] {0.05, 0.5, 0.95}) {
      double q = mc.quantile(p) / 1e6;
      XYSeries line = chart.addSeries(String.format(java.util.Locale.ROOT, "p%02d = %,.1f", Math.round(p * 100), q),
          new double[] {q, q}, new double[] {0, ymax});
      line.setMarker(SeriesMarkers.NONE);
    }
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
    chart.getStyler().setYAxisMin(0.0);
    // shares of draws as percentages ("2.0 %"), not bare fractions (".02")
    chart.getStyler().setyAxisTickLabelsFormattingFunction(
        v -> String.format(java.util.Locale.ROOT, "%.1f %%", 100 * v));
    chart.setYAxisTitle("share of draws, %");
    return chart;
  }

  /**
   * Returns a tornado chart: one horizontal bar per factor from the cost at the factor's low to the
   * cost at its high (others at their central values), largest swing on top, with the base cost as a
   * vertical line.
   */
  public static XYChart tornado(CostTornado t) {
    Checks.notNull(t, "t");
    XYChart chart = HouseStyle.xy("Sensitivity of the cost to each factor (others at their central values)",
        "cost, US$ million", "");
    List<CostTornado.Bar> bars = t.bars();
    int n = bars.size();
    double min = t.base();
    double max = t.base();
    for (int i = 0; i < n; i++) {
      CostTornado.Bar b = bars.get(i);
      double yPos = n - i;
      XYSeries s = chart.addSeries(b.factor(), new double[] {b.costAtLow() / 1e6, b.costAtHigh() / 1e6},
          new double[] {yPos, yPos});
      s.setMarker(SeriesMarkers.NONE);
      s.setLineWidth(28f);
      min = Math.min(min, Math.min(b.costAtLow(), b.costAtHigh()));
      max = Math.max(max, Math.max(b.costAtLow(), b.costAtHigh()));
    }
    XYSeries base = chart.addSeries(String.format(java.util.Locale.ROOT, "base %,.1f", t.base() / 1e6),
        new double[] {t.base() / 1e6, t.base() / 1e6}, new double[] {0.4, n + 0.6});
    base.setMarker(SeriesMarkers.NONE);
    base.setLineColor(java.awt.Color.DARK_GRAY);
    chart.getStyler().setYAxisMin(0.4);
    chart.getStyler().setYAxisMax(n + 0.6);
    double pad = (max - min) * 0.1 / 1e6;
    chart.getStyler().setXAxisMin(min / 1e6 - pad);
    chart.getStyler().setXAxisMax(max / 1e6 + pad);
    chart.getStyler().setYAxisTicksVisible(false);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
    return chart;
  }
}
