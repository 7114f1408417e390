package org.treatylab.data.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Reads a UN Treaty Collection "status of treaties" page (as saved from
 * {@code treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=…}) into a {@link UntcStatusPage}:
 * the header (status date, title, entry into force, counts), the participant table and the end
 * notes. It interprets nothing; it only refuses what it cannot read, with an {@link ImportException}
 * naming the file, the HTML line and the column.
 */
public final class UntcStatusPageParser {
  private static final Pattern STATUS_AS_AT = Pattern.compile("STATUS AS AT\\s*:\\s*(\\d{2}-\\d{2}-\\d{4})");
  private static final Pattern MTDSG = Pattern.compile("mtdsg_no=([IVXL]+)-([0-9]+(?:-[a-z])?)[&\"']");
  private static final Pattern CELL =
      Pattern.compile("^(\\[)?\\s*(\\d{1,2} [A-Z][a-z]{2} \\d{4})\\s*([A-Za-z]{0,2})\\s*(\\])?$");
  private static final Pattern COUNT = Pattern.compile("(Signatories|Parties)\\s*:\\s*(\\d+)");
  private static final Pattern PLACE_DATE = Pattern.compile("^(.*?),\\s*(\\d{1,2} [A-Z][a-z]+ \\d{4})");
  private static final Set<String> SIGNATURE_CODES = Set.of("", "d");
  private static final Set<String> PROVISIONAL_CODES = Set.of("n");
  private static final Set<String> CONSENT_CODES = Set.of("", "a", "d", "A", "AA", "P", "c");

  private UntcStatusPageParser() {}

  /**
   * Parses one page.
   *
   * @param file the file name, used in error messages and kept in the result
   * @param html the page's HTML
   * @throws ImportException when the page lacks the status date, its number, the participant table,
   *     a needed column, or has a cell that is not a date with a known code
   */
  public static UntcStatusPage parse(String file, String html) {
    // A saved page ends with </html>: anything shorter was cut off (a partial table would otherwise
    // parse, auto-closed, into fewer rows without a word).
    if (!html.stripTrailing().toLowerCase(java.util.Locale.ROOT).endsWith("</html>")) {
      int lastLine = (int) html.chars().filter(c -> c == '\n').count() + 1;
      throw new ImportException(file, lastLine, "</html>", "the page ends without </html>: truncated (re-save the page)");
    }
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    String all = UntcDates.normalise(doc.text());

    Matcher asOf = STATUS_AS_AT.matcher(all);
    if (!asOf.find()) {
      throw new ImportException(file, 0, "STATUS AS AT", "no 'STATUS AS AT : dd-mm-yyyy' line: not a UNTC status page?");
    }
    LocalDate statusAsAt;
    try {
      statusAsAt = LocalDate.parse(asOf.group(1),
          DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT));
    } catch (DateTimeParseException e) {
      throw new ImportException(file, 0, "STATUS AS AT", "not a date: '" + asOf.group(1) + "'");
    }

    Matcher number = MTDSG.matcher(html);
    if (!number.find()) {
      throw new ImportException(file, 0, "mtdsg_no", "the page's own link with its UNTC number (mtdsg_no=…) is missing");
    }
    String untcNumber = number.group(1) + "-" + number.group(2);
    int chapter = roman(number.group(1));

    String title = textOf(doc, "rptTreaty_ctl00_tcTreaty").replaceFirst("^\\d+\\.\\s*(?:[a-z]\\s+)?", "");
    String placeLine = textOf(doc, "rptTreaty_ctl00_tcText");
    Matcher pd = PLACE_DATE.matcher(placeLine);
    String place = pd.find() ? pd.group(1) : null;
    LocalDate concluded = place == null ? null : headerDate(file, doc, "rptTreaty_ctl00_tcText", "date adopted", pd.group(2));

    String eifText = textOf(doc, "rptEIF_ctl00_tcText");
    // Only a date at the very start is the entry into force; "[see article XIV] …" means not in force.
    Matcher eifDate = Pattern.compile("^" + UntcDates.DATE.pattern()).matcher(eifText);
    LocalDate eif = null;
    if (eifDate.find()) {
      try {
        eif = UntcDates.of(eifDate).orElse(null);
      } catch (UntcDates.ImpossibleDate e) {
        throw new ImportException(file, lineOf(doc, "rptEIF_ctl00_tcText"), "entry into force", e.getMessage());
      }
    }

