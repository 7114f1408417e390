package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MonitorCasualtiesImporterTest {
  private final MonitorCasualtiesImporter importer = new MonitorCasualtiesImporter();

  @Test
  void keepsEveryEditionAndMarksEarliestAndLatest() {
    CuratedDataset d = importer.read(Fixtures.path("casualties-good.csv"), Fixtures.figures());
    assertEquals("monitor_casualties.csv: in 2 = kept 2 + rejected 0", d.report().toString());
    String csv = d.csv().text();
    assertTrue(csv.contains("2007,LM2008,2008,first-report,5426,1401,3939,86,,true,false,primary"), csv);
    assertTrue(csv.contains("2007,LM2009,2009,revised,5473,,,,,false,true,primary"), csv);
    assertTrue(csv.contains("https://example.org/lm2008"), "source address carried from FIGURES.md");
  }

  @Test
  void malformedRowNamesFileAndLine() {
    ImportException e = assertThrows(ImportException.class,
        () -> importer.read(Fixtures.path("casualties-malformed-row.csv"), Fixtures.figures()));
    assertEquals("casualties-malformed-row.csv", e.file());
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("malformed row"), e.getMessage());
  }

  @Test
  void yearWithoutEditionIsAnError() {
    ImportException e = assertThrows(ImportException.class,
        () -> importer.read(Fixtures.path("casualties-year-without-edition.csv"), Fixtures.figures()));
    assertEquals("casualties-year-without-edition.csv", e.file());
    assertEquals(3, e.line());
    assertEquals("reported_in", e.field());
    assertTrue(e.getMessage().contains("year without an edition"), e.getMessage());
  }

  @Test
  void killedInjuredUnknownMustAddUpToTotal() {
    ImportException e = assertThrows(ImportException.class,
        () -> importer.read(Fixtures.path("casualties-parts-do-not-add-up.csv"), Fixtures.figures()));
    assertEquals(2, e.line());
    assertEquals("total_recorded", e.field());
  }
}
