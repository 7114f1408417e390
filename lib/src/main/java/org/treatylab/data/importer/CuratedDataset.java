package org.treatylab.data.importer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A curated dataset as an importer builds it: its columns, rows, row count report, sources and
 * caveats. {@link #write(Path)} writes the CSV and {@link #resource()} gives its {@code datapackage.json}
 * entry, so the description can never drift from the columns actually written.
 */
public final class CuratedDataset {
  /** A source named in the resource's {@code sources}. */
  public record Source(String title, String path) {}

  private final String name;
  private final String title;
  private final String description;
  private List<Column> columns;
  private final CsvOut csv;
  private final ImportReport report;
  private final List<Source> sources = new ArrayList<>();
  private final List<String> caveats = new ArrayList<>();
  private final List<ObjectNode> licenses = new ArrayList<>();
  private List<String> primaryKey = List.of();

  /**
   * Starts an empty dataset.
   *
   * @param name resource name; the CSV is {@code name + ".csv"}
   * @param title one-line title
   * @param description what one row is and where the data come from
   * @param columns the columns in file order
   */
  public CuratedDataset(String name, String title, String description, List<Column> columns) {
    this.name = name;
    this.title = title;
    this.description = description;
    this.columns = List.copyOf(columns);
    this.csv = new CsvOut(columns.stream().map(Column::name).toList());
    this.report = new ImportReport(fileName());
  }

  /** Returns the resource name. */
  public String name() {
    return name;
  }

  /** Returns the CSV file name. */
  public String fileName() {
    return name + ".csv";
  }

  /** Returns the rows-in = kept + rejected report. */
  public ImportReport report() {
    return report;
  }

  /** Returns the CSV being built. */
  public CsvOut csv() {
    return csv;
  }

  /** Returns the columns. */
  public List<Column> columns() {
    return columns;
  }

  /** Returns the index of a column, or -1. */
  int columnIndex(String column) {
    return csv.header().indexOf(column);
  }

  /** Inserts a column (empty in every row) after an existing one, or replaces its description if present. */
  void putColumnAfter(String after, Column column) {
    List<Column> cols = new ArrayList<>(columns);
    int at = columnIndex(column.name());
    if (at >= 0) {
      cols.set(at, column);
    } else {
      int index = columnIndex(after) + 1;
      cols.add(index, column);
      csv.insertColumn(index, column.name());
    }
    columns = List.copyOf(cols);
  }

  /** Replaces a column's description (same name). */
  void describe(Column column) {
    List<Column> cols = new ArrayList<>(columns);
    cols.set(columnIndex(column.name()), column);
    columns = List.copyOf(cols);
  }

  /** Adds a kept row (values in column order) and counts it as kept. */
  public CuratedDataset keep(Object... values) {
    csv.row(values);
    report.kept();
    return this;
  }

  /** Names a source of this dataset. */
  public CuratedDataset source(String title, String path) {
    sources.add(new Source(title, path));
    return this;
  }

  /** Adds the terms under which the data may be used (a Frictionless license object). */
  public CuratedDataset license(ObjectNode license) {
    licenses.add(license);
    return this;
  }

  /** Declares the columns that identify a row (Table Schema {@code primaryKey}); checked on write. */
  public CuratedDataset primaryKey(String... keyColumns) {
    for (String k : keyColumns) {
      if (columnIndex(k) < 0) {
        throw new IllegalArgumentException(name + ": primary key column '" + k + "' is not a column");
      }
    }
    primaryKey = List.of(keyColumns);
    return this;
  }

  /** Returns true when the importer stated the terms of use. */
  public boolean hasLicenses() {
    return !licenses.isEmpty();
  }

  /** Adds a caveat users must know before using the data. */
  public CuratedDataset caveat(String caveat) {
    caveats.add(caveat);
    return this;
  }

  /** Sorts rows by the first {@code keys} columns (numeric where both values are numbers). */
  public CuratedDataset sortByColumns(int keys) {
    Comparator<List<String>> order = (a, b) -> 0;
    for (int k = 0; k < keys; k++) {
      final int col = k;
      order = order.thenComparing((a, b) -> compareCells(a.get(col), b.get(col)));
    }
    csv.sort(order);
    return this;
  }

  static int compareCells(String a, String b) {
    try {
      return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
    } catch (NumberFormatException e) {
      return a.compareTo(b);
    }
  }

  /** Writes the CSV into the datasets folder. */
  public void write(Path datasetsDir) {
    report.requireBalanced();
    java.util.Map<List<String>, Integer> seen = new java.util.HashMap<>();
    for (int i = 0; i < csv.rows().size(); i++) {
      List<String> row = csv.rows().get(i);
      List<String> key = primaryKey.stream().map(k -> row.get(columnIndex(k))).toList();
      Integer first = primaryKey.isEmpty() ? null : seen.putIfAbsent(key, i + 2);
      if (first != null) {
        throw new ImportException(fileName(), i + 2, primaryKey.get(0), "duplicate key " + key
            + " (also on line " + first + "): two source rows give the same " + primaryKey);
      }
    }
    csv.write(datasetsDir.resolve(fileName()));
  }

  /** Returns this dataset's Frictionless Data Resource descriptor. */
  public ObjectNode resource() {
    ObjectNode r = DataPackage.newResource();
    r.put("name", name);
    r.put("path", fileName());
    r.put("profile", "tabular-data-resource");
    r.put("format", "csv");
    r.put("encoding", "utf-8");
    r.put("title", title);
    r.put("description", description);
    r.set("dialect", DataPackage.csvDialect());
    if (!licenses.isEmpty()) {
      licenses.forEach(r.putArray("licenses")::add);
    }
    ObjectNode schema = r.putObject("schema");
    ArrayNode fields = schema.putArray("fields");
    columns.forEach(c -> fields.add(c.field()));
    if (!primaryKey.isEmpty()) {
      primaryKey.forEach(schema.putArray("primaryKey")::add);
    }
    ArrayNode src = r.putArray("sources");
    for (Source s : sources) {
      ObjectNode o = src.addObject();
      o.put("title", s.title());
      o.put("path", s.path());
    }
    ArrayNode cav = r.putArray("caveats");
    caveats.forEach(cav::add);
    r.put("rows", csv.size());
    return r;
  }
}