    Integer signatories = null;
    Integer parties = null;
    Matcher counts = COUNT.matcher(textOf(doc, "rptStatus_ctl00_tcText"));
    while (counts.find()) {
      if (counts.group(1).equals("Signatories")) {
        signatories = Integer.valueOf(counts.group(2));
      } else {
        parties = Integer.valueOf(counts.group(2));
      }
    }

    Element table = doc.selectFirst("table[id$=tblgrid]");
    if (table == null) {
      throw new ImportException(file, 0, "participant table", "no participant table (table id ending 'tblgrid'): page truncated or malformed");
    }
    Elements trs = table.select("tr");
    if (trs.isEmpty()) {
      throw new ImportException(file, line(table), "participant table", "the participant table has no rows");
    }
    List<String> columns = new ArrayList<>();
    for (Element td : trs.get(0).select("> td, > th")) {
      columns.add(UntcDates.normalise(td.text()).replaceFirst("^Participant\\b.*", "Participant"));
    }
    Columns cols = Columns.of(file, line(trs.get(0)), columns);

    List<ParticipantRow> rows = new ArrayList<>();
    for (int i = 1; i < trs.size(); i++) {
      rows.add(row(file, trs.get(i), columns, cols));
    }

    Map<Integer, String> notes = new LinkedHashMap<>();
    for (Element note : doc.select("div.divNotesAll")) {
      Element anchor = note.selectFirst("a[name]");
      if (anchor == null || !anchor.attr("name").matches("\\d+")) {
        continue; // a note without a number cannot be referred to from a row
      }
      int n = Integer.parseInt(anchor.attr("name"));
      String text = UntcDates.normalise(note.text()).replaceFirst("^" + n + "\\s*", "");
      notes.put(n, text);
    }

