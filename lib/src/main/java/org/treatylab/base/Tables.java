package org.treatylab.base;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One way to turn a list of records into a Tablesaw table: name the table, give the records, then declare
 * the columns one by one, each with its name, its kind (text, number, integer, date, true/false), an
 * optional unit, and the function that reads its value from a record.
 *
 * <pre>{@code
 * Table t = Tables.of("years to clear", rows)
 *     .text("scenario", Row::scenario)
 *     .number("annual_usd_million", "US$ million", r -> r.annualUsd() / 1e6)
 *     .integer("runs", Row::runs)
 *     .date("start", Row::start)
 *     .bool("party", Row::party)
 *     .build();
 * }</pre>
 *
 * <p>The table has one row per record, in the records' order, and the columns in the order declared;
 * {@link #rows(String, int)} numbers the rows instead, for values held in parallel arrays. A {@code null}
 * from a text, integer, date or true/false column's function, and NaN from a number column's, leave the
 * cell missing, as Tablesaw's own {@code append} does. Units are not part of the column names (which stay as
 * declared): {@link #unit(Table, String)} gives them back for the table the builder made.
 *
 * <p>Only Tablesaw is needed, so every layer of the library can use it.
 */
public final class Tables {
  /**
   * The unit declared for each column built here. Tablesaw columns have no place for metadata and compare by
   * identity, so a weak map keyed by the column object holds the unit exactly as long as the column lives.
   */
  private static final Map<Column<?>, String> UNITS = Collections.synchronizedMap(new WeakHashMap<>());

  private Tables() {}

  /**
   * Starts a table with one row per record, in the order of {@code records}.
   *
   * @param name the table's name, shown as its caption (not null; may be empty)
   * @param records the records, one per row (not null, no null element; may be empty)
   * @throws NullPointerException for a null name or records; IllegalArgumentException for a null record
   */
  public static <R> Builder<R> of(String name, Collection<? extends R> records) {
    Checks.notNull(name, "name");
    Checks.notNull(records, "records");
    List<R> rows = new ArrayList<>(records.size());
    for (R r : records) {
      if (r == null) {
        throw new IllegalArgumentException("records holds null at index " + rows.size() + " (table '" + name
            + "'); pass one record per row, without nulls");
      }
      rows.add(r);
    }
    return new Builder<>(name, rows);
  }

  /**
   * Starts a table of {@code rowCount} rows whose records are the row numbers 0, 1, …: for values held in
   * parallel arrays, e.g. {@code Tables.rows("growth", dates.length).date("date", i -> dates[i])}.
   *
   * @param name the table's name (not null; may be empty)
   * @param rowCount the number of rows, 0 or more
   */
  public static Builder<Integer> rows(String name, int rowCount) {
    Checks.atLeast(rowCount, "rowCount", 0, null);
    return of(name, IntStream.range(0, rowCount).boxed().toList());
  }

  /**
   * Returns the unit declared for a column when {@link Builder#build()} made it, e.g. "US$ million"; empty
   * for a column declared without a unit, and for a column Tablesaw made (a copy, a filtered or sorted
   * table, a dataset read from CSV), which carries no unit.
   *
   * @param table a table
   * @param column one of its column names
   * @throws IllegalArgumentException when the table has no such column (the message lists its columns)
   */
  public static Optional<String> unit(Table table, String column) {
    Checks.notNull(table, "table");
    Checks.hasColumn(table, column, "column");
    return Optional.ofNullable(UNITS.get(table.column(column)));
  }

  /**
   * Declares the columns of a table, then {@link #build()}s it.
   *
   * @param <R> the type of the records, one per row
   */
  public static final class Builder<R> {
    private final String name;
    private final List<R> records;
    private final List<Declared<R>> columns = new ArrayList<>();

    private Builder(String name, List<R> records) {
      this.name = name;
      this.records = records;
    }

    /** A declared column: its name, its unit or null, and how to fill it from the records. */
    private record Declared<R>(String name, String unit, Function<List<R>, Column<?>> fill) {}

    /**
     * Adds a text column. A {@code null} value leaves the cell missing (shown empty).
     *
     * @param column the column's name (not null, not used before in this table; may be empty, as for the
     *     row labels of a cross-tabulation)
     * @param value reads the cell from a record
     */
    public Builder<R> text(String column, Function<? super R, String> value) {
      check(column, null, value);
      return add(column, null, rows -> {
        StringColumn c = StringColumn.create(column);
        rows.forEach(r -> c.append(value.apply(r)));
        return c;
      });
    }

    /**
     * Adds a number column without a unit (a ratio, a statistic). NaN leaves the cell missing.
     *
     * @param column the column's name (not null, not used before in this table)
     * @param value reads the cell from a record
     */
    public Builder<R> number(String column, ToDoubleFunction<? super R> value) {
      check(column, null, value);
      return add(column, null, numbers(column, value));
    }

    /**
     * Adds a number column in a unit, e.g. {@code number("annual_usd_million", "US$ million", …)}.
     *
     * @param column the column's name (not null, not used before in this table)
     * @param unit the unit of the values, as a reader would write it ("US$ million", "years", "%"; not blank)
     * @param value reads the cell from a record
     */
    public Builder<R> number(String column, String unit, ToDoubleFunction<? super R> value) {
      Checks.notNull(unit, "unit of column '" + Checks.notNull(column, "column") + "'");
      check(column, unit, value);
      return add(column, unit, numbers(column, value));
    }

    /**
     * Adds a whole-number column without a unit (a rank, a count of things named by the column). A
     * {@code null} value leaves the cell missing (a rank that does not apply).
     *
     * @param column the column's name (not null, not used before in this table)
     * @param value reads the cell from a record
     */
    public Builder<R> integer(String column, Function<? super R, Integer> value) {
      check(column, null, value);
      return add(column, null, integers(column, value));
    }

    /**
     * Adds a whole-number column in a unit, e.g. {@code integer("days_to_eif", "days", …)}. A {@code null}
     * value leaves the cell missing.
     *
     * @param column the column's name (not null, not used before in this table)
     * @param unit the unit of the values ("days", "states"; not blank)
     * @param value reads the cell from a record
     */
    public Builder<R> integer(String column, String unit, Function<? super R, Integer> value) {
      Checks.notNull(unit, "unit of column '" + Checks.notNull(column, "column") + "'");
      check(column, unit, value);
      return add(column, unit, integers(column, value));
    }

    /**
     * Adds a date column. A {@code null} value leaves the cell missing (no date).
     *
     * @param column the column's name (not null, not used before in this table)
     * @param value reads the cell from a record
     */
    public Builder<R> date(String column, Function<? super R, LocalDate> value) {
      check(column, null, value);
      return add(column, null, rows -> {
        DateColumn c = DateColumn.create(column);
        rows.forEach(r -> c.append(value.apply(r)));
        return c;
      });
    }

    /**
     * Adds a true/false column. A {@code null} value leaves the cell missing.
     *
     * @param column the column's name (not null, not used before in this table)
     * @param value reads the cell from a record
     */
    public Builder<R> bool(String column, Function<? super R, Boolean> value) {
      check(column, null, value);
      return add(column, null, rows -> {
        BooleanColumn c = BooleanColumn.create(column);
        rows.forEach(r -> c.append(value.apply(r)));
        return c;
      });
    }

    /**
     * Returns a new table: one row per record, the columns in the order declared. Each call reads the
     * records again and returns a table of its own.
     *
     * @throws IllegalArgumentException when no column was declared
     */
    public Table build() {
      if (columns.isEmpty()) {
        throw new IllegalArgumentException("table '" + name + "' has no columns; declare them with text(), number(),"
            + " integer(), date() or bool() before build()");
      }
      Table out = Table.create(name);
      for (Declared<R> d : columns) {
        Column<?> c = d.fill().apply(records);
        if (d.unit() != null) {
          UNITS.put(c, d.unit());
        }
        out.addColumns(c);
      }
      return out;
    }

    private static <R> Function<List<R>, Column<?>> numbers(String column, ToDoubleFunction<? super R> value) {
      return rows -> {
        DoubleColumn c = DoubleColumn.create(column);
        rows.forEach(r -> c.append(value.applyAsDouble(r)));
        return c;
      };
    }

    private static <R> Function<List<R>, Column<?>> integers(String column, Function<? super R, Integer> value) {
      return rows -> {
        IntColumn c = IntColumn.create(column);
        rows.forEach(r -> c.append(value.apply(r)));
        return c;
      };
    }

    /** Refuses a null name, a name used before, a blank unit and a null function, naming the column. */
    private void check(String column, String unit, Object value) {
      Checks.notNull(column, "column");
      for (Declared<R> d : columns) {
        if (d.name().equals(column)) {
          throw new IllegalArgumentException("column '" + column + "' is declared twice in table '" + name
              + "' (columns so far: " + columns.stream().map(Declared::name).toList()
              + "); give each column its own name");
        }
      }
      Checks.notNull(value, "value of column '" + column + "'");
      if (unit != null && unit.isBlank()) {
        throw new IllegalArgumentException("unit of column '" + column + "' is blank; pass the unit (\"US$ million\","
            + " \"years\") or declare the column without one");
      }
    }

    private Builder<R> add(String column, String unit, Function<List<R>, Column<?>> fill) {
      columns.add(new Declared<>(column, unit, fill));
      return this;
    }
  }
}
