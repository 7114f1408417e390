package org.treatylab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;

/**
 * The one place where the project's charts get their look: sizes, fonts, a colour-blind-safe
 * palette (Okabe–Ito), no chart border. Charts call {@link #apply(XYStyler)}; notebooks never style.
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

  private HouseStyle() {}

  /** Applies the house style to an XY chart's styler. */
  public static void apply(XYStyler s) {
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderVisible(false);
    s.setChartTitleBoxVisible(false);
    s.setLegendPosition(Styler.LegendPosition.InsideNW);
    s.setLegendBorderColor(Color.WHITE);
    s.setSeriesColors(PALETTE);
    s.setMarkerSize(0);
    s.setPlotGridLinesColor(new Color(225, 225, 225));
    s.setPlotGridLinesStroke(new BasicStroke(0.8f));
    s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    s.setAntiAlias(true);
  }
}
