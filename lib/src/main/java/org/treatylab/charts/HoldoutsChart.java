package org.treatylab.charts;

import org.treatylab.base.Checks;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.treatylab.analysis.adoption.Holdouts;

/**
 * A bar chart of the Mine Ban Treaty holdouts at a date ({@link Holdouts}): how many there are and
 * how many of them are CCW, Amended Protocol II and CCM parties, or outside the CCW — the reach of a
 * ban on "dumb" mines through APII (Varda and Popadić 2025).
 */
public final class HoldoutsChart {
  private HoldoutsChart() {}

  /** Returns one bar per count of {@link Holdouts#summary()}, labelled with its value. */
  public static CategoryChart of(Holdouts h) {
    Checks.notNull(h, "h");
    CategoryChart chart = HouseStyle.category("States outside the Mine Ban Treaty at " + h.date(), "", "states");
    CategoryStyler s = chart.getStyler();
    s.setLegendVisible(false);
    s.setLabelsVisible(true);
    s.setYAxisMin(0.0);
    List<String> labels = List.of("outside the MBT", "CCW parties", "APII parties", "CCM parties", "outside the CCW");
    List<Integer> values = List.of(h.count(), h.ccwParties(), h.apiiParties(), h.ccmParties(), h.count() - h.ccwParties());
    chart.addSeries("states", labels, values);
    return chart;
  }

  /**
   * Returns the holdouts by the categories of Varda and Popadić (2025) ({@link Holdouts#byCategory()}),
   * each bar split into CCW Amended Protocol II parties and non-parties: where a "dumb"-mine ban through
   * APII would reach.
   */
  public static CategoryChart byCategory(Holdouts h) {
    Checks.notNull(h, "h");
    CategoryChart chart = HouseStyle.category("MBT holdouts at " + h.date() + " by category, and APII parties among them",
        "", "states");
    CategoryStyler s = chart.getStyler();
    s.setStacked(true);
    s.setLegendPosition(Styler.LegendPosition.InsideNW);
    s.setYAxisMin(0.0);
    s.setYAxisMax((double) h.count() * 0.6);
    s.setLabelsVisible(false);
    List<String> labels = Holdouts.CATEGORIES;
    List<String> shortLabels = List.of("great power", "armed conflict", "adversary / contested border", "other / unsourced");
    List<Integer> apii = labels.stream().map(c -> h.where(x -> h.categoryOf(x.iso3()).equals(c)).apiiParties()).toList();
    List<Integer> rest = labels.stream().map(c -> h.countIn(c) - apii.get(labels.indexOf(c))).toList();
    chart.addSeries("APII parties", shortLabels, apii);
    chart.addSeries("not APII parties", shortLabels, rest);
    return chart;
  }
}
