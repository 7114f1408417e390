package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SubSaharanListsImporterTest {
  private final SubSaharanListsImporter importer = new SubSaharanListsImporter();

  @Test
  void joinsEveryCountryToItsIso3Code() {
    CuratedDataset d = importer.read(Fixtures.path("ssa-good.csv"), Fixtures.ISO3_OF, null);
    assertEquals(3, d.report().rowsKept());
    String csv = d.csv().text();
    assertTrue(csv.contains("\nBEN,Benin,Sub-Saharan Africa,true,true,12,false,true,"), csv);
    assertTrue(csv.contains("\nAGO,Angola,Sub-Saharan Africa,true,false,,false,false,true,"), csv);
  }

  @Test
  void unknownIso3CodeIsAnError() {
    ImportException e = assertThrows(ImportException.class, () -> importer.read(Fixtures.path("ssa-unknown-iso3.csv"), Fixtures.ISO3_OF, null));
    assertEquals("ssa-unknown-iso3.csv", e.file());
    assertEquals(3, e.line());
    assertEquals("iso3", e.field());
    assertTrue(e.getMessage().contains("unknown ISO3 'XAO'"), e.getMessage());
  }
}
