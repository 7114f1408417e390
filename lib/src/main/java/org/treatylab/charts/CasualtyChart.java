package org.treatylab.charts;

import org.treatylab.base.Checks;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.treatylab.data.Casualties;
import tech.tablesaw.api.Table;

/**
 * Recorded landmine/ERW casualties by year in two vintages: as first reported (the figure papers
 * quote) and as last revised, with the years the papers quote marked by vertical lines. The lines join
 * the years that have a figure (2005 only as a first report relayed by the press); a total only implied
 * by a later report can be drawn as a separate point with its range.
 */
public final class CasualtyChart {
  private CasualtyChart() {}

  /**
   * Returns the first-report and latest-revision series of {@code casualties} (all editions, e.g.
   * {@code Monitor.casualties()}), with a vertical line at each of {@code markedYears}.
   */
  public static XYChart vintages(Casualties casualties, int... markedYears) {
    return vintages(casualties, null, markedYears);
  }

  /**
   * As {@link #vintages(Casualties, int...)}, plus a total only implied by a later report (e.g.
   * {@code Monitor.casualties().impliedBy(2006, 2005)}) as a point with its range; {@code implied} may
   * be null. Data: {@code monitor_casualties.csv}.
   *
   * @param markedYears years within the series' first to last year
   */
  public static XYChart vintages(Casualties casualties, Casualties.Implied implied, int... markedYears) {
    Checks.notNull(casualties, "casualties");
    Checks.notNull(markedYears, "markedYears");
    java.util.SortedSet<Integer> held = new java.util.TreeSet<>(casualties.years());
    for (int year : markedYears) {
      if (!held.isEmpty() && (year < held.first() || year > held.last())) {
        throw new IllegalArgumentException("markedYears " + year + " is outside the years of the casualty series ("
            + held.first() + "–" + held.last() + "); mark a year within them");
      }
    }
    XYChart chart = HouseStyle.xy("Recorded casualties: first report vs latest revision (Landmine Monitor)",
        "year of the casualties", "recorded casualties (killed + injured)");
    chart.getStyler().setMarkerSize(6);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
    chart.getStyler().setXAxisDecimalPattern("0");
    chart.getStyler().setYAxisDecimalPattern("#,###");
    double max = 0;
    int i = 0;
    for (Casualties series : new Casualties[] {casualties.asFirstReported(), casualties.latestRevision()}) {
      Table t = series.table().sortAscendingOn("data_year");
      double[] x = t.intColumn("data_year").asDoubleArray();
      double[] y = t.intColumn("total_recorded").asDoubleArray();
      XYSeries s = chart.addSeries(i == 0 ? "as first reported" : "latest revision held", x, y);
      s.setLineColor(HouseStyle.PALETTE[i]);
      s.setMarkerColor(HouseStyle.PALETTE[i]);
      s.setMarker(i == 0 ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND);
      for (double v : y) {
        max = Math.max(max, v);
      }
      i++;
    }
    if (implied != null) {
      XYSeries s = chart.addSeries(implied.year() + " implied by " + implied.reportedIn() + " (range)",
          new double[] {implied.year(), implied.year(), implied.year()},
          new double[] {implied.low(), implied.central(), implied.high()});
      s.setLineColor(HouseStyle.PALETTE[2]);
      s.setMarkerColor(HouseStyle.PALETTE[2]);
      s.setMarker(SeriesMarkers.SQUARE);
      max = Math.max(max, implied.high());
    }
    for (int year : markedYears) {
      AnnotationLine line = new AnnotationLine(year, true, false);
      chart.addAnnotation(line);
      chart.addAnnotation(new AnnotationText(String.valueOf(year), year + 0.6, max * 1.04, false));
    }
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(max * 1.1);
    return chart;
  }
}
