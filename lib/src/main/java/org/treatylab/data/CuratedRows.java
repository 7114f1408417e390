package org.treatylab.data;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.treatylab.base.Checks;
import tech.tablesaw.api.Table;

/**
 * The rows of one curated dataset that belong together — one paper's claims (dataset {@code claims},
 * see {@code org.treatylab.claims.Claims}), one process's events (dataset {@code events}, see
 * {@link Events}) — with the dataset's title, sources and caveats ({@link #source()}).
 *
 * <p>{@link #rowsWhere} is the one cached loader behind them: the rows of a dataset whose column holds a
 * value, read once per {@link Datasets#generation()} (notebooks ask for the same paper or process in
 * many cells) and handed out as copies, so no caller can change what the next one gets.
 */
public abstract class CuratedRows {
  /** A selection read in one generation of the datasets. */
  private record Selected(long generation, CuratedTable rows) {}

  private static final Map<String, Selected> SELECTED = new ConcurrentHashMap<>();

  private final CuratedTable rows;

  /** Holds the given rows (a selection of one curated dataset, with its metadata). */
  protected CuratedRows(CuratedTable rows) {
    this.rows = Checks.notNull(rows, "rows");
  }

  /**
   * Returns the rows of the curated dataset {@code dataset} whose text column {@code column} equals
   * {@code value} (none when no row does), with the dataset's metadata; read once per datasets
   * generation.
   *
   * @throws IllegalArgumentException for an unknown dataset or column, naming the nearest one
   */
  public static CuratedTable rowsWhere(String dataset, String column, String value) {
    Checks.notNull(column, "column");
    Checks.notNull(value, "value");
    String key = dataset + "\u0000" + column + "\u0000" + value;
    long generation = Datasets.generation();
    Selected s = SELECTED.get(key);
    if (s == null || s.generation() != generation) {
      CuratedTable all = CuratedTable.load(dataset);
      Table t = all.table();
      if (!t.columnNames().contains(column)) {
        throw Checks.unknown("column of " + dataset, "column", column, t.columnNames(), "CuratedTable.load(\"" + dataset + "\").table()");
      }
      s = new Selected(generation, all.with(t.where(t.stringColumn(column).isEqualTo(value))));
      SELECTED.put(key, s);
    }
    return s.rows();
  }

  /** Returns the same dataset's metadata over other rows (e.g. a filtered copy of {@link #table()}). */
  protected final CuratedTable withRows(Table other) {
    return rows.with(other);
  }

  /** Returns the rows as a Tablesaw table (a copy the caller may change). */
  public Table table() {
    return rows.table();
  }

  /** Returns the dataset's title, sources and caveats, over these rows. */
  public CuratedTable source() {
    return rows;
  }

  /** Returns the number of rows. */
  public int size() {
    return rows.rowCount();
  }
}
