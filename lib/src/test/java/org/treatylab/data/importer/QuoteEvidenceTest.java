package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every curated row with a quote carries the sentence that states its own value, or says in
 * {@code derivation} how the value was read; checked on the committed datasets, without ../shared.
 */
class QuoteEvidenceTest {
  private static final Path COMMITTED = Fixtures.COMMITTED;

  @Test
  void numbersAreFoundInDigitsSeparatorsScaleWordsAndWords() {
    assertTrue(NumberMentions.states("Landmine Monitor identified 5,426 casualties", 5426));
    assertTrue(NumberMentions.states("fewer than half the 11 700 new casualties", 11700));
    assertTrue(NumberMentions.states("a total of 3,628", 3628));
    assertTrue(NumberMentions.states("cleared a total of 281.50 km2", 281.5));
    assertTrue(NumberMentions.states("more than 110 million active mines", 110_000_000));
    assertTrue(NumberMentions.states("Approximately 2.5 million new mines", 2_500_000));
    assertTrue(NumberMentions.states("Russia (60-70 million)", 60_000_000));
    assertTrue(NumberMentions.states("Russia (60-70 million)", 70_000_000));
    assertTrue(NumberMentions.states("would be $50- to $100-billion.", 50_000_000_000.0));
    assertTrue(NumberMentions.states("Forty-six of the participating states", 46));
    assertTrue(NumberMentions.states("Some ninety States have been full participants", 90));
    assertTrue(NumberMentions.states("not to exceed 40 cents (U.S.)/m2", 0.4));
    assertTrue(NumberMentions.states("about 50 cents per square meter", 0.5));
    assertTrue(NumberMentions.states("(+$33m/39% vs 2006)", 33));
    assertTrue(NumberMentions.states("ウィーンで開催(参加44カ国、非公式40カ国)", 44));
    assertTrue(NumberMentions.states("Egypt,23000000,11000000", 23_000_000));
  }

  @Test
  void fractionsInWordsStateAPercentageOnlyWhenExact() {
    QuoteEvidence.Spec shares = QuoteEvidence.spec("monitor_civilian_child_shares");
    assertTrue(shares.states("civilians accounted for three quarters of recorded casualties", 75));
    assertTrue(shares.states("and one-fifth were children", 20));
    assertTrue(shares.states("children accounting for half of all the civilian casualties", 50));
    assertTrue(shares.states("civilians were 84% of casualties", 84));
    assertFalse(shares.states("Children accounted for more than one-third", 33), "one-third is 33.3 %, not 33");
    assertFalse(shares.states("three quarters", 74));
    // a count is not a fraction: "half" of a total is not the number 50
    assertFalse(QuoteEvidence.spec("events").states("nearly half of the 51 States", 50));
  }

  @Test
  void ordinalsStateARankNotACount() {
    assertFalse(NumberMentions.states("Belgium was the very first country to enact a law", 1));
    assertTrue(NumberMentions.statesRank("Belgium was the very first country to enact a law", 1));
    assertTrue(NumberMentions.statesRank("the twenty-first country to sign", 21));
    assertTrue(NumberMentions.statesRank("the 21st country to sign", 21));
    assertFalse(NumberMentions.states("the 21st country to sign", 21));
    assertTrue(ClaimsEvidenceImporter.states("signing_rank", "the twenty-first country to sign", 21));
    assertFalse(ClaimsEvidenceImporter.states("states", "the twenty-first country to sign", 21));
  }

