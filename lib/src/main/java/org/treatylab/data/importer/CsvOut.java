package org.treatylab.data.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a curated CSV byte-for-byte reproducibly: fixed header, rows in the order given (callers sort
 * them), RFC 4180 quoting, {@code \n} line ends, no timestamps. Null is written as an empty field.
 */
public final class CsvOut {
  private List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  /** Starts a CSV with the given column names. */
  public CsvOut(List<String> header) {
    this.header = List.copyOf(header);
  }

  /** Adds a row; values are turned into text with {@code String.valueOf}, null as empty. */
  public CsvOut row(Object... values) {
    if (values.length != header.size()) {
      throw new IllegalArgumentException(
          "row has " + values.length + " values for " + header.size() + " columns " + header);
    }
    List<String> row = new ArrayList<>(values.length);
    for (Object v : values) {
      row.add(v == null ? "" : String.valueOf(v));
    }
    rows.add(row);
    return this;
  }

  /** Sorts the rows by the given comparator (over the row's text values). */
  public CsvOut sort(Comparator<List<String>> order) {
    rows.sort(order);
    return this;
  }

  /** Returns the column names. */
  List<String> header() {
    return header;
  }

  /** Returns the rows themselves (package-private: for post-import passes that fill a column). */
  List<List<String>> rows() {
    return rows;
  }

  /** Inserts an empty column at {@code index}. */
  void insertColumn(int index, String name) {
    List<String> h = new ArrayList<>(header);
    h.add(index, name);
    header = List.copyOf(h);
    rows.forEach(r -> r.add(index, ""));
  }

  /** Returns the number of data rows. */
  public int size() {
    return rows.size();
  }

  /** Returns the CSV text. */
  public String text() {
    StringBuilder out = new StringBuilder();
    line(out, header);
    for (List<String> row : rows) {
      line(out, row);
    }
    return out.toString();
  }

  /** Writes the CSV to a file, creating parent folders. */
  public void write(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(StringBuilder out, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(values.get(i)));
    }
    out.append('\n');
  }

  static String quote(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
