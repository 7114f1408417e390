package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-mutated inputs (impossible dates, negative or inconsistent counts, duplicate rows, quoted line
 * breaks, truncated pages) each stop the import with one line naming file, line and field: first on
 * the importers directly, then through the import command on a mutated copy of the real sources.
 */
class StrictImportTest {
  private static final String CASUALTY_HEADER = "data_year,total_recorded,killed,injured,status_unknown,"
      + "qualifier,status,reported_in,figure_id_in_FIGURES_md\n";
  private static final String GOOD_ROW = "2007,5426,1401,3939,86,,first report,LM2008,C09\n";

  @TempDir Path tmp;

  // ---- UN Treaty Collection pages

  private static ImportException pageFails(String html) {
    return assertThrows(ImportException.class, () -> {
      UntcStatusPage page = UntcStatusPageParser.parse("mutated.html", html);
      new UntcTreatyImporter(null, Fixtures.INPUTS, Fixtures.NAMES, java.util.Set.of("CAN", "EST", "POL"))
          .participants(page, Fixtures.ENTRY, new ImportReport("test"));
    });
  }

  @Test
  void the31stOfFebruaryIsAnErrorNotTheLastDayOfFebruary() {
    ImportException e = pageFails(Fixtures.page("valid_minimal.html").replace("27 Dec\t 2012", "31 Feb 2001"));
    assertEquals("mutated.html", e.file());
    assertEquals(13, e.line());
    assertTrue(e.field().startsWith("Ratification"), e.field());
    assertTrue(e.getMessage().contains("'31 Feb 2001' is not a calendar date"), e.getMessage());
  }

  @Test
  void the30thOfFebruaryInALeapYearIsAnErrorToo() {
    ImportException e = pageFails(Fixtures.page("valid_minimal.html").replace("4 Dec\t 1997", "30 Feb 2000"));
    assertEquals(13, e.line());
    assertTrue(e.field().startsWith("Signature"), e.field());
  }

  @Test
  void anImpossibleDateInAWithdrawalNoteNamesTheNote() {
    ImportException e = pageFails(Fixtures.page("valid_minimal.html").replace("On 20 August 2025", "On 31 April 2025"));
    assertEquals("withdrawal (end note 2)", e.field());
    assertEquals(13, e.line());
  }

  @Test
  void anImpossibleStatusDateIsAnError() {
    String html = Fixtures.page("valid_minimal.html");
    String mutated = html.replaceFirst("STATUS AS AT : \\d\\d-\\d\\d-\\d{4}", "STATUS AS AT : 31-02-2026");
    assertFalse(mutated.equals(html), "fixture has a status date");
    ImportException e = pageFails(mutated);
    assertEquals("STATUS AS AT", e.field());
  }

