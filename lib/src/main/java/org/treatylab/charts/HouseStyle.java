package org.treatylab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;

/**
 * The one place where the project's charts get their look: sizes, fonts, a colour-blind-safe
 * palette (Okabe–Ito), no chart border, grey dashed annotation lines. Charts call {@link #apply} or
 * the {@link #xy} / {@link #category} factories; notebooks never style.
 */
public final class HouseStyle {
  /** Default chart width in pixels. */
  public static final int WIDTH = 760;
  /** Default chart height in pixels. */
  public static final int HEIGHT = 420;
  /** Okabe–Ito colours, safe for colour-blind readers. */
  public static final Color[] PALETTE = {
    new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
    new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), Color.DARK_GRAY
  };
  /** Colour of threshold and marker lines. */
  public static final Color ANNOTATION = new Color(110, 110, 110);

  private HouseStyle() {}

  /** Applies the house style to an XY chart's styler. */
  public static void apply(XYStyler s) {
    applyAxes(s);
    s.setMarkerSize(0);
  }

  /** Applies the house style to a category (bar) chart's styler. */
  public static void apply(CategoryStyler s) {
    applyAxes(s);
    s.setLegendPosition(Styler.LegendPosition.OutsideS);
    s.setAvailableSpaceFill(0.7);
    s.setLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
  }

  /** Returns an XY chart of the house size, with title and axis titles, styled. */
  public static XYChart xy(String title, String xAxisTitle, String yAxisTitle) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xAxisTitle)
        .yAxisTitle(yAxisTitle).build();
    apply(chart.getStyler());
    return chart;
  }

  /** Returns a bar chart of the house size, with title and axis titles, styled. */
  public static CategoryChart category(String title, String xAxisTitle, String yAxisTitle) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
    apply(chart.getStyler());
    return chart;
  }

  private static void applyAxes(AxesChartStyler s) {
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderVisible(false);
    s.setChartTitleBoxVisible(false);
    s.setLegendPosition(Styler.LegendPosition.InsideNW);
    s.setLegendBorderColor(Color.WHITE);
    s.setSeriesColors(PALETTE);
    s.setPlotGridLinesColor(new Color(225, 225, 225));
    s.setPlotGridLinesStroke(new BasicStroke(0.8f));
    s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    s.setAnnotationLineColor(ANNOTATION);
    s.setAnnotationLineStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {4f, 4f}, 0f));
    s.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    s.setAnnotationTextFontColor(ANNOTATION);
    s.setAntiAlias(true);
  }
}