  @Test
  void aMonthsNameWithItsYearStatesTheMonthNumber() {
    assertTrue(NumberMentions.statesMonth("a policy created under President George W. Bush in July 2008.", 7, 2008));
    assertTrue(NumberMentions.statesMonth("South Africa acceded to this Convention on 13 September 1995.", 9, 1995));
    assertTrue(NumberMentions.statesMonth("July 9, 2008 [...] Today the Department of Defense released", 7, 2008));
    assertTrue(NumberMentions.statesMonth("held from 25 September to 13 October 1995 in Vienna", 9, 1995));
    assertTrue(NumberMentions.statesMonth("held from 25 September to 13 October 1995 in Vienna", 10, 1995));
    // wrong inputs: another month, another year, no year, a month number in digits, "may" the verb, not a month
    assertFalse(NumberMentions.statesMonth("in July 2008.", 6, 2008));
    assertFalse(NumberMentions.statesMonth("in July 2008.", 7, 2009));
    assertFalse(NumberMentions.statesMonth("At the Dublin Diplomatic Conference (19-30 May) John Duncan will lead", 5, 2008));
    assertFalse(NumberMentions.statesMonth("released on 2008-07-09, policy 7 of 2008", 7, 2008));
    assertFalse(NumberMentions.statesMonth("states may 2008 ratify", 5, 2008));
    assertFalse(NumberMentions.statesMonth("in July 2008.", 13, 2008));
    assertFalse(NumberMentions.statesMonth("in July 2008.", 7.5, 2008));
  }

  @Test
  void theRowsUnitScopesTheReadingOfAPublicRecord() {
    QuoteEvidence.Spec spec = QuoteEvidence.spec(PublicRecordsImporter.NAME);
    java.util.Map<String, String> month = java.util.Map.of("unit", "month", "period_start", "2008", "period_end", "2008");
    assertTrue(spec.reader(month::get).test("created in July 2008.", 7.0));
    assertFalse(spec.reader(month::get).test("created in July 2008 by 7 officials.", 6.0));
    assertFalse(spec.reader(month::get).test("7 officials met in 2008.", 7.0), "a 7 is no month");
    java.util.Map<String, String> twoYears = java.util.Map.of("unit", "month", "period_start", "2007", "period_end", "2008");
    assertFalse(spec.reader(twoYears::get).test("created in July 2008.", 7.0), "a month of no single year");
    java.util.Map<String, String> states = java.util.Map.of("unit", "states", "period_start", "2008", "period_end", "2008");
    assertFalse(spec.reader(states::get).test("created in July 2008.", 7.0), "a month's name is no count of states");
    assertFalse(spec.reader(states::get).test("the third conference", 3.0), "an ordinal is no count of states");
    java.util.Map<String, String> rank = java.util.Map.of("unit", "rank (order of conferences)", "period_start", "2007", "period_end", "2007");
    assertTrue(spec.reader(rank::get).test("the third international Oslo Process conference", 3.0));
    assertFalse(spec.reader(rank::get).test("the third international Oslo Process conference", 4.0));
    assertFalse(spec.reader(rank::get).test("More than a third joined the process for the first time.", 3.0), "a fraction is no rank");
    assertFalse(spec.reader(rank::get).test("one-fifth of the delegations", 5.0));
    assertThrows(IllegalArgumentException.class, () -> spec.reader(c -> null));
  }

  @Test
  void otherNumbersThatContainTheDigitsDoNotCount() {
    assertFalse(NumberMentions.states("15,426 casualties", 5426));
    assertFalse(NumberMentions.states("5,4260 casualties", 5426));
    assertFalse(NumberMentions.states("on 2 March 1995 Belgium", 1));
    assertFalse(NumberMentions.states("increased to 78% in 2012", 73));
    assertFalse(NumberMentions.states("a total of 4,191 casualties", 5502));
    assertFalse(NumberMentions.states("civilians accounted for three quarters", 75));
    assertFalse(NumberMentions.states("as the report (LM2003) says", 2003));
    assertFalse(NumberMentions.states("cleared 281.50 km2", 2));
  }

  @Test
  void generalInterpretationsAreNamed() {
    assertEquals("'more than 40' read as at least 41", QuoteEvidence.ruleDerivation("supported by more than 40 States.", 41));
    assertEquals("'one-third' read as 33 %", QuoteEvidence.ruleDerivation("Children accounted for more than one-third of", 33));
    assertNull(QuoteEvidence.ruleDerivation("supported by more than 40 States.", 42));
  }

