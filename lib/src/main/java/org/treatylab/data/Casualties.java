package org.treatylab.data;

import tech.tablesaw.api.Table;

/**
 * Recorded landmine/ERW casualties by calendar year and Landmine Monitor edition (one row per year
 * and edition). Later editions revise earlier years, so a series must pick one vintage:
 * {@link #asFirstReported()} (what the papers quote, e.g. 5,426 for 2007) or {@link #latestRevision()}
 * (e.g. 5,473 for 2007).
 *
 * <p>Source: Landmine Monitor annual reports 1999–2025 via {@code monitor_casualties.csv}; see
 * {@link Monitor#casualties()}.
 */
public final class Casualties {
  private final CuratedTable data;

  Casualties(CuratedTable data) {
    this.data = data;
  }

  /** Returns one row per year: the figure of the latest edition held for that year. */
  public Casualties latestRevision() {
    Table t = data.table();
    return new Casualties(data.with(t.where(t.booleanColumn("latest_for_year").isTrue())));
  }

  /** Returns one row per year: the figure of the earliest edition held (the first report where known). */
  public Casualties asFirstReported() {
    Table t = data.table();
    return new Casualties(data.with(t.where(t.booleanColumn("earliest_for_year").isTrue())));
  }

  /** Returns the rows of one data year, all editions. */
  public Casualties year(int dataYear) {
    Table t = data.table();
    return new Casualties(data.with(t.where(t.intColumn("data_year").isEqualTo(dataYear))));
  }

  /**
   * Returns the total recorded casualties of a year when this value holds exactly one row for it
   * (use after {@link #latestRevision()} or {@link #asFirstReported()}).
   *
   * @throws IllegalStateException when the year has no row or several
   */
  public int total(int dataYear) {
    Table rows = year(dataYear).table();
    if (rows.rowCount() != 1) {
      throw new IllegalStateException(rows.rowCount() + " rows for " + dataYear
          + "; pick a vintage first: latestRevision() or asFirstReported()");
    }
    return rows.intColumn("total_recorded").get(0);
  }

  /**
   * Returns the yearly totals of data years {@code from}..{@code to} that have exactly one row here
   * (use after {@link #latestRevision()} or {@link #asFirstReported()}): count, minimum, mean, maximum.
   */
  public java.util.IntSummaryStatistics totals(int from, int to) {
    java.util.IntSummaryStatistics s = new java.util.IntSummaryStatistics();
    for (int y = from; y <= to; y++) {
      if (year(y).table().rowCount() == 1) {
        s.accept(total(y));
      }
    }
    return s;
  }

  /** Returns the rows as a Tablesaw table. */
  public Table table() {
    return data.table();
  }

  /** Returns the dataset's sources, caveats and title. */
  public CuratedTable source() {
    return data;
  }

  @Override
  public String toString() {
    return data.toString();
  }
}
