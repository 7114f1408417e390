package org.treatylab.charts;

import org.treatylab.base.Checks;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Years from opening (or adoption) to entry into force, one bar per treaty, fastest first: the chart of
 * {@link org.treatylab.analysis.adoption.Speed#ranking()}.
 */
public final class SpeedChart {
  private SpeedChart() {}

  /**
   * Returns the ranking as bars; treaties not in force are left out.
   *
   * @param ranking a table of {@link org.treatylab.analysis.adoption.Speed#ranking(java.util.List)} (columns
   *     treaty_id and years_to_eif) with at least one treaty in force
   */
  public static CategoryChart of(Table ranking) {
    Checks.notNull(ranking, "ranking");
    Checks.hasColumn(ranking, "treaty_id", "ranking");
    Checks.hasColumn(ranking, "years_to_eif", "ranking");
    if (ranking.doubleColumn("years_to_eif").countMissing() == ranking.rowCount()) {
      throw new IllegalArgumentException("ranking '" + ranking.name() + "' has no treaty in force (" + ranking.rowCount()
          + " rows); pass Speed.ranking(treaties) with at least one treaty in force");
    }
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
    return of(org.treatylab.analysis.adoption.Speed.ranking());
  }
}