  @Test
  void theNoteSentencesOfAFigureAreCandidates() {
    MonitorFigures.Figure f = new MonitorFigures.Figure("C09", "x", "x", "2007", "t", "u",
        "In 2007, Landmine Monitor identified 5,426 casualties.",
        "Same page: 'In 2006, at least 6,022 casualties were reported in 71 countries and areas.'", 1);
    assertEquals(List.of("In 2007, Landmine Monitor identified 5,426 casualties.",
        "In 2006, at least 6,022 casualties were reported in 71 countries and areas."), QuoteEvidence.sentences(f));
  }

  /** An areas dataset with one row, x = 16,171 km2, whose quote is {@code quote}. */
  private static CuratedDataset areaOf16171km2Quoting(String quote) {
    CuratedDataset d = new CuratedDataset("areas", "t", "d", List.of(Column.of("area_id", "string", "id"),
        Column.of("area_km2", "number", "a"), Column.of("quote", "string", "q")));
    d.report().read();
    d.keep("x", 16171, quote);
    return d;
  }

  @Test
  void aValueNoSentenceStatesWithoutDerivationStopsTheImport() {
    CuratedDataset d = areaOf16171km2Quoting("it covers an area of 15,000 km2.");
    ImportException e = assertThrows(ImportException.class, () -> QuoteEvidence.apply(d, null, null));
    assertEquals("areas.csv", e.file());
    assertEquals("quote", e.field());
    assertTrue(e.getMessage().contains("row x: value(s) [16171.0]"), e.getMessage());
    SourceCsv given = SourceCsv.parse("derivations.csv", "dataset,row_key,derivation,quote\nareas,x,\"rounded\",\n");
    QuoteEvidence.apply(d, null, given);
    assertTrue(d.csv().text().contains("\"it covers an area of 15,000 km2.\",rounded\n"), d.csv().text());
  }

  @Test
  void aRowWithNoStoredSentenceShowsNoneRatherThanAnUnrelatedOne() {
    CuratedDataset d = areaOf16171km2Quoting("An unrelated sentence about 15,000 km2.");
    QuoteEvidence.apply(d, null, SourceCsv.parse("derivations.csv",
        "dataset,row_key,derivation,quote\nareas,x,from the transcriber's note (no sentence stored),none\n"));
    assertTrue(d.csv().text().endsWith("x,16171,,from the transcriber's note (no sentence stored)\n"), d.csv().text());
    CuratedDataset again = areaOf16171km2Quoting("An unrelated sentence about 15,000 km2.");
    ImportException e = assertThrows(ImportException.class, () -> QuoteEvidence.apply(again, null, SourceCsv.parse("derivations.csv",
        "dataset,row_key,derivation,quote\nareas,x,from the note,nothing\n")));
    assertEquals("quote", e.field());
    assertEquals(2, e.line());
  }

  @Test
  void aComputedValueQuotesTheSentenceWithItsInputsAndSaysWhereTheOthersAreRead() {
    CuratedDataset d = new CuratedDataset("monitor_funding", "t", "d", List.of(Column.of("data_year", "integer", "y"),
        Column.of("measure", "string", "m"), Column.of("reported_in", "string", "r"), Column.of("usd_million", "number", "u"),
        Column.of("derivation", "string", "d"), Column.of("figure_id", "string", "f"), Column.of("quote", "string", "q")));
    d.report().read();
    d.keep(2006, "national", "LM2008", 84, "117-33", "F08", "For 2007 Landmine Monitor identified more than US$430 million.");
    MonitorFigures figures = MonitorFigures.parse("FIGURES.md", "| id | what | figure | year | source | quote | note |\n|---|---|---|---|---|---|---|\n"
        + "| F08 | x | x | 2007 | t — https://x | \"For 2007 Landmine Monitor identified more than US$430 million.\" | Same page: "
        + "'more than $117 million in national funding in 2007 by 28 states' (+$33m/39% vs 2006). |\n");
    QuoteEvidence.apply(d, figures, null);
    assertTrue(d.csv().text().contains("\"computed: 117 - 33 (117 in the quote; 33 in the FIGURES.md note, not a quoted sentence)\",F08,"
        + "more than $117 million in national funding in 2007 by 28 states\n"), d.csv().text());
  }

  private static final String SENTENCES_HEADER = "dataset,row_key,sentence,source_title,source_url,stored_in,note\n";

