package org.treatylab.data.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A raw source CSV (RFC 4180, header in the first line) read into rows that remember their line
 * number, so that every error can name {@code file:line:field}. Raw files are read strictly: a row
 * with the wrong number of fields or an unterminated quote is an {@link ImportException}, never a
 * silently shifted row.
 */
public final class SourceCsv {
  /** One data row of a source CSV. */
  public static final class Row {
    private final String file;
    private final int line;
    private final Map<String, String> values;

    Row(String file, int line, Map<String, String> values) {
      this.file = file;
      this.line = line;
      this.values = values;
    }

    /** Returns the source file name, for error messages and provenance. */
    public String file() {
      return file;
    }

    /** Returns the 1-based line on which the row starts. */
    public int line() {
      return line;
    }

    /** Returns the trimmed value of a column, or "" when empty. */
    public String get(String column) {
      String v = values.get(column);
      if (v == null) {
        throw new ImportException(file, line, column, "column is missing from the header");
      }
      return v.trim();
    }

    /** Returns the value of a column, failing when it is empty. */
    public String required(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        throw error(column, "is empty but required");
      }
      return v;
    }

    /**
     * Returns the ISO date (YYYY-MM-DD) in a column, or null when empty; parsed strictly (no 31 Feb).
     *
     * @throws ImportException naming file, line and column for anything else
     */
    public java.time.LocalDate dateOrNull(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        return null;
      }
      try {
        return java.time.LocalDate.parse(v);
      } catch (java.time.format.DateTimeParseException e) {
        throw error(column, "'" + v + "' is not a calendar date (YYYY-MM-DD)");
      }
    }

    /** Returns a column's web address, failing when it is empty or not an http(s) address. */
    public String address(String column) {
      String url = required(column);
      if (!url.startsWith("http://") && !url.startsWith("https://")) {
        throw error(column, "must be an http(s) address, got '" + url + "'");
      }
      return url;
    }

    /**
     * Returns the ledger claim a column names, failing when it is empty or not one of {@code claimIds}
     * (the claim ids of {@code claims-source.csv}).
     */
    public String claimId(String column, java.util.Set<String> claimIds) {
      String claim = required(column);
      if (!claimIds.contains(claim)) {
        throw error(column, "'" + claim + "' is no claim of claims-source.csv; add the claim there first");
      }
      return claim;
    }

    /** Returns an error about one field of this row. */
    public ImportException error(String column, String message) {
      return new ImportException(file, line, column, message);
    }
  }

  private final String fileName;
  private final List<String> header;
  private final List<Row> rows;

  private SourceCsv(String fileName, List<String> header, List<Row> rows) {
    this.fileName = fileName;
    this.header = header;
    this.rows = rows;
  }

  /** Reads a source CSV file (UTF-8). */
  public static SourceCsv read(Path file) {
    try {
      return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses CSV text.
   *
   * @param fileName the name used in error messages and provenance
   * @param text the CSV text, header first
   */
  public static SourceCsv parse(String fileName, String text) {
    List<List<String>> records = new ArrayList<>();
    List<Integer> startLines = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean inQuotes = false;
    int line = 1;
    int recordStart = 1;
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inQuotes) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            inQuotes = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"') {
        if (field.length() > 0) {
          throw new ImportException(fileName, line, fieldName(records, fields.size()), "quote inside an unquoted field");
        }
        inQuotes = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
          records.add(fields);
          startLines.add(recordStart);
        }
        fields = new ArrayList<>();
        line++;
        recordStart = line;
      } else {
        field.append(c);
      }
    }
    if (inQuotes) {
      throw new ImportException(fileName, recordStart, fieldName(records, fields.size()),
          "quoted field is never closed (file truncated?)");
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(fields);
      startLines.add(recordStart);
    }
    if (records.isEmpty()) {
      throw new ImportException(fileName, 0, null, "file is empty (no header)");
    }
    for (String h : records.get(0)) {
      if (h.indexOf('\n') >= 0 || h.indexOf('\r') >= 0) {
        throw new ImportException(fileName, 1, h.strip().split("\\R")[0], "line break inside a quoted header name");
      }
    }
    List<String> header = records.get(0).stream().map(String::trim).toList();
    List<Row> rows = new ArrayList<>();
    Map<List<String>, Integer> seen = new java.util.HashMap<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> rec = records.get(r);
      int at = startLines.get(r);
      if (rec.size() != header.size()) {
        throw new ImportException(
            fileName, at, rec.size() > header.size() ? "(field " + (header.size() + 1) + ", beyond the header)"
                : header.get(Math.max(rec.size() - 1, 0)),
            "malformed row: " + rec.size() + " fields where the header has " + header.size());
      }
      for (int c = 0; c < rec.size(); c++) {
        // The curated CSVs keep one record per line; a line break inside quotes is refused, not copied.
        if (rec.get(c).indexOf('\n') >= 0 || rec.get(c).indexOf('\r') >= 0) {
          throw new ImportException(fileName, at, header.get(c),
              "line break inside a quoted field (the record continues on the next line): join the field into one line");
        }
      }
      Integer first = seen.putIfAbsent(rec, at);
      if (first != null) {
        throw new ImportException(fileName, at, header.get(0), "duplicate row: repeats line " + first + " exactly");
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        values.put(header.get(c), rec.get(c));
      }
      rows.add(new Row(fileName, at, values));
    }
    return new SourceCsv(fileName, header, rows);
  }

  /** The name of field {@code index} from the header already read, for error messages. */
  private static String fieldName(List<List<String>> records, int index) {
    if (records.isEmpty()) {
      return "header";
    }
    List<String> header = records.get(0);
    return index < header.size() ? header.get(index).trim() : "(field " + (index + 1) + ", beyond the header)";
  }

  /** Returns the file name. */
  public String fileName() {
    return fileName;
  }

  /** Returns the column names. */
  public List<String> header() {
    return header;
  }

  /** Returns the data rows in file order. */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Fails unless every named column is in the header.
   *
   * @throws ImportException naming the first missing column
   */
  public SourceCsv requireColumns(String... columns) {
    for (String c : columns) {
      if (!header.contains(c)) {
        throw new ImportException(fileName, 1, c, "expected column is missing from the header " + header);
      }
    }
    return this;
  }
}
