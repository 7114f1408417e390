package org.treatylab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.theme.XChartTheme;

/**
 * The project's chart look as an XChart theme, as XChart's own {@code GGPlot2Theme} and
 * {@code MatlabTheme} are: sizes, fonts, a colour-blind-safe palette (Okabe–Ito), white background
 * and no plot border, light grid lines, grey dashed annotation lines. A chart gets it with
 * {@code chart.getStyler().setTheme(HouseStyle.XY)} (line charts) or {@link #CATEGORY} (bar charts),
 * or from the {@link #xy} / {@link #category} factories; notebooks never style.
 *
 * <p>Everything not named here is XChart's default theme ({@link XChartTheme}). Setting a theme resets
 * a styler's every setting, so a chart sets its theme first and its own axis ranges and patterns after.
 */
public class HouseStyle extends XChartTheme {
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

  /** The theme of line (XY) charts: legend inside at the top left, lines without markers. */
  public static final HouseStyle XY = new HouseStyle();

  /**
   * The theme of bar (category) charts: the legend below the plot (bars fill the plot's top corners),
   * bars filling 70 % of their slot, bar labels in the tick labels' font.
   */
  public static final HouseStyle CATEGORY = new Category();

  private static final String SANS = Font.SANS_SERIF;
  private static final Font TICK_FONT = new Font(SANS, Font.PLAIN, 11);
  private static final XChartTheme XCHART_DEFAULT = new XChartTheme();

  /** Use {@link #XY} or {@link #CATEGORY}; subclass to vary the look for one kind of chart. */
  protected HouseStyle() {}

  /** Sets the house theme on an XY chart's styler (resets every earlier setting of the styler). */
  public static void apply(XYStyler s) {
    s.setTheme(XY);
  }

  /** Sets the house theme for bar charts on a category chart's styler (resets every earlier setting). */
  public static void apply(CategoryStyler s) {
    s.setTheme(CATEGORY);
  }

  /** Returns an XY chart of the house size, with title and axis titles, in the house theme. */
  public static XYChart xy(String title, String xAxisTitle, String yAxisTitle) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xAxisTitle)
        .yAxisTitle(yAxisTitle).build();
    chart.getStyler().setTheme(XY);
    return chart;
  }

  /** Returns a bar chart of the house size, with title and axis titles, in the house theme for bar charts. */
  public static CategoryChart category(String title, String xAxisTitle, String yAxisTitle) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
    chart.getStyler().setTheme(CATEGORY);
    return chart;
  }

  @Override
  public Color getChartBackgroundColor() {
    return Color.WHITE;
  }

  @Override
  public Color getPlotBackgroundColor() {
    return Color.WHITE;
  }

  @Override
  public boolean isPlotBorderVisible() {
    return false;
  }

  @Override
  public boolean isChartTitleBoxVisible() {
    return false;
  }

  @Override
  public Styler.LegendPosition getLegendPosition() {
    return Styler.LegendPosition.InsideNW;
  }

  @Override
  public Color getLegendBorderColor() {
    return Color.WHITE;
  }

  @Override
  public Color[] getSeriesColors() {
    return PALETTE.clone();
  }

  @Override
  public Color getPlotGridLinesColor() {
    return new Color(225, 225, 225);
  }

  @Override
  public BasicStroke getPlotGridLinesStroke() {
    return new BasicStroke(0.8f);
  }

  @Override
  public Font getChartTitleFont() {
    return new Font(SANS, Font.BOLD, 15);
  }

  @Override
  public Font getAxisTitleFont() {
    return new Font(SANS, Font.PLAIN, 12);
  }

  @Override
  public Font getAxisTickLabelsFont() {
    return TICK_FONT;
  }

  @Override
  public Font getLegendFont() {
    return new Font(SANS, Font.PLAIN, 12);
  }

  @Override
  public Color getAnnotationLineColor() {
    return ANNOTATION;
  }

  @Override
  public BasicStroke getAnnotationLineStroke() {
    // dashed, so a threshold or a date reads as a reference, not as data
    return new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f);
  }

  @Override
  public Font getAnnotationTextFont() {
    return new Font(SANS, Font.PLAIN, 11);
  }

  @Override
  public Color getAnnotationTextFontColor() {
    return ANNOTATION;
  }

  @Override
  public int getMarkerSize() {
    // step curves are lines; the charts that show points (events, casualties, fits) set a size
    return 0;
  }

  /** The bar-chart variant: legend below, 70 % bar fill, bar labels in the tick font. */
  private static final class Category extends HouseStyle {
    @Override
    public Styler.LegendPosition getLegendPosition() {
      return Styler.LegendPosition.OutsideS;
    }

    @Override
    public double getAvailableSpaceFill() {
      return 0.7;
    }

    @Override
    public Font getBaseFont() {
      // XChart takes a bar chart's label font from the base font
      return TICK_FONT;
    }

    @Override
    public int getMarkerSize() {
      return XCHART_DEFAULT.getMarkerSize();
    }
  }
}
