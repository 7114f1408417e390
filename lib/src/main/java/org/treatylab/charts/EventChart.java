package org.treatylab.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.treatylab.analysis.EventSeries;

/**
 * Step charts of the early-support event series (states counted at each norm-affirming event), in
 * calendar years, with one marker series per evidence grade, as in Petrova (2019), Figures 3 and 4.
 */
public final class EventChart {
  private EventChart() {}

  /** Returns a step chart of the counts, with markers by grade ("solid", "approximate", …). */
  public static XYChart steps(EventSeries events) {
    XYChart chart = HouseStyle.xy(events.name(), "year", "states counted at the event");
    chart.getStyler().setYAxisMin(0.0);
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

  static double year(LocalDate d) {
    return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
  }
}