  @Test
  void aTruncatedPageNamesItsLastLine() {
    String html = Fixtures.page("valid_minimal.html");
    String cut = html.substring(0, html.indexOf("Poland"));
    ImportException e = pageFails(cut);
    assertEquals("</html>", e.field());
    assertEquals(cut.split("\n", -1).length, e.line());
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  // ---- Monitor transcriptions

  private ImportException casualtiesFail(String rows) throws IOException {
    Path f = tmp.resolve("casualties.csv");
    Files.writeString(f, CASUALTY_HEADER + rows);
    return assertThrows(ImportException.class, () -> new MonitorCasualtiesImporter().read(f, Fixtures.figures()));
  }

  @Test
  void aNegativeCountIsAnError() throws IOException {
    ImportException e = casualtiesFail("2007,5426,-1367,3939,86,,first report,LM2008,C09\n");
    assertEquals("casualties.csv", e.file());
    assertEquals(2, e.line());
    assertEquals("killed", e.field());
    assertTrue(e.getMessage().contains("negative"), e.getMessage());
  }

  @Test
  void partsLargerThanTheTotalAreAnErrorEvenWhenOneIsMissing() throws IOException {
    ImportException e = casualtiesFail("2006,5751,9000,,,,first report,LM2008,C09\n");
    assertEquals(2, e.line());
    assertEquals("total_recorded", e.field());
    assertTrue(e.getMessage().contains("exceeds the total 5751"), e.getMessage());
  }

  @Test
  void aDuplicateRowIsAnError() throws IOException {
    ImportException e = casualtiesFail(GOOD_ROW + GOOD_ROW);
    assertEquals(3, e.line());
    assertEquals("data_year", e.field());
    assertTrue(e.getMessage().contains("repeats line 2"), e.getMessage());
  }

  @Test
  void aQuotedLineBreakIsRefusedNotCopied() throws IOException {
    ImportException e = casualtiesFail("2007,5426,1401,3939,86,\"at\nleast\",first report,LM2008,C09\n");
    assertEquals(2, e.line());
    assertEquals("qualifier", e.field());
    assertTrue(e.getMessage().contains("line break"), e.getMessage());
  }

  @Test
  void aQuotedLineBreakInTheHeaderIsRefusedOnOneLine() {
    ImportException e = assertThrows(ImportException.class, () -> SourceCsv.parse("h.csv", "\"a\nb\",c\n1,2\n"));
    assertEquals(1, e.line());
    assertEquals("a", e.field());
    assertEquals(-1, e.getMessage().indexOf('\n'), e.getMessage());
  }

  @Test
  void anImpossibleIsoDateInACuratedInputIsAnError() {
    SourceCsv csv = SourceCsv.parse("changes.csv", "admitted,left\n1945-10-24,1993-02-30\n");
    ImportException e = assertThrows(ImportException.class, () -> csv.rows().get(0).dateOrNull("left"));
    assertEquals("changes.csv:2: field 'left': '1993-02-30' is not a calendar date (YYYY-MM-DD)", e.getMessage());
  }

  @Test
  void anInvertedRangeIsAnError() {
    SourceCsv csv = SourceCsv.parse("p.csv", "low,high\n10,3\n");
    ImportException e = assertThrows(ImportException.class,
        () -> MonitorParametersImporter.checkRange(csv.rows().get(0), 10.0, 3.0));
    assertEquals(2, e.line());
  }

  @Test
  void aShareAbove100IsAnError() {
    SourceCsv csv = SourceCsv.parse("s.csv", "civilian_share_pct\n142\n");
    ImportException e = assertThrows(ImportException.class,
        () -> SourceValues.share(csv.rows().get(0), "civilian_share_pct", 142));
    assertEquals("civilian_share_pct", e.field());
  }

  // ---- the import command on a mutated copy of the real sources

  private Path copyOfSources() throws IOException {
    Path copy = tmp.resolve("shared/sources");
    try (Stream<Path> files = Files.walk(Fixtures.SOURCES)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path to = copy.resolve(Fixtures.SOURCES.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return copy;
  }

  private static void replaceOnce(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertTrue(text.contains(from), file + " has no '" + from + "'");
    Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  /** Runs the command; returns standard error, which must be exactly one line, and checks exit 1. */
  private String importFails(Path sources) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ImportData.cli(new String[] {sources.toString(), tmp.resolve("out").toString(),
        Fixtures.INPUTS.dir().toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String text = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, status, text);
    assertEquals(1, text.lines().count(), "one line, no stack trace: " + text);
    return text.strip();
  }

  @Test
  void theCommandStopsWithOneLineOnEachMutation() throws IOException {
    Fixtures.assumeSources();
    Path sources = copyOfSources();
    Path page = sources.resolve("treaties/untc_html_2026-02-03/ottawa.html");
    String original = Files.readString(page);
    String firstDate = java.util.regex.Pattern.compile("\\b(\\d{1,2}) (Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(\\s+)(\\d{4})")
        .matcher(original.substring(original.indexOf("tblgrid"))).results().findFirst().orElseThrow().group();
    replaceOnce(page, firstDate, "31 Feb 2001");
    String line = importFails(sources);
    assertTrue(line.matches("import failed: \\S*ottawa\\.html:\\d+: field '[^']+': '31 Feb 2001' is not a calendar date.*"), line);

    Files.writeString(page, original.substring(0, original.length() / 2));
    line = importFails(sources);
    assertTrue(line.matches("import failed: \\S*ottawa\\.html:\\d+: field '</html>': .*truncated.*"), line);
    Files.writeString(page, original);

    Path casualties = sources.resolve("monitor/transcribed_casualties_by_year.csv");
    String rows = Files.readString(casualties);
    String firstRow = rows.lines().skip(1).findFirst().orElseThrow();
    String[] cells = firstRow.split(",", -1);
    cells[java.util.Arrays.asList(rows.lines().findFirst().orElseThrow().split(",")).indexOf("killed")] = "-1367";
    replaceOnce(casualties, firstRow, String.join(",", cells));
    line = importFails(sources);
    assertTrue(line.startsWith("import failed: transcribed_casualties_by_year.csv:2: field 'killed': negative value -1367"), line);

    Files.writeString(casualties, rows.stripTrailing() + "\n" + firstRow + "\n");
    line = importFails(sources);
    assertTrue(line.startsWith("import failed: transcribed_casualties_by_year.csv:"), line);
    assertTrue(line.contains("duplicate row: repeats line 2"), line);
  }
}