  @Test
  void aSentenceOfAnotherStoredSourceStatesTheNumbersTheRowsOwnDoesNot() {
    CuratedDataset d = areaOf16171km2Quoting("it covers an area of 15,000 km2.");
    SourceCsv added = QuoteEvidence.sentences(SourceCsv.parse("quote-sentences.csv", SENTENCES_HEADER
        + "areas,x,\"Its area is 16,171 km2.\",Atlas,https://atlas.example/x,public page,found\n"), null);
    QuoteEvidence.apply(d, null, null, added);
    assertTrue(d.csv().text().endsWith("x,16171,\"Its area is 16,171 km2.\",,\"Atlas, https://atlas.example/x\"\n"), d.csv().text());
    assertEquals(new QuoteEvidence.Tally(1, 1, 0), QuoteEvidence.tally(d));
  }

  @Test
  void anAddedSentenceThatStatesNothingNewIsRefused() {
    CuratedDataset d = areaOf16171km2Quoting("it covers an area of 16,171 km2.");
    SourceCsv added = SourceCsv.parse("quote-sentences.csv", SENTENCES_HEADER
        + "areas,x,\"Also 16,171 km2 here.\",Atlas,https://atlas.example/x,public page,found\n");
    ImportException e = assertThrows(ImportException.class, () -> QuoteEvidence.apply(d, null, null, added));
    assertEquals("sentence", e.field());
    assertTrue(e.getMessage().contains("states none of the row's numbers"), e.getMessage());
    CuratedDataset other = areaOf16171km2Quoting("it covers an area of 15,000 km2.");
    SourceCsv unrelated = SourceCsv.parse("quote-sentences.csv", SENTENCES_HEADER
        + "areas,x,\"An area of 12 km2.\",Atlas,https://atlas.example/x,public page,found\n");
    assertThrows(ImportException.class, () -> QuoteEvidence.apply(other, null, null, unrelated));
  }

  @Test
  void anAddedSentenceMustBeInTheSourceFileItNamesAndNameAnExistingRow() {
    String csv = SENTENCES_HEADER + "areas,x,\"Its area is 16,171 km2.\",Atlas,https://atlas.example/x,events/EVENTS.md,n\n";
    ImportException notThere = assertThrows(ImportException.class, () -> QuoteEvidence.sentences(
        SourceCsv.parse("quote-sentences.csv", csv), f -> "| L1 | https://atlas.example/x | \"Its area is 16,170 km2.\" |"));
    assertEquals("sentence", notThere.field());
    ImportException noAddress = assertThrows(ImportException.class, () -> QuoteEvidence.sentences(
        SourceCsv.parse("quote-sentences.csv", csv), f -> "| L1 | https://other.example | \"Its area is 16,171 km2.\" |"));
    assertEquals("source_url", noAddress.field());
    QuoteEvidence.sentences(SourceCsv.parse("quote-sentences.csv", csv), f -> "| L1 | https://atlas.example/x | \"Its area is 16,171 km2.\" |");
    ImportException notQuoted = assertThrows(ImportException.class, () -> QuoteEvidence.sentences(
        SourceCsv.parse("quote-sentences.csv", SENTENCES_HEADER + "claims,x,s,t,u,public page,n\n"), null));
    assertEquals("dataset", notQuoted.field());
    CuratedDataset d = areaOf16171km2Quoting("it covers an area of 16,171 km2.");
    ImportException noRow = assertThrows(ImportException.class, () -> QuoteEvidence.apply(d, null, null, SourceCsv.parse(
        "quote-sentences.csv", SENTENCES_HEADER + "areas,y,\"Its area is 16,171 km2.\",Atlas,https://atlas.example/x,public page,n\n")));
    assertEquals("row_key", noRow.field());
  }

  @Test
  void aStaleDerivationIsAnError() {
    CuratedDataset d = areaOf16171km2Quoting("it covers an area of 16,171 km2.");
    SourceCsv given = SourceCsv.parse("derivations.csv", "dataset,row_key,derivation,quote\nareas,x,rounded,\n");
    ImportException e = assertThrows(ImportException.class, () -> QuoteEvidence.apply(d, null, given));
    assertEquals(2, e.line());
    assertEquals("derivation", e.field());
  }

