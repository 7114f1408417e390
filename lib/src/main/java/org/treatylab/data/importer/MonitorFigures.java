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
import java.util.regex.Pattern;

/**
 * The figure rows of {@code sources/monitor/FIGURES.md}: for each figure id (C01, P03, F09, M02, …) the
 * source title and address and the exact sentence as stored. The transcribed CSVs only carry figure
 * ids, so every curated row gets its source and quote from here.
 */
public final class MonitorFigures {
  /** One row of a FIGURES.md table. */
  public record Figure(
      String id,
      String figure,
      String value,
      String dataYear,
      String sourceTitle,
      String sourceUrl,
      String quote,
      String note,
      int line) {

    /** Returns true when the source or note marks the figure as second-hand (press, blog, summary). */
    public boolean secondary() {
      String text = (sourceTitle + " " + note).toLowerCase();
      return text.contains("secondary")
          || text.contains(" via ")
          || text.contains("citing")
          || text.contains("summary of")
          || text.contains(" on landmine monitor")
          || text.contains(" on lm20")
          || text.contains("news");
    }

    /** Returns true when {@code text} occurs in the quote or the note (ignoring case and spacing). */
    public boolean mentions(String text) {
      String needle = squash(text);
      return squash(quote).contains(needle) || squash(note).contains(needle);
    }

    private static String squash(String s) {
      return s.toLowerCase().replaceAll("\\s+", " ");
    }
  }

  private static final Pattern ROW = Pattern.compile("^\\| ([A-Z]\\d\\d) \\|.*");

  private final String fileName;
  private final Map<String, Figure> byId;

  private MonitorFigures(String fileName, Map<String, Figure> byId) {
    this.fileName = fileName;
    this.byId = byId;
  }

  /** Reads FIGURES.md. */
  public static MonitorFigures read(Path file) {
    try {
      return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the Markdown text of FIGURES.md; only table rows whose first cell is a figure id count. */
  public static MonitorFigures parse(String fileName, String markdown) {
    Map<String, Figure> figures = new LinkedHashMap<>();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (!ROW.matcher(line).matches()) {
        continue;
      }
      List<String> cells = cells(line);
      if (cells.size() != 7) {
        throw new ImportException(
            fileName, i + 1, cells.isEmpty() ? "id" : "row " + cells.get(0),
            "figure row has " + cells.size() + " cells, expected 7 (truncated or an unescaped '|')");
      }
      String source = cells.get(4);
      int dash = source.lastIndexOf(" — ");
      String title = dash < 0 ? source : source.substring(0, dash).trim();
      String url = dash < 0 ? "" : source.substring(dash + 3).trim().split("\\s+")[0];
      Figure f =
          new Figure(cells.get(0), cells.get(1), cells.get(2), cells.get(3), title, url,
              unquote(cells.get(5)), cells.get(6), i + 1);
      if (figures.put(f.id(), f) != null) {
        throw new ImportException(fileName, i + 1, "id", "figure id " + f.id() + " occurs twice");
      }
    }
    return new MonitorFigures(fileName, figures);
  }

  /** Returns the file name, for provenance. */
  public String fileName() {
    return fileName;
  }

  /**
   * Returns the figure with the given id.
   *
   * @param id the figure id, e.g. {@code C09}
   * @param row the source row that refers to it, for the error message
   * @param field the referring column
   * @throws ImportException when FIGURES.md has no such figure
   */
  public Figure get(String id, SourceCsv.Row row, String field) {
    Figure f = byId.get(id.trim());
    if (f == null) {
      throw row.error(field, "figure id '" + id + "' is not in " + fileName);
    }
    return f;
  }

  /** Returns the figure with the given id, or null. */
  public Figure find(String id) {
    return byId.get(id);
  }

  /** Returns the figures whose ids are listed in a field such as {@code "P06;P07"}, in order. */
  public List<Figure> all(String ids, SourceCsv.Row row, String field) {
    List<Figure> out = new ArrayList<>();
    for (String id : ids.split("[;,]")) {
      if (!id.isBlank()) {
        out.add(get(id, row, field));
      }
    }
    if (out.isEmpty()) {
      throw row.error(field, "names no figure id");
    }
    return out;
  }

  /** Returns the number of figures read. */
  public int size() {
    return byId.size();
  }

  /** The cells of a Markdown table row (split on unescaped pipes). */
  static List<String> cells(String line) {
    // Cells are split on unescaped pipes; "\|" inside a cell is a literal pipe.
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return cells;
  }

  /** The text without one pair of surrounding double quotes. */
  static String unquote(String s) {
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
