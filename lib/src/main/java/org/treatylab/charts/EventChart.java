package org.treatylab.charts;

import org.treatylab.base.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.treatylab.analysis.adoption.EventSeries;

/**
 * Step charts of the early-support event series (states counted at each norm-affirming event), in
 * calendar years, with one marker series per evidence grade, as in Petrova (2019), Figures 3 and 4.
 */
public final class EventChart {
  private EventChart() {}

  /** Returns a step chart of the counts, with markers by grade ("solid", "approximate", …). */
  public static XYChart steps(EventSeries events) {
    Checks.notNull(events, "events");
    XYChart chart = HouseStyle.xy(events.name(), "year", "states counted at the event");
    chart.getStyler().setYAxisMin(0.0);
    // the axis is in decimal years; its ticks read as months ("Jun 1996"), not 1996.4
    chart.getStyler().setxAxisTickLabelsFormattingFunction(EventChart::monthLabel);
    List<EventSeries.Event> ev = events.events();
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    double last = 0;
    for (EventSeries.Event e : ev) {
      double t = year(e.date());
      if (!x.isEmpty()) {
        x.add(t);
        y.add(last);
      }
      x.add(t);
      y.add((double) e.count());
      last = e.count();
    }
    if (x.isEmpty()) {
      x.add(0.0);
      y.add(0.0);
    }
    XYSeries line = chart.addSeries("count", x, y);
    line.setMarker(SeriesMarkers.NONE);
    for (String grade : new TreeSet<>(ev.stream().map(EventSeries.Event::grade).toList())) {
      List<EventSeries.Event> g = ev.stream().filter(e -> grade.equals(e.grade())).toList();
      XYSeries s = chart.addSeries(grade, g.stream().map(e -> year(e.date())).toList(),
          g.stream().map(e -> (double) e.count()).toList());
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      s.setMarker(SeriesMarkers.CIRCLE);
    }
    chart.getStyler().setMarkerSize(7);
    return chart;
  }

  /**
   * Returns the step chart with the launch of the alternative negotiations marked: a vertical line at
   * {@code support.before()} and a horizontal line at the support counted just before it (Petrova's
   * "some thirty states, about 15 percent").
   *
   * @param title the chart title (e.g. "Figure 3: early support for a ban on anti-personnel mines")
   * @param events the norm-affirming event series
   * @param support what {@link EventSeries#supportBefore} found before the launch
   * @param launchLabel the launch in words (e.g. "Ottawa conference")
   */
  public static XYChart steps(String title, EventSeries events, EventSeries.SupportBefore support, String launchLabel) {
    Checks.notNull(title, "title");
    Checks.notNull(support, "support");
    Checks.notNull(launchLabel, "launchLabel");
    XYChart chart = steps(events);
    chart.setTitle(title);
    double launch = year(support.before());
    double top = events.events().stream().mapToInt(EventSeries.Event::count).max().orElse(1);
    XYSeries v = chart.addSeries("launch: " + launchLabel, new double[] {launch, launch}, new double[] {0, top});
    v.setMarker(SeriesMarkers.NONE);
    v.setLineStyle(new java.awt.BasicStroke(1.2f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER,
        10f, new float[] {6f, 4f}, 0f));
    double first = events.events().isEmpty() ? launch - 1 : year(events.events().get(0).date());
    String level = String.format(java.util.Locale.ROOT, "support before launch: %d states (%.0f %%)",
        support.event().count(), 100 * support.share());
    XYSeries h = chart.addSeries(level, new double[] {first, launch}, new double[] {support.event().count(), support.event().count()});
    h.setMarker(SeriesMarkers.NONE);
    h.setLineStyle(new java.awt.BasicStroke(1.2f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER,
        10f, new float[] {2f, 3f}, 0f));
    return chart;
  }

  /** The month a decimal year falls in, e.g. 1996.42 → "Jun 1996" (English month names, any locale). */
  static String monthLabel(Double decimalYear) {
    int year = (int) Math.floor(decimalYear);
    double fraction = decimalYear - year;
    LocalDate day = LocalDate.ofYearDay(year, 1).plusDays(Math.round(fraction * LocalDate.ofYearDay(year, 1).lengthOfYear()));
    return day.format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.ROOT));
  }

  static double year(LocalDate d) {
    return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
  }
}
