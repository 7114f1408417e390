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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figure rows of {@code sources/claims-evidence/FIGURES.md} (X01–X31): for each figure the paper
 * claims it bears on, the summary value, the data years, the source title and address, the exact quoted
 * sentence, and the note with the grade and the note's own quoted sentences (other cells of the same
 * page, or other pages with their addresses).
 *
 * <p>Parsing is strict: a row without a quoted sentence, with a grade that is neither primary nor
 * secondary, with data years outside 1900–2100 or out of order, or with an id seen before, stops the
 * import with the file, line and field.
 */
public final class EvidenceFigures {
  /** A sentence quoted inside a note, with its character span in the note. */
  public record NoteQuote(String text, int start, int end) {}

  /** One row of the FIGURES.md table. */
  public record Figure(
      String id,
      List<String> claimIds,
      String figure,
      String value,
      String dataYears,
      int firstYear,
      int lastYear,
      String sourceTitle,
      String sourceUrl,
      String quote,
      String note,
      String grade,
      int line) {

    /** Returns the sentences quoted in the note ("..."), in order. */
    public List<NoteQuote> noteQuotes() {
      List<NoteQuote> out = new ArrayList<>();
      Matcher m = QUOTED.matcher(note);
      while (m.find()) {
        out.add(new NoteQuote(m.group(1), m.start(), m.end()));
      }
      return out;
    }

    /** Returns this row as the record the Monitor casualty importer uses for provenance. */
    public MonitorFigures.Figure asMonitorFigure(String quoteStatingValue) {
      return new MonitorFigures.Figure(id, figure, value, dataYears, sourceTitle, sourceUrl, quoteStatingValue,
          note, line);
    }
  }

  static final String FIELD_QUOTE = "exact quoted sentence";
  private static final Pattern ROW = Pattern.compile("^\\| (X\\d\\d) \\|.*");
  private static final Pattern ANY_ID_ROW = Pattern.compile("^\\| *[A-Za-z]+\\d+ *\\|.*");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
  private static final Pattern CLAIM_ID = Pattern.compile("[EPVG]\\d*");

  private final String fileName;
  private final String markdown;
  private final Map<String, Figure> byId;

  private EvidenceFigures(String fileName, String markdown, Map<String, Figure> byId) {
    this.fileName = fileName;
    this.markdown = markdown;
    this.byId = byId;
  }

  /** Reads FIGURES.md. */
  public static EvidenceFigures read(Path file) {
    try {
      return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the Markdown text; only table rows whose first cell is an X id count. */
  public static EvidenceFigures parse(String fileName, String markdown) {
    Map<String, Figure> figures = new LinkedHashMap<>();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      int at = i + 1;
      if (!ROW.matcher(line).matches()) {
        if (ANY_ID_ROW.matcher(line).matches()) {
          throw new ImportException(fileName, at, "id", "row id is not of the form X01: " + line.split("\\|")[1].trim());
        }
        continue;
      }
      List<String> cells = MonitorFigures.cells(line);
      if (cells.size() != 8) {
        throw new ImportException(fileName, at, null, "figure row has " + cells.size() + " cells, expected 8");
      }
      String id = cells.get(0);
      List<String> claims = new ArrayList<>();
      for (String c : cells.get(1).split(",")) {
        String claim = c.trim();
        if (!CLAIM_ID.matcher(claim).matches()) {
          throw new ImportException(fileName, at, "claim", "'" + claim + "' is not a claim id such as E1, P3, V2 or G");
        }
        claims.add(claim);
      }
      String dataYears = cells.get(4);
      List<Integer> years = new ArrayList<>();
      Matcher y = YEAR.matcher(dataYears);
      while (y.find()) {
        years.add(Integer.parseInt(y.group(1)));
      }
      if (years.isEmpty()) {
        throw new ImportException(fileName, at, "data year", "'" + dataYears + "' names no year");
      }
      for (int year : years) {
        if (year < 1900 || year > 2100) {
          throw new ImportException(fileName, at, "data year", "year " + year + " is outside 1900-2100");
        }
      }
      int first = years.get(0);
      int last = years.get(years.size() - 1);
      if (first > last) {
        throw new ImportException(fileName, at, "data year", "'" + dataYears + "' runs backwards");
      }
      String source = cells.get(5);
      // "Title — https://…", or (X30) a description with the address inside it.
      int dash = source.lastIndexOf(" — ");
      String title;
      String url;
      if (dash >= 0 && source.substring(dash + 3).trim().matches("https?://\\S+.*")) {
        title = source.substring(0, dash).trim();
        url = source.substring(dash + 3).trim().split("\\s+")[0];
      } else {
        Matcher address = Pattern.compile("https?://[^\\s)]+").matcher(source);
        if (!address.find()) {
          throw new ImportException(fileName, at, "source", "names no http(s) address");
        }
        title = source;
        url = address.group();
      }
      String quote = MonitorFigures.unquote(cells.get(6));
      if (quote.isBlank()) {
        throw new ImportException(fileName, at, FIELD_QUOTE, "is empty: every figure needs the sentence that states it");
      }
      String note = cells.get(7);
      String grade = grade(note);
      if (grade == null) {
        throw new ImportException(fileName, at, "note", "does not start with the grade (Primary… or Secondary…)");
      }
      Figure f = new Figure(id, List.copyOf(claims), cells.get(2), cells.get(3), dataYears, first, last, title, url,
          quote, note, grade, at);
      if (figures.put(id, f) != null) {
        throw new ImportException(fileName, at, "id", "figure id " + id + " occurs twice");
      }
    }
    if (figures.isEmpty()) {
      throw new ImportException(fileName, 0, null, "no figure rows (| X01 | …) found");
    }
    return new EvidenceFigures(fileName, markdown, figures);
  }

  /** Returns the grade the note starts with: primary ("Primary", "Primary-grade", …) or secondary. */
  static String grade(String note) {
    String n = note.toLowerCase(java.util.Locale.ROOT).replace("*", "");
    if (n.startsWith("primary")) {
      return "primary";
    }
    if (n.startsWith("secondary")) {
      return "secondary";
    }
    return null;
  }

  /** Returns the file name, for provenance. */
  public String fileName() {
    return fileName;
  }

  /** Returns the Markdown text (for the header's list of claims with nothing found). */
  public String markdown() {
    return markdown;
  }

  /** Returns the figures in file order. */
  public List<Figure> all() {
    return List.copyOf(byId.values());
  }

  /**
   * Returns the figure with the given id.
   *
   * @throws ImportException naming the referring row and field when FIGURES.md has no such figure
   */
  public Figure get(String id, SourceCsv.Row row, String field) {
    Figure f = byId.get(id.trim());
    if (f == null) {
      throw row.error(field, "figure id '" + id + "' is not in " + fileName);
    }
    return f;
  }
}
