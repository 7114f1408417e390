package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claims-evidence importer on small hand-made inputs (good and broken), and on the real
 * {@code ../shared/sources/claims-evidence} where present.
 */
class ClaimsEvidenceImporterTest {
  private static final String HEADER = "Paper ids: E = essay on Russia (c. 2010); P = Petrova 2019. Grade: **primary** = … "
      + "Claims for which nothing was found (E7 110,000 devices; P1 US$19 million) are listed in `PROVENANCE.md`.\n\n"
      + "| id | claim (paper id) | figure | value | data year | source (title + address) | exact quoted sentence | note |\n"
      + "|---|---|---|---|---|---|---|---|\n";
  private static final String X01 = "| X01 | E1 | Chechnya casualties | 5,695 | 2002 | LM2003, Chechnya — https://example.org/lm2003 "
      + "| \"In 2002, the Ministry reported 5,695 casualties in Chechnya, including 938 children.\" "
      + "| Primary. Same page: \"Twenty-eight of them were deminers.\" Press (https://example.org/press): \"Some 6,000 died.\" |\n";
  private static final String X02 = "| X02 | P1, E7 | Rates | 6.29 → 21 | 1998 | Brookings — https://example.org/bpea "
      + "| \"The rate reached 21 rubles, from 6.29 rubles on August 14.\" | Secondary analysis. |\n";
  private static final String VALUES_HEADER = "value_id,figure_id,measure,area,period_start,period_end,date,value,unit,"
      + "qualifier,reported_in,scope,series,formula,derivation,grade,source_url,source_title\n";
  private static final String GOOD_VALUES = VALUES_HEADER
      + "chechnya.casualties.2002,X01,casualties,Chechnya,2002,2002,,5695,persons,,LM2003,all,casualties,,,,,\n"
      + "chechnya.deminers.2002,X01,deminers,Chechnya,2002,2002,,28,persons,,LM2003,,,,,,,\n"
      + "chechnya.press.2002,X01,deaths_as_reported,Chechnya,2002,2002,,6000,persons,some,press,,,,,secondary,https://example.org/press,Press page\n"
      + "rub.before,X02,exchange_rate,Russia,1998,1998,1998-08-14,6.29,rubles per US$,,BPEA,,,,,,,\n"
      + "rub.after,X02,exchange_rate,Russia,1998,1998,,21,rubles per US$,,BPEA,,,,,,,\n"
      + "rub.fall,X02,currency_fall,Russia,1998,1998,,,percent,,BPEA,,,(1 - {rub.before} / {rub.after}) * 100,fall in dollar value,,,\n";
  private static final String PROVENANCE = "# Provenance\n\n## Per claim: searched, found, not found\n\n"
      + "- **E1** (5,695 deaths in 2005). Queries: \"chechnya casualties\". Found: LM2003 (X01).\n"
      + "- **E7** (110,000 devices abroad). Queries: \"emercom 110,000\". **Not found.** Only Afghanistan.\n"
      + "- **P1** (US$19 million). Query: \"cost\". Found the rates (X02). **Cost not found**; nothing else.\n\n## Cautions\n- none\n";
  private static final String LISTS = "list_id,state_name_as_in_source,source_address\n";

  @TempDir Path dir;

  private ClaimsEvidenceImporter.Result run(String figures, String values) throws IOException {
    Files.writeString(dir.resolve("FIGURES.md"), figures);
    Files.writeString(dir.resolve("PROVENANCE.md"), PROVENANCE);
    Files.writeString(dir.resolve("lists.csv"), LISTS);
    return new ClaimsEvidenceImporter(dir, Fixtures.ISO3_OF).read(SourceCsv.parse("values.csv", values));
  }

  private ImportException error(String figures, String values) {
    return assertThrows(ImportException.class, () -> run(figures, values));
  }

  @Test
  void everyValueIsKeptWithTheSentenceThatStatesIt() throws IOException {
    ClaimsEvidenceImporter.Result r = run(HEADER + X01 + X02, GOOD_VALUES);
    assertEquals("claims_evidence.csv: in 6 = kept 6 + rejected 0", r.values().report().toString());
    String csv = r.values().csv().text();
    assertTrue(csv.contains("chechnya.deminers.2002,X01,E1,deminers,Chechnya,2002,2002,,28,persons,,LM2003,,primary,,note quote,"
        + "\"LM2003, Chechnya\",https://example.org/lm2003,Twenty-eight of them were deminers."), csv);
    assertTrue(csv.contains("secondary,,note quote,Press page,https://example.org/press,\"Some 6,000 died.\""), csv);
    assertTrue(csv.contains("rub.fall,X02,P1;E7,currency_fall,Russia,1998,1998,,70.05,percent,,BPEA,,secondary,"
        + "fall in dollar value: (1 - 6.29 / 21) * 100 = 70.05,quote,"), csv);
    assertTrue(csv.contains("rub.before,X02,P1;E7,exchange_rate,Russia,1998,1998,1998-08-14,6.29,"), csv);
  }

