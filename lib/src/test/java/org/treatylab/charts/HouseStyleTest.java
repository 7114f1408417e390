package org.treatylab.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.Color;
import java.awt.Font;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.treatylab.analysis.adoption.AdoptionCurve;
import org.treatylab.analysis.cascade.Cascade;
import org.treatylab.data.Treaties;

/** The house look is an XChart theme: set on each chart's styler, and what a styler reads from it. */
class HouseStyleTest {

  @Test
  void theFactoriesAndTheChartsSetTheHouseThemeOnTheirStyler() {
    assertSame(HouseStyle.XY, HouseStyle.xy("t", "x", "y").getStyler().getTheme());
    assertSame(HouseStyle.CATEGORY, HouseStyle.category("t", "x", "y").getStyler().getTheme());
    assertSame(HouseStyle.XY, AdoptionChart.of(AdoptionCurve.of(Treaties.mineBan())).getStyler().getTheme());
    assertSame(HouseStyle.XY, CascadeChart.paths(Cascade.builder().states(10).thresholds(Cascade.uniform(0, 1))
        .seed(1).build().run()).getStyler().getTheme());
  }

  @Test
  void anXyStylerReadsTheHouseLookFromTheTheme() {
    XYStyler s = new XYChartBuilder().build().getStyler();
    assertNotEquals(HouseStyle.PALETTE[0], s.getSeriesColors()[0], "XChart's own default differs to begin with");
    s.setTheme(HouseStyle.XY);
    assertArrayEquals(HouseStyle.PALETTE, s.getSeriesColors());
    assertEquals(Color.WHITE, s.getChartBackgroundColor());
    assertEquals(Color.WHITE, s.getPlotBackgroundColor());
    assertFalse(s.isPlotBorderVisible());
    assertFalse(s.isChartTitleBoxVisible());
    assertEquals(Styler.LegendPosition.InsideNW, s.getLegendPosition());
    assertEquals(new Font(Font.SANS_SERIF, Font.BOLD, 15), s.getChartTitleFont());
    assertEquals(new Font(Font.SANS_SERIF, Font.PLAIN, 11), s.getAxisTickLabelsFont());
    assertEquals(HouseStyle.ANNOTATION, s.getAnnotationLineColor());
    assertArrayEquals(new float[] {4f, 4f}, s.getAnnotationLineStroke().getDashArray());
    assertEquals(0, s.getMarkerSize());
  }

  @Test
  void barChartsPutTheLegendBelowAndLabelBarsInTheTickFont() {
    CategoryChart chart = HouseStyle.category("t", "x", "y");
    assertEquals(Styler.LegendPosition.OutsideS, chart.getStyler().getLegendPosition());
    assertEquals(0.7, chart.getStyler().getAvailableSpaceFill());
    assertEquals(new Font(Font.SANS_SERIF, Font.PLAIN, 11), chart.getStyler().getLabelsFont());
    assertArrayEquals(HouseStyle.PALETTE, chart.getStyler().getSeriesColors());
  }

  @Test
  void aChartsOwnSettingsComeAfterTheThemeAndStay() {
    XYChart chart = CascadeChart.sweep(Cascade.sweepNormal(20, 0.3, Cascade.grid(0, 0.2, 0.1), new double[] {0.1}, 2, 1,
        org.treatylab.analysis.common.Progress.none()));
    assertEquals(Styler.LegendPosition.InsideSE, chart.getStyler().getLegendPosition());
    assertEquals(1.0, chart.getStyler().getYAxisMax());
  }

  @Test
  void thePaletteHandedToAStylerIsACopy() {
    Color[] colours = HouseStyle.XY.getSeriesColors();
    colours[0] = Color.RED;
    assertEquals(new Color(0, 114, 178), HouseStyle.XY.getSeriesColors()[0]);
  }
}