  /**
   * The measure the issue asks for, on the committed files, over every numeric value column (not only the
   * headline one): each field is stated in its row's quote or explained by the row's derivation.
   */
  @Test
  void everyNumericFieldOfAQuotedRowIsStatedOrDerived() {
    QuoteEvidence.Tally tally = new QuoteEvidence.Tally(0, 0, 0);
    List<String> neither = new ArrayList<>();
    List<String> missingId = new ArrayList<>();
    for (QuoteEvidence.Spec spec : QuoteEvidence.SPECS) {
      SourceCsv csv = SourceCsv.read(COMMITTED.resolve(spec.dataset() + ".csv"));
      csv.requireColumns("quote", "derivation");
      tally = tally.plus(QuoteEvidence.tally(spec, csv.rows().stream()
          .<java.util.function.Function<String, String>>map(r -> r::get).toList()));
      for (SourceCsv.Row r : csv.rows()) {
        for (String c : spec.valueColumns()) {
          if (!r.get(c).isEmpty() && !spec.reader(r::get).test(r.get("quote"), Double.parseDouble(r.get(c))) && r.get("derivation").isEmpty()) {
            neither.add(spec.dataset() + ":" + r.line() + " " + c);
          }
        }
        if (spec.dataset().startsWith("monitor_")
            && (csv.header().contains("figure_id") ? r.get("figure_id") : r.get("figure_ids")).isEmpty()) {
          missingId.add(spec.dataset() + ":" + r.line());
        }
      }
    }
    assertEquals(List.of(), neither, "numeric fields that their row's quote does not state and no derivation explains");
    assertEquals(0, tally.neither(), tally.toString());
    assertEquals(List.of(), missingId, "Monitor rows without their FIGURES.md id");
    System.out.println(tally);
    // Every quoted dataset, claims_public_records included: 432 of 444 fields at the time of writing (97.3 %),
    // none neither stated nor derived: issue 25's 97 %. The 12 derived fields have no stored sentence that
    // states them: event counts read from "more than 40", "nearly half of the 51" and "more than loo", a bound
    // whose other source has no stored address (Disarmament Insight's 72) or no stored sentence (157 for the
    // UNGA vote, the ICBL's 110), two shares ("one-third" as 33; 78 - 5), and three public records: "more
    // than a third" of 68 as at least 23, and two months whose year no stored sentence gives ("(19-30 May)"
    // in an answer of April 2008; a Metro page dated by its address).
    assertTrue(tally.stated() >= 432 && tally.statedPerMille() >= 972, "numeric fields stated in their quote fell: " + tally);
  }

