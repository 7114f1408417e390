package org.treatylab.charts;

import org.treatylab.base.Checks;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.treatylab.analysis.cascade.CascadeRun;
import org.treatylab.analysis.cascade.CascadeSweep;

/**
 * Charts of the threshold cascade model ({@link org.treatylab.analysis.cascade.Cascade}): adoption paths
 * (share of states by round) and sweeps (probability of a cascade against the vanguard share, one
 * line per threshold spread, with reference lines at 15 % and one-third).
 */
public final class CascadeChart {
  private CascadeChart() {}

  /** Returns the share of states that adopted after each round, one line per run, labelled by vanguard. */
  public static XYChart paths(CascadeRun... runs) {
    Checks.notNull(runs, "runs");
    if (runs.length == 0) {
      throw new IllegalArgumentException("runs is empty; pass one run or more, e.g. Cascade.builder()...build().run()");
    }
    for (int i = 0; i < runs.length; i++) {
      Checks.notNull(runs[i], "runs[" + i + "]");
    }
    XYChart chart = HouseStyle.xy("Threshold cascades: adopters by round", "round", "share of states adopted");
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(1.0);
    chart.getStyler().setXAxisMin(0.0);
    for (int r = 0; r < runs.length; r++) {
      CascadeRun run = runs[r];
      int[] a = run.adoptersByRound();
      double[] x = new double[a.length];
      double[] y = new double[a.length];
      for (int i = 0; i < a.length; i++) {
        x[i] = i;
        y[i] = (double) a[i] / run.states();
      }
      String label = String.format(java.util.Locale.ROOT, "vanguard %d/%d (%.0f %%)", run.vanguard(), run.states(),
          100.0 * run.vanguard() / run.states());
      XYSeries s = chart.addSeries(runs.length > 1 && seen(runs, r) ? label + " #" + (r + 1) : label, x, y);
      s.setMarker(SeriesMarkers.NONE);
    }
    return chart;
  }

  private static boolean seen(CascadeRun[] runs, int r) {
    for (int i = 0; i < runs.length; i++) {
      if (i != r && runs[i].vanguard() == runs[r].vanguard() && runs[i].states() == runs[r].states()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the probability that a cascade reaches a majority against the vanguard share, one line per
   * spread, with dashed reference lines at a vanguard of 15 % and of one-third.
   */
  public static XYChart sweep(CascadeSweep sweep) {
    Checks.notNull(sweep, "sweep");
    XYChart chart = HouseStyle.xy("How large a vanguard tips the system? (N = " + sweep.states() + ", "
        + sweep.runsPerCell() + " runs per point)", "vanguard, share of states", "P(final share >= 1/2)");
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(1.0);
    for (double spread : sweep.spreads()) {
      List<CascadeSweep.Cell> cells = sweep.cellsForSpread(spread);
      XYSeries s = chart.addSeries("spread " + spread, cells.stream().mapToDouble(CascadeSweep.Cell::vanguardShare)
          .toArray(), cells.stream().mapToDouble(CascadeSweep.Cell::cascadeProbability).toArray());
      s.setMarker(SeriesMarkers.NONE);
    }
    for (double[] ref : new double[][] {{0.15}, {1.0 / 3}}) {
      XYSeries s = chart.addSeries(ref[0] == 0.15 ? "15 %" : "one-third", new double[] {ref[0], ref[0]},
          new double[] {0, 1});
      s.setMarker(SeriesMarkers.NONE);
      s.setLineStyle(new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f,
          new float[] {4f, 4f}, 0f));
      s.setLineColor(java.awt.Color.GRAY);
    }
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
    return chart;
  }
}
