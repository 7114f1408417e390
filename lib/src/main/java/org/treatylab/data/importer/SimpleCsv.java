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
 * A small RFC 4180 reader for the raw CSV sources and hand-kept tables (one record per line; quoted
 * fields may hold commas and doubled quotes, not line breaks). Errors name the file and line.
 */
final class SimpleCsv {
  private SimpleCsv() {}

  /** Splits one CSV line into fields. */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  /** One data record with its 1-based line number, fields by column name. */
  record Row(int line, Map<String, String> fields) {
    String get(String column) {
      return fields.get(column);
    }
  }

  /** Reads a CSV file with a header into rows; a row with the wrong number of fields is an error. */
  static List<Row> read(Path file, String label, List<String> requiredColumns) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), label, requiredColumns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Row> parse(String text, String label, List<String> requiredColumns) {
    String[] lines = text.replace("\r\n", "\n").split("\n");
    if (lines.length == 0 || lines[0].isBlank()) {
      throw new ImportException(label, 1, null, "empty file: no header");
    }
    List<String> header = split(lines[0].replace("\uFEFF", ""));
    for (String c : requiredColumns) {
      if (!header.contains(c)) {
        throw new ImportException(label, 1, c, "missing column '" + c + "' (header: " + header + ")");
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      List<String> cells = split(lines[i]);
      if (cells.size() != header.size()) {
        throw new ImportException(label, i + 1, null,
            "row has " + cells.size() + " fields, header has " + header.size());
      }
      Map<String, String> m = new LinkedHashMap<>();
      for (int j = 0; j < header.size(); j++) {
        m.put(header.get(j), cells.get(j));
      }
      rows.add(new Row(i + 1, m));
    }
    return rows;
  }
}
