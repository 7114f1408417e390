package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The public-record importer's refusals: what fails the import, and what is kept out with a reason. */
class PublicRecordsImporterTest {
  private static final String HEADER = "value_id,claim_id,measure,area,period_start,period_end,date,value,named,unit,qualifier,"
      + "reported_in,scope,formula,derivation,grade,source_relation,source_url,source_title,quote,note\n";
  private static final Set<String> CLAIMS = Set.of("p.a.b");

  private static CuratedDataset read(String... rows) {
    return new PublicRecordsImporter().read(SourceCsv.parse("claims-evidence-25.csv", HEADER + String.join("\n", rows) + "\n"), CLAIMS);
  }

  private static String row(String id, String value, String derivation, String grade, String relation, String quote, String note) {
    return row(id, value, "", "year", derivation, grade, relation, quote, note);
  }

  private static String row(String id, String value, String named, String unit, String derivation, String grade, String relation,
      String quote, String note) {
    return id + ",p.a.b,year,Georgia,2008,2008,," + value + "," + named + "," + unit + ",,HRW 2009,,," + derivation + "," + grade + "," + relation
        + ",https://example.org,Title,\"" + quote + "\"," + note;
  }

  @Test
  void keepsAStatedValueAndCountsEveryRow() {
    CuratedDataset d = read(row("a.one", "2008", "", "primary", "independent", "Russia used cluster munitions in Georgia in 2008.", ""));
    assertEquals(1, d.report().rowsIn());
    assertEquals(1, d.report().rowsKept());
  }

  @Test
  void rejectsACutOffQuoteAndAPageCitingThePaper() {
    CuratedDataset d = read(
        row("a.cut", "yes", "", "indicator (yes = voted for)", "'voted in favor' read as yes", "primary", "independent", "Israel voted in favor of the resolution condemning the use of cluste", ""),
        row("a.cites", "2008", "", "secondary", "cites the paper", "As Petrova shows, Russia used them in 2008.", ""),
        row("a.ok", "2008", "", "primary", "independent", "Russia used cluster munitions in Georgia in 2008.", ""));
    assertEquals(3, d.report().rowsIn());
    assertEquals(1, d.report().rowsKept());
    assertTrue(d.report().rejections().get(0).reason().contains("cut off"), d.report().rejections().toString());
    assertTrue(d.report().rejections().get(1).reason().contains("not independent"), d.report().rejections().toString());
  }

  @Test
  void refusesAnUnstatedValueWithoutDerivation() {
    ImportException e = assertThrows(ImportException.class,
        () -> read(row("a.one", "2009", "", "primary", "independent", "Russia used cluster munitions in Georgia in 2008.", "")));
    assertTrue(e.getMessage().contains("does not state the value 2009"), e.getMessage());
  }

  @Test
  void refusesAnUnknownClaimAGradeAndARelationTheNoteContradicts() {
    String unknownClaim = row("a.one", "2008", "", "primary", "independent", "In 2008.", "").replace(",p.a.b,", ",p.x.y,");
    assertTrue(assertThrows(ImportException.class, () -> read(unknownClaim)).getMessage().contains("no claim"));
    assertTrue(assertThrows(ImportException.class,
        () -> read(row("a.one", "2008", "", "tertiary", "independent", "In 2008.", ""))).getMessage().contains("grade"));
    assertTrue(assertThrows(ImportException.class,
        () -> read(row("a.one", "2008", "", "derived", "independent", "In 2008.", ""))).getMessage().contains("derived value"));
    assertTrue(assertThrows(ImportException.class,
        () -> read(row("a.one", "2008", "", "primary", "independent", "In 2008.", "The paper cites this edition."))).getMessage()
        .contains("source_relation"));
  }

  @Test
  void aMonthIsStatedByItsNameWithTheRowsYearOnly() {
    String quote = "The policy was created in July 2008.";
    CuratedDataset d = read(row("m.ok", "7", "", "month", "", "primary", "independent", quote, ""));
    assertTrue(d.csv().text().contains(",7,,,month,"), d.csv().text());
    // another month, and the same month number in another unit, are not stated by "July 2008"
    assertTrue(assertThrows(ImportException.class, () -> read(row("m.no", "8", "", "month", "", "primary", "independent", quote, "")))
        .getMessage().contains("does not state the value 8"));
    assertThrows(ImportException.class, () -> read(row("m.no", "7", "", "states", "", "primary", "independent", quote, "")));
    // a month's name without its year states nothing; with a derivation it is kept, derived
    String noYear = "At the Dublin Diplomatic Conference (19-30 May) the UK delegation will be led by John Duncan.";
    assertThrows(ImportException.class, () -> read(row("m.no", "5", "", "month", "", "primary", "independent", noYear, "")));
    read(row("m.derived", "5", "", "month", "'(19-30 May)' in an answer of April 2008 read as month 5", "primary", "independent", noYear, ""));
  }

  @Test
  void anOrdinalStatesARankButNotAsAFraction() {
    CuratedDataset d = read(row("r.ok", "3", "", "rank (order of conferences)", "", "primary", "independent",
        "This meeting was the third international Oslo Process conference.", ""));
    assertEquals(1, d.report().rowsKept());
    assertThrows(ImportException.class, () -> read(row("r.no", "3", "", "rank (order of conferences)", "", "primary", "independent",
        "More than a third joined the process for the first time.", "")));
    assertThrows(ImportException.class, () -> read(row("r.no", "3", "", "states", "", "primary", "independent",
        "This meeting was the third international Oslo Process conference.", "")));
  }

  @Test
  void aYesNoReadingIsStoredAsABooleanNotANumber() {
    CuratedDataset d = read(row("i.yes", "yes", "", "indicator (yes = observer only)", "'participated as an observer' read as yes",
        "primary", "independent", "Russia participated as an observer in the Ottawa Process.", ""));
    assertTrue(d.csv().text().contains(",2008,2008,,,true,,indicator (yes = observer only),"), d.csv().text());
    ImportException e = assertThrows(ImportException.class, () -> read(row("i.one", "1", "", "indicator (yes = observer only)",
        "read as 1", "primary", "independent", "Russia participated as an observer in the Ottawa Process.", "")));
    assertEquals("value", e.field());
    assertTrue(e.getMessage().contains("write yes or no"), e.getMessage());
  }

  @Test
  void aCountOfNamesKeepsTheNamesThatTheQuoteWrites() {
    String quote = "Ireland is part of a core group in the process, with Austria, the Holy See, Mexico, New Zealand, Norway and Peru.";
    String names = "Ireland; Austria; the Holy See; Mexico; New Zealand; Norway; Peru";
    CuratedDataset d = read(row("n.ok", "7", names, "states", "", "secondary", "independent", quote, ""));
    assertTrue(d.csv().text().contains(",2008,2008,,,," + names + ",states,"), d.csv().text());
    ImportException tooFew = assertThrows(ImportException.class,
        () -> read(row("n.no", "8", names, "states", "", "secondary", "independent", quote, "")));
    assertEquals("named", tooFew.field());
    ImportException notNamed = assertThrows(ImportException.class,
        () -> read(row("n.no", "7", names.replace("Peru", "Chile"), "states", "", "secondary", "independent", quote, "")));
    assertTrue(notNamed.getMessage().contains("'Chile' is not in the quote"), notNamed.getMessage());
  }
}