  /** Every numeric column of a quoted dataset is checked, except the years that only place a row. */
  @Test
  void everyNumericColumnOfAQuotedDatasetIsAValueColumn() throws java.io.IOException {
    List<String> unchecked = new ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode r : new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(COMMITTED.resolve("datapackage.json").toFile()).path("resources")) {
      QuoteEvidence.Spec spec = QuoteEvidence.spec(r.path("name").asText());
      if (spec == null) {
        continue;
      }
      for (com.fasterxml.jackson.databind.JsonNode f : r.path("schema").path("fields")) {
        String type = f.path("type").asText();
        String name = f.path("name").asText();
        if ((type.equals("integer") || type.equals("number")) && !spec.valueColumns().contains(name)
            && !QuoteEvidence.PLACING_COLUMNS.contains(name)) {
          unchecked.add(spec.dataset() + "." + name);
        }
      }
    }
    assertEquals(List.of(), unchecked, "numeric columns of quoted datasets that the quote check does not cover");
  }

  @Test
  void theRowsOwnQuoteStaysFirstWhenItStatesSomeOfItsNumbers() {
    // analyses read more than the number from the quote ("16 percent less than in 2005"): it is not replaced
    QuoteEvidence.Spec spec = QuoteEvidence.spec("monitor_casualties");
    String own = "Recorded casualties continued to fall, to 5,751 last year 16 percent less than in 2005.";
    String note = "claimed 5751 casualties—including 1367 people killed and 4296 injured—in 68 countries in 2006.";
    assertEquals(own + " [...] " + note, QuoteEvidence.first(spec, List.of(own, note), List.of(5751.0, 1367.0, 4296.0)));
    assertNull(QuoteEvidence.first(spec, List.of(own, note), List.of(5751.0, 1400.0)), "1,400 is stated nowhere");
    assertEquals(note, QuoteEvidence.first(spec, List.of("An unrelated sentence.", note), List.of(5751.0, 1367.0)));
  }

  @Test
  void aRowWhoseQuoteStatesOnlySomeOfItsNumbersNeedsADerivation() {
    CuratedDataset d = new CuratedDataset("monitor_stockpiles", "t", "d", List.of(Column.of("parameter_id", "string", "id"),
        Column.of("low", "number", "l"), Column.of("high", "number", "h"), Column.of("quote", "string", "q")));
    d.report().read();
    d.keep("s1", 4000000, 5000000, "stockpiles of 4 million mines");
    ImportException e = assertThrows(ImportException.class, () -> QuoteEvidence.apply(d, null, null));
    assertTrue(e.getMessage().contains("row s1: value(s) [4000000.0, 5000000.0]"), e.getMessage());
    CuratedDataset range = new CuratedDataset("monitor_stockpiles", "t", "d", List.of(Column.of("parameter_id", "string", "id"),
        Column.of("low", "number", "l"), Column.of("high", "number", "h"), Column.of("quote", "string", "q")));
    range.report().read();
    range.keep("s1", 4000000, 5000000, "stockpiles of 4-5 million mines");
    QuoteEvidence.apply(range, null, null);
    assertEquals(new QuoteEvidence.Tally(2, 2, 0), QuoteEvidence.tally(range));
  }

  /** The same measure on the claims evidence, which picks its quotes itself (ClaimsEvidenceImporter). */
  @Test
  void claimsEvidenceRowsStateTheirValueOrSayHowItWasRead() {
    SourceCsv csv = SourceCsv.read(COMMITTED.resolve("claims_evidence.csv"));
    int stating = 0;
    for (SourceCsv.Row r : csv.rows()) {
      boolean states = ClaimsEvidenceImporter.states(r.get("measure"), r.get("quote"), Double.parseDouble(r.get("value")));
      stating += states ? 1 : 0;
      assertTrue(states || !r.get("derivation").isEmpty(), "claims_evidence:" + r.line());
    }
    System.out.println(String.format(Locale.ROOT, "claims evidence values: %d; stating their own value: %d (%.1f %%)",
        csv.rows().size(), stating, 100.0 * stating / csv.rows().size()));
    // 72 of 78 at the time of writing; the 6 others are a rank read from words, differences, a ratio of two sources
    assertTrue(stating >= 72, "claims evidence rows stating their value fell to " + stating);
  }

  @Test
  void everyDatasetWithAQuoteIsChecked() throws java.io.IOException {
    List<String> unchecked = new ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode r : new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(COMMITTED.resolve("datapackage.json").toFile()).path("resources")) {
      boolean quoted = false;
      for (com.fasterxml.jackson.databind.JsonNode f : r.path("schema").path("fields")) {
        quoted |= f.path("name").asText().equals("quote");
      }
      String name = r.path("name").asText();
      // claims.csv quotes the papers, not a source of data: ClaimsImporter checks each quote verbatim
      // against the paper's text, and its value is the paper's claim, not a measured number.
      // claims_evidence*: ClaimsEvidenceImporter picks each value's quote among the figure's sentences and
      // refuses a value that none states and no derivation explains (tested in ClaimsEvidenceImporterTest).
      // claims_public_record_lists/_searches: their quotes name states, not numbers; PublicRecordListsImporter
      // checks that each quote names its state.
      if (quoted && QuoteEvidence.spec(name) == null && !name.equals("claims") && !name.startsWith("claims_evidence")
          && !name.startsWith("claims_public_record_")) {
        unchecked.add(name);
      }
    }
    assertEquals(List.of(), unchecked, "datasets with a quote column that QuoteEvidence.SPECS does not check");
  }
}
