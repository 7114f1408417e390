package org.treatylab.charts;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Years from opening (or adoption) to entry into force, one bar per treaty, fastest first: the chart of
 * {@link org.treatylab.analysis.Speed#ranking()}.
 */
public final class SpeedChart {
  private SpeedChart() {}

  /** Returns the ranking as bars; treaties not in force are left out. */
  public static CategoryChart of(Table ranking) {
    CategoryChart chart = HouseStyle.category("Years from opening (or adoption) to entry into force", "",
        "years");
    chart.getStyler().setXAxisLabelRotation(60);
    chart.getStyler().setLegendVisible(false);
    List<String> names = new ArrayList<>();
    List<Double> years = new ArrayList<>();
    for (Row r : ranking) {
      if (!r.isMissing("years_to_eif")) {
        names.add(r.getString("treaty_id"));
        years.add(r.getDouble("years_to_eif"));
      }
    }
    chart.addSeries("years to entry into force", names, years);
    return chart;
  }

  /** Returns {@link #of} the ranking of every treaty in the datasets. */
  public static CategoryChart ranking() {
    return of(org.treatylab.analysis.Speed.ranking());
  }
}