    return new UntcStatusPage(file, untcNumber, chapter, statusAsAt, title, place, concluded, eifText, eif,
        signatories, parties, textOf(doc, "rptNotes_ctl00_tcText"), List.copyOf(columns), List.copyOf(rows), notes,
        instrumentTables(file, doc));
  }

  // "x", or "x (18 July 2002)": accepted, on the date in brackets when one is printed.
  private static final Pattern MARK = Pattern.compile("^[xX](?:\\s*\\((" + UntcDates.DATE.pattern() + ")\\))?$");
  private static final Pattern INSTRUMENT_COLUMN = Pattern.compile("^(?:Protocol|Amendment|Annex|Article)\\b.*");

  /**
   * The page's "special table" of consents to annexed instruments (the CCW page's Protocols I–III), under
   * its heading; a page whose special table is hidden or empty has none.
   */
  private static List<UntcStatusPage.InstrumentTable> instrumentTables(String file, Document doc) {
    List<UntcStatusPage.InstrumentTable> out = new ArrayList<>();
    Element table = doc.selectFirst("table[id$=_Table1]");
    if (table == null || table.select("tr").isEmpty()) {
      return out;
    }
    Element headingCell = doc.selectFirst("div.tableHead");
    if (headingCell == null) {
      throw new ImportException(file, line(table), "special table", "a table of further consents without its heading (div.tableHead): which instruments it lists is unknown");
    }
    Element heading = headingCell.clone();
    List<Integer> headingNotes = supNumbers(heading);
    Elements trs = table.select("tr");
    int headerLine = line(trs.get(0));
    List<String> names = new ArrayList<>();
    for (Element td : trs.get(0).select("> td, > th")) {
      names.add(UntcDates.normalise(td.text()));
    }
    if (names.isEmpty() || !names.get(0).equals("Participant")) {
      throw new ImportException(file, headerLine, "Participant", "missing column: the special table's first column must be 'Participant', found " + names);
    }
    List<String> columns = names.subList(1, names.size());
    if (columns.isEmpty()) {
      throw new ImportException(file, headerLine, "special table", "no instrument columns after 'Participant'");
    }
    for (String c : columns) {
      if (!INSTRUMENT_COLUMN.matcher(c).matches()) {
        throw new ImportException(file, headerLine, c, "unknown column '" + c + "' in the special table (expected an instrument such as 'Protocol I')");
      }
    }
    List<UntcStatusPage.InstrumentRow> rows = new ArrayList<>();
    for (int i = 1; i < trs.size(); i++) {
      Element tr = trs.get(i);
      int line = line(tr);
      Elements tds = tr.select("> td");
      if (tds.size() != names.size()) {
        String missing = tds.size() < names.size() ? names.get(tds.size()) : "(extra cell)";
        throw new ImportException(file, line, missing, "row has " + tds.size() + " cells but the special table has " + names.size() + " columns " + names);
      }
      Element nameCell = tds.get(0).clone();
      List<Integer> footnotes = supNumbers(nameCell);
      String name = UntcDates.normalise(nameCell.text());
      if (name.isEmpty()) {
        throw new ImportException(file, line, "Participant", "empty participant name in the special table");
      }
      List<UntcStatusPage.Mark> marks = new ArrayList<>();
      boolean any = false;
      for (int c = 1; c < names.size(); c++) {
        String text = UntcDates.normalise(tds.get(c).text());
        if (text.isEmpty()) {
          marks.add(null);
          continue;
        }
        Matcher m = MARK.matcher(text);
        if (!m.matches()) {
          throw new ImportException(file, line, names.get(c), "unreadable mark '" + text + "' for '" + name + "' (expected 'x' or 'x (18 July 2002)')");
        }
        LocalDate notified = null;
        if (m.group(1) != null) {
          String column = names.get(c);
          try {
            notified = UntcDates.parse(m.group(1)).orElseThrow(() -> new ImportException(file, line, column,
                "malformed date: '" + m.group(1) + "' is not a calendar date"));
          } catch (UntcDates.ImpossibleDate e) {
            throw new ImportException(file, line, names.get(c), e.getMessage());
          }
        }
        marks.add(new UntcStatusPage.Mark(notified));
        any = true;
      }
      if (!any) {
        throw new ImportException(file, line, "Participant", "'" + name + "' has a row in the special table but no mark in any column");
      }
      rows.add(new UntcStatusPage.InstrumentRow(line, name, List.copyOf(footnotes), java.util.Collections.unmodifiableList(marks)));
    }
    out.add(new UntcStatusPage.InstrumentTable(UntcDates.normalise(heading.text()), List.copyOf(headingNotes), headerLine,
        List.copyOf(columns), List.copyOf(rows)));
    return out;
  }

  /** Removes the {@code <sup>} end-note markers from an element and returns their numbers. */
  private static List<Integer> supNumbers(Element e) {
    List<Integer> out = new ArrayList<>();
    for (Element sup : e.select("sup")) {
      for (String part : sup.text().split("[^0-9]+")) {
        if (!part.isEmpty()) {
          out.add(Integer.valueOf(part));
        }
      }
      sup.remove();
    }
    return out;
  }

  /** Positions of the known columns in the participant table. */
  private record Columns(int signature, int provisional, int consent) {
    static Columns of(String file, int line, List<String> names) {
      if (names.isEmpty() || !names.get(0).equals("Participant")) {
        throw new ImportException(file, line, "Participant", "missing column: the first column must be 'Participant', found " + names);
      }
      int signature = -1;
      int provisional = -1;
      int consent = -1;
      for (int i = 1; i < names.size(); i++) {
        String n = names.get(i);
        if (n.startsWith("Signature")) {
          signature = i;
        } else if (n.startsWith("Provisional application")) {
          provisional = i;
        } else if (n.matches(".*(Ratification|Accession|Consent to be bound|Succession|Acceptance|Approval).*")) {
          consent = i;
        } else {
          throw new ImportException(file, line, n, "unknown column '" + n + "'");
        }
      }
      if (consent < 0) {
        throw new ImportException(file, line, "Ratification, Accession…",
            "missing column: no consent column (Ratification / Accession / Consent to be bound) in " + names);
      }
      return new Columns(signature, provisional, consent);
    }
  }

  private record Cell(LocalDate date, String code, boolean bracketed) {}

  private static ParticipantRow row(String file, Element tr, List<String> names, Columns cols) {
    int line = line(tr);
    Elements tds = tr.select("> td");
    if (tds.size() != names.size()) {
      String missing = tds.size() < names.size() ? names.get(tds.size()) : "(extra cell)";
      throw new ImportException(file, line, missing,
          "row has " + tds.size() + " cells but the table has " + names.size() + " columns " + names);
    }
    Element nameCell = tds.get(0).clone();
    List<Integer> footnotes = new ArrayList<>();
    for (Element sup : nameCell.select("sup")) {
      for (String part : sup.text().split("[^0-9]+")) {
        if (!part.isEmpty()) {
          footnotes.add(Integer.valueOf(part));
        }
      }
      sup.remove();
    }
    String name = UntcDates.normalise(nameCell.text());
    if (name.isEmpty()) {
      throw new ImportException(file, line, "Participant", "empty participant name");
    }
    Cell sig = cols.signature() < 0 ? null : cell(file, line, names.get(cols.signature()), tds.get(cols.signature()), SIGNATURE_CODES);
    Cell prov = cols.provisional() < 0 ? null : cell(file, line, names.get(cols.provisional()), tds.get(cols.provisional()), PROVISIONAL_CODES);
    Cell con = cell(file, line, names.get(cols.consent()), tds.get(cols.consent()), CONSENT_CODES);
    return new ParticipantRow(line, name, List.copyOf(footnotes),
        sig == null ? null : sig.date(), sig == null ? "" : sig.code(), sig != null && sig.bracketed(),
        prov == null ? null : prov.date(), prov != null && prov.bracketed(),
        con == null ? null : con.date(), con == null ? "" : con.code(), con != null && con.bracketed());
  }

  private static Cell cell(String file, int line, String column, Element td, Set<String> codes) {
    String text = UntcDates.normalise(td.text());
    if (text.isEmpty()) {
      return null;
    }
    Matcher m = CELL.matcher(text);
    if (!m.matches() || (m.group(1) == null) != (m.group(4) == null)) {
      throw new ImportException(file, line, column, "malformed date: '" + text + "' (expected e.g. '3 Dec 1997 a' or '[3 Dec 1997]')");
    }
    LocalDate date;
    try {
      date = UntcDates.parse(m.group(2)).orElseThrow(
          () -> new ImportException(file, line, column, "malformed date: '" + m.group(2) + "' is not a calendar date"));
    } catch (UntcDates.ImpossibleDate e) {
      throw new ImportException(file, line, column, e.getMessage());
    }
    if (!codes.contains(m.group(3))) {
      throw new ImportException(file, line, column, "unknown code '" + m.group(3) + "' after the date (expected one of " + codes + ")");
    }
    return new Cell(date, m.group(3), m.group(1) != null);
  }

  /** The chapter's number, used in page addresses, from its Roman numeral. */
  static int roman(String numeral) {
    int total = 0;
    int previous = 0;
    for (int i = numeral.length() - 1; i >= 0; i--) {
      int v = switch (numeral.charAt(i)) {
        case 'I' -> 1;
        case 'V' -> 5;
        case 'X' -> 10;
        default -> 50;
      };
      total += v < previous ? -v : v;
      previous = Math.max(previous, v);
    }
    return total;
  }

  private static String textOf(Document doc, String idSuffix) {
    Element e = doc.selectFirst("[id$=" + idSuffix + "]");
    return e == null ? "" : UntcDates.normalise(e.text());
  }

  private static LocalDate headerDate(String file, Document doc, String idSuffix, String field, String text) {
    try {
      return UntcDates.parse(text).orElse(null);
    } catch (UntcDates.ImpossibleDate e) {
      throw new ImportException(file, lineOf(doc, idSuffix), field, e.getMessage());
    }
  }

  private static int lineOf(Document doc, String idSuffix) {
    Element e = doc.selectFirst("[id$=" + idSuffix + "]");
    return e == null ? 0 : line(e);
  }

  private static int line(Element e) {
    int n = e.sourceRange().start().lineNumber();
    return Math.max(n, 0);
  }
}