  @Test
  void casualtySeriesAndSearchesAreBuiltFromTheSameInputs() throws IOException {
    ClaimsEvidenceImporter.Result r = run(HEADER + X01 + X02, GOOD_VALUES);
    assertEquals("claims_evidence_casualties.csv: in 1 = kept 1 + rejected 0", r.casualties().report().toString());
    assertTrue(r.casualties().csv().text().contains("Chechnya,2002,LM2003,2003,first-report,5695,,,,all,true,true,primary,X01,"));
    String searches = r.searches().csv().text();
    assertEquals("claims_evidence_searches.csv: in 3 = kept 3 + rejected 0", r.searches().report().toString());
    assertTrue(searches.contains("E1,essay on Russia (c. 2010),\"5,695 deaths in 2005\",\"\"\"chechnya casualties\"\"\",X01,3,found,,,5"), searches);
    assertTrue(searches.contains("E7,essay on Russia (c. 2010),\"110,000 devices abroad\",\"\"\"emercom 110,000\"\"\",X02,3,"
        + "claimed-figure-not-found,\"E7 110,000 devices\",**Not found.** Only Afghanistan.,6"), searches);
    assertTrue(searches.contains("claimed-figure-not-found,P1 US$19 million,**Cost not found**; nothing else.,7"), searches);
  }

  @Test
  void missingQuoteNamesFileLineAndField() {
    String noQuote = X02.replace("\"The rate reached 21 rubles, from 6.29 rubles on August 14.\"", "");
    ImportException e = error(HEADER + X01 + noQuote, GOOD_VALUES);
    assertEquals("FIGURES.md", e.file());
    assertEquals(6, e.line());
    assertEquals("exact quoted sentence", e.field());
  }

  @Test
  void duplicateFigureIdIsAnError() {
    ImportException e = error(HEADER + X01 + X01, GOOD_VALUES);
    assertEquals(6, e.line());
    assertEquals("id", e.field());
  }

  @Test
  void impossibleDateIsAnError() {
    ImportException e = error(HEADER + X01 + X02, GOOD_VALUES.replace("1998-08-14", "1998-02-30"));
    assertEquals("values.csv", e.file());
    assertEquals(5, e.line());
    assertEquals("date", e.field());
    assertTrue(e.getMessage().contains("'1998-02-30' is not a calendar date"), e.getMessage());
  }

  @Test
  void nonNumericValueIsAnError() {
    ImportException e = error(HEADER + X01 + X02, GOOD_VALUES.replace(",5695,persons", ",\"5,695\",persons"));
    assertEquals(2, e.line());
    assertEquals("value", e.field());
    assertTrue(e.getMessage().contains("'5,695' is not a number"), e.getMessage());
  }

