package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The public-record importer's refusals: what fails the import, and what is kept out with a reason. */
class PublicRecordsImporterTest {
  private static final String HEADER = "value_id,claim_id,measure,area,period_start,period_end,date,value,unit,qualifier,"
      + "reported_in,scope,formula,derivation,grade,source_relation,source_url,source_title,quote,note\n";
  private static final Set<String> CLAIMS = Set.of("p.a.b");

  private static CuratedDataset read(String... rows) {
    return new PublicRecordsImporter().read(SourceCsv.parse("claims-evidence-25.csv", HEADER + String.join("\n", rows) + "\n"), CLAIMS);
  }

  private static String row(String id, String value, String derivation, String grade, String relation, String quote, String note) {
    return id + ",p.a.b,year,Georgia,2008,2008,,"+ value + ",year,,HRW 2009,,," + derivation + "," + grade + "," + relation
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
        row("a.cut", "1", "'voted in favor' read as 1", "primary", "independent", "Israel voted in favor of the resolution condemning the use of cluste", ""),
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
}
