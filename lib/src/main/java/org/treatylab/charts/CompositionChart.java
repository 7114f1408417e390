package org.treatylab.charts;

import org.treatylab.base.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.treatylab.analysis.adoption.Composition;
import org.treatylab.analysis.adoption.TwoByTwo;

/**
 * Bar charts of composition: the share of each group among the states acting in each window
 * ({@link Composition}), and observed vs expected counts of a {@link TwoByTwo} table.
 */
public final class CompositionChart {
  private CompositionChart() {}

  /**
   * Returns the shares as bars: one category per group, one series per window (so two treaties'
   * first-month signatories sit side by side).
   */
  public static CategoryChart of(Composition... compositions) {
    Checks.notNull(compositions, "compositions");
    if (compositions.length == 0) {
      throw new IllegalArgumentException("compositions is empty; pass one composition or more, e.g. "
          + "Composition.of(window, Group.africa())");
    }
    for (int i = 0; i < compositions.length; i++) {
      Checks.notNull(compositions[i], "compositions[" + i + "]");
    }
    CategoryChart chart = HouseStyle.category("Share of the states acting in each window", "group",
        "share of the states that acted");
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(1.0);
    chart.getStyler().setYAxisDecimalPattern("0%");
    List<String> groups = new ArrayList<>();
    Map<String, Map<String, Double>> byWindow = new LinkedHashMap<>();
    for (Composition c : compositions) {
      if (!groups.contains(c.group().name())) {
        groups.add(c.group().name());
      }
      byWindow.computeIfAbsent(c.window().description(), k -> new LinkedHashMap<>()).put(c.group().name(), c.share());
    }
    for (Map.Entry<String, Map<String, Double>> w : byWindow.entrySet()) {
      List<Double> y = groups.stream().map(g -> w.getValue().getOrDefault(g, 0.0)).toList();
      chart.addSeries(w.getKey(), groups, y);
    }
    return chart;
  }

  /** Returns observed and expected counts of a 2×2 table as grouped bars (categories: cells). */
  public static CategoryChart observedVsExpected(TwoByTwo table) {
    Checks.notNull(table, "table");
    CategoryChart chart = HouseStyle.category(table.title(), "cell", "states");
    List<String> cells = new ArrayList<>();
    List<Double> obs = new ArrayList<>();
    List<Double> exp = new ArrayList<>();
    double[][] e = table.expected();
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        cells.add(table.rows()[i] + ", " + table.columns()[j]);
        obs.add((double) table.counts()[i][j]);
        exp.add(e[i][j]);
      }
    }
    chart.addSeries("observed", cells, obs);
    chart.addSeries("expected under independence", cells, exp);
    return chart;
  }
}
