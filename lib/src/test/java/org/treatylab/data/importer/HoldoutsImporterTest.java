package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The holdouts source is checked against the committed treaty datasets. */
class HoldoutsImporterTest {
  private static final Path COMMITTED = Path.of("..", "datasets");
  private static final String HEADER = "iso3,name,p5_member,p5_source,p5_url,armed_conflict,armed_conflict_source,"
      + "armed_conflict_url,adversary_or_border,adversary_source,adversary_url,stated_reason,stated_reason_source,"
      + "stated_reason_url,note\n";

  @Test
  void theCuratedSourceCoversEveryHoldoutOnce() {
    CuratedDataset d = new HoldoutsImporter(COMMITTED).holdouts(Fixtures.INPUTS);
    assertEquals(35, d.report().rowsKept());
    assertTrue(d.csv().text().contains("USA,United States of America,2026-02-03,great power,true"));
  }

  @Test
  void anUnknownIso3FailsWithFileLineAndField() {
    ImportException e = assertThrows(ImportException.class, () -> new HoldoutsImporter(COMMITTED)
        .holdouts(SourceCsv.parse("h.csv", HEADER + "XXX,Nowhere,false,,,,,,,,,,,,\n")));
    assertEquals("h.csv", e.file());
    assertEquals(2, e.line());
    assertEquals("iso3", e.field());
  }

  @Test
  void aPartyIsRejectedAndAMissingHoldoutIsReported() {
    ImportException party = assertThrows(ImportException.class, () -> new HoldoutsImporter(COMMITTED)
        .holdouts(SourceCsv.parse("h.csv", HEADER + "FRA,France,true,Charter,https://x,,,,,,,,,,\n")));
    assertTrue(party.getMessage().contains("not outside the MBT"));
    ImportException missing = assertThrows(ImportException.class, () -> new HoldoutsImporter(COMMITTED)
        .holdouts(SourceCsv.parse("h.csv", HEADER + "USA,United States,true,Charter,https://x,,,,,,,,,,\n")));
    assertTrue(missing.getMessage().contains("has no row"));
  }

  @Test
  void aFactWithoutSourceFails() {
    ImportException e = assertThrows(ImportException.class, () -> new HoldoutsImporter(COMMITTED)
        .holdouts(SourceCsv.parse("h.csv", HEADER + "ARM,Armenia,false,,,a war,,,,,,,,,\n")));
    assertEquals("armed_conflict_source", e.field());
  }

  @Test
  void bordersAreSymmetricAndKeepOnlyStates() {
    Fixtures.assumeSources();
    CuratedDataset d = new HoldoutsImporter(COMMITTED).borders(Fixtures.SOURCES);
    assertTrue(d.csv().text().contains("EST,RUS,"));
    assertTrue(d.csv().text().contains("RUS,EST,"));
    assertEquals(d.report().rowsIn(), d.report().rowsKept() + d.report().rejections().size());
  }
}
