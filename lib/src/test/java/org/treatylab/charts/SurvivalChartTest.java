package org.treatylab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatylab.testing.Refusals.refuses;
import static org.treatylab.testing.Refusals.refusesNull;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.junit.jupiter.api.Test;
import org.treatylab.analysis.survival.CoxModel;
import org.treatylab.analysis.survival.KaplanMeier;
import org.treatylab.analysis.survival.SurvivalData;

class SurvivalChartTest {
  /** Two groups of ten, the second failing later. */
  static SurvivalData twoGroups() {
    double[] time = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21};
    boolean[] event = new boolean[20];
    double[] group = new double[20];
    double[] age = new double[20];
    for (int i = 0; i < 20; i++) {
      event[i] = i % 4 != 3;
      group[i] = i < 10 ? 0 : 1;
      age[i] = 40 + (i * 7) % 23;
    }
    return SurvivalData.rightCensored(time, event).withCovariate("group", group).withCovariate("age", age);
  }

  @Test
  void kaplanMeierStepsBandsAndRiskTable() throws Exception {
    KaplanMeier km = KaplanMeier.fit(twoGroups(), "group");
    XYChart chart = SurvivalChart.kaplanMeier(km, "Time to the event by group", "years");
    // a curve and a band per group; the band is not in the legend
    assertEquals(4, chart.getSeriesMap().size());
    assertTrue(chart.getSeriesMap().get("group=0").isShowInLegend());
    assertFalse(chart.getSeriesMap().get("group=0 band").isShowInLegend());
    // the step curve starts at (0, 1) and drops at each event time
    double[] y = chart.getSeriesMap().get("group=0").getYData();
    assertEquals(1.0, y[0]);
    assertEquals(km.curve("group=0").survival()[0], y[2], 1e-12);
    assertEquals(10, km.curve("group=1").atRiskAt(0));
    assertEquals(9, km.curve("group=1").atRiskAt(4));
    assertEquals(0, km.curve("group=0").atRiskAt(11));
    assertTrue(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG).length > 1000);
  }

  @Test
  void forestPlotOneRowPerCovariate() throws Exception {
    CoxModel fit = CoxModel.fit(twoGroups(), "group", "age");
    XYChart chart = SurvivalChart.forest(fit, "Hazard ratios");
    assertEquals(4, chart.getSeriesMap().size());
    assertEquals(Math.log(fit.hazardRatios()[0]), chart.getSeriesMap().get("group").getXData()[0], 1e-12);
    assertEquals(Math.log(fit.lower()[1]), chart.getSeriesMap().get("age interval").getXData()[0], 1e-12);
    assertTrue(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG).length > 1000);
  }

  @Test
  void refusals() {
    refusesNull(() -> SurvivalChart.kaplanMeier(null, "t", "years"), "km");
    refusesNull(() -> SurvivalChart.forest(null, "t"), "model");
    KaplanMeier atZero = KaplanMeier.fit(SurvivalData.rightCensored(new double[] {0, 0}, new boolean[] {true, false}));
    refuses(IllegalArgumentException.class, () -> SurvivalChart.kaplanMeier(atZero, "t", "years"), "no time after 0");
  }
}