  @Test
  void duplicateValueIdIsAnError() {
    ImportException e = error(HEADER + X01 + X02, GOOD_VALUES + GOOD_VALUES.lines().skip(1).findFirst().orElseThrow() + "\n");
    assertEquals(8, e.line());
    assertEquals("value_id", e.field());
    // the reader refuses an exact repeat before the importer's own duplicate-id check: either names line 2
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void aValueNoSentenceStatesNeedsADerivation() {
    ImportException e = error(HEADER + X01 + X02, GOOD_VALUES.replace(",28,persons", ",29,persons"));
    assertEquals(3, e.line());
    assertEquals("value", e.field());
    assertTrue(e.getMessage().contains("do not state 29"), e.getMessage());
  }

  @Test
  void aReadValueWithADerivationKeepsTheFiguresQuote() throws IOException {
    ClaimsEvidenceImporter.Result r = run(HEADER + X01 + X02, GOOD_VALUES.replace(
        "chechnya.deminers.2002,X01,deminers,Chechnya,2002,2002,,28,persons,,LM2003,,,,,,,",
        "chechnya.deminers.2002,X01,deminers,Chechnya,2002,2002,,29,persons,,LM2003,,,,'twenty-eight' read with the team leader,,,"));
    assertTrue(r.values().csv().text().contains(",29,persons,,LM2003,,primary,'twenty-eight' read with the team leader,quote,"));
  }

  @Test
  void killedAndInjuredMayNotExceedTheTotal() {
    String values = GOOD_VALUES
        + "chechnya.killed.2002,X01,killed,Chechnya,2002,2002,,5695,persons,,LM2003,all,casualties,,,,,\n"
        + "chechnya.injured.2002,X01,injured,Chechnya,2002,2002,,938,persons,,LM2003,all,casualties,,,,,\n";
    ImportException e = error(HEADER + X01 + X02, values);
    assertEquals(9, e.line());
    assertEquals("value", e.field());
    assertTrue(e.getMessage().contains("exceeds the total 5695"), e.getMessage());
  }

  @Test
  void formulaMayOnlyUseEarlierValues() {
    ImportException e = error(HEADER + X01 + X02, GOOD_VALUES.replace("{rub.after}", "{rub.later}"));
    assertEquals(7, e.line());
    assertEquals("formula", e.field());
    assertTrue(e.getMessage().contains("'rub.later' is not an earlier value_id"), e.getMessage());
  }

  @Test
  void aFigureWithoutValuesIsAnError() {
    String onlyX01 = GOOD_VALUES.lines().filter(l -> !l.contains(",X02,")).reduce("", (a, b) -> a + b + "\n");
    ImportException e = error(HEADER + X01 + X02, onlyX01);
    assertEquals("FIGURES.md", e.file());
    assertEquals(6, e.line());
    assertTrue(e.getMessage().contains("figure X02 has no row"), e.getMessage());
  }

  @Test
  void sourceUrlMustBeOneTheNoteNames() {
    ImportException e = error(HEADER + X01 + X02, GOOD_VALUES.replace("https://example.org/press", "https://example.org/other"));
    assertEquals(4, e.line());
    assertEquals("source_url", e.field());
  }

  @Test
  void unknownStateInAListNamesFileLineAndField() {
    ImportException e = assertThrows(ImportException.class, () -> {
      Files.writeString(dir.resolve("FIGURES.md"), HEADER + X01.replace("Primary.", "Primary. Names in `lima_named`.") + X02);
      Files.writeString(dir.resolve("PROVENANCE.md"), PROVENANCE);
      Files.writeString(dir.resolve("lists.csv"), LISTS + "lima_named,Cambodia,https://example.org/lm2003\n"
          + "lima_named,Atlantis,https://example.org/lm2003\n");
      new ClaimsEvidenceImporter(dir, Fixtures.ISO3_OF).read(SourceCsv.parse("values.csv", GOOD_VALUES));
    });
    assertEquals("lists.csv", e.file());
    assertEquals(3, e.line());
    assertEquals("state_name_as_in_source", e.field());
  }

  @Test
  void aDuplicateFigureIdStopsNamingFileLineAndField() throws IOException {
    Path evidence = dir.resolve("sources").resolve("claims-evidence");
    Files.createDirectories(evidence);
    Files.writeString(evidence.resolve("FIGURES.md"), HEADER + X01 + X01);
    ImportException e = assertThrows(ImportException.class,
        () -> ClaimsEvidenceImporter.run(dir.resolve("sources"), Fixtures.ISO3_OF, SourceCsv.parse("values.csv", GOOD_VALUES)));
    assertEquals("FIGURES.md:6: field 'id': figure id X01 occurs twice", e.getMessage().replaceAll("^.*?FIGURES.md", "FIGURES.md"));
  }

  @Test
  void numbersAreFoundInDigitsAndWords() {
    for (Map.Entry<String, Double> c : Map.of(
        "reported 5,695 casualties", 5695.0, "about 15.000 explosives", 15000.0, "PRK,2016,1469000", 1469000.0,
        "Over fifty states", 50.0, "more than 1% UXO", 1.0,
        "(US$116 million)", 116.0, "3.33 billion rubles", 3.33, "Thirty-eight people", 38.0).entrySet()) {
      assertTrue(NumberMentions.states(c.getKey(), c.getValue()), c.getKey());
    }
    assertTrue(ClaimsEvidenceImporter.states("signing_rank", "the twenty-first country", 21));
    for (Map.Entry<String, Double> c : Map.of("reported 5,695 casualties", 695.0, "2,340 casualties", 340.0,
        "6.29 rubles", 29.0, "in 2016", 16.0, "seventy", 17.0, "LM2003 (X01)", 1.0).entrySet()) {
      assertFalse(NumberMentions.states(c.getKey(), c.getValue()), c.getKey() + " does not state " + c.getValue());
    }
  }

  @Test
  void realSourcesImportWithEveryRowKeptAndEveryNumberInItsQuoteOrDerived() {
    Path evidence = Fixtures.SHARED.resolve("sources/claims-evidence");
    assumeTrue(Files.isDirectory(evidence), "../shared/sources/claims-evidence not present");
    ClaimsEvidenceImporter.Result r = ClaimsEvidenceImporter.run(Fixtures.SHARED.resolve("sources"), name -> "XXX", Fixtures.INPUTS.csv(ClaimsEvidenceImporter.VALUES_SOURCE));
    for (CuratedDataset d : r.datasets()) {
      assertTrue(d.report().balanced(), d.report().toString());
      assertEquals(d.report().rowsIn(), d.report().rowsKept(), d.report().toString());
    }
    SourceCsv values = SourceCsv.parse("claims_evidence.csv", r.values().csv().text());
    for (SourceCsv.Row row : values.rows()) {
      double v = Double.parseDouble(row.get("value"));
      assertTrue(ClaimsEvidenceImporter.states(row.get("measure"), row.get("quote"), v) || !row.get("derivation").isEmpty(),
          row.get("value_id") + ": " + v + " not in '" + row.get("quote") + "' and no derivation");
    }
    assertEquals(1, r.worldCasualties().size());
    assertEquals(7328, r.worldCasualties().get(0).total());
    assertEquals("secondary", r.worldCasualties().get(0).grade());
  }

  /**
   * Seeded random edits of the real curated values and FIGURES.md (a character dropped, doubled or
   * replaced on one line): each run either imports or stops with an {@link ImportException} naming the
   * file and a one-line message, never another exception (no stack trace for the user).
   */
  @Test
  void mutatedInputsImportOrStopWithOneLineNamingTheFile() throws IOException {
    Path real = Fixtures.SHARED.resolve("sources/claims-evidence");
    assumeTrue(Files.isDirectory(real), "../shared/sources/claims-evidence not present");
    String figures = Files.readString(real.resolve("FIGURES.md"));
    String values = Files.readString(Fixtures.INPUTS.dir().resolve(ClaimsEvidenceImporter.VALUES_SOURCE));
    Files.writeString(dir.resolve("PROVENANCE.md"), Files.readString(real.resolve("PROVENANCE.md")));
    Files.writeString(dir.resolve("lists.csv"), Files.readString(real.resolve("lists.csv")));
    java.util.Random random = new java.util.Random(20261129L);
    String alphabet = "0123456789,.-\"|{}() aX\n";
    int imported = 0;
    int stopped = 0;
    for (int i = 0; i < 150; i++) {
      boolean mutateFigures = random.nextInt(3) == 0;
      String text = mutateFigures ? figures : values;
      String[] lines = text.split("\n", -1);
      int line = mutateFigures ? 8 + random.nextInt(31) : 1 + random.nextInt(lines.length - 2);
      String l = lines[line];
      int at = l.isEmpty() ? 0 : random.nextInt(l.length());
      switch (random.nextInt(3)) {
        case 0 -> l = l.isEmpty() ? l : l.substring(0, at) + l.substring(at + 1);
        case 1 -> l = l.substring(0, at) + l.charAt(Math.min(at, Math.max(0, l.length() - 1))) + l.substring(at);
        default -> l = l.substring(0, at) + alphabet.charAt(random.nextInt(alphabet.length())) + l.substring(Math.min(l.length(), at + 1));
      }
      lines[line] = l;
      String mutated = String.join("\n", lines);
      Files.writeString(dir.resolve("FIGURES.md"), mutateFigures ? mutated : figures);
      try {
        new ClaimsEvidenceImporter(dir, name -> "XXX")
            .read(SourceCsv.parse("claims-evidence-values.csv", mutateFigures ? values : mutated));
        imported++;
      } catch (ImportException e) {
        stopped++;
        // an edited figure can also break what lists.csv or PROVENANCE.md refer to
        assertTrue(List.of("FIGURES.md", "claims-evidence-values.csv", "lists.csv", "PROVENANCE.md").contains(e.file()),
            e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(e.file()), e.getMessage());
      }
    }
    assertEquals(150, imported + stopped);
    assertTrue(stopped > 25, "most random edits should be caught, only " + stopped + " were");
  }
}
