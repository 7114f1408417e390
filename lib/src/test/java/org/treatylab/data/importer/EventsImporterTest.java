package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventsImporterTest {
  private final EventsImporter importer = new EventsImporter(Fixtures.ISO3_OF);

  @Test
  void countRangeWithLowAboveHighIsAnError() {
    ImportException e = assertThrows(ImportException.class,
        () -> importer.readEvents(Fixtures.path("events-low-above-high.csv")));
    assertEquals("events-low-above-high.csv", e.file());
    assertEquals(3, e.line());
    assertEquals("n_low", e.field());
    assertTrue(e.getMessage().contains("low 97 > high 95"), e.getMessage());
  }

  @Test
  void unknownGradeIsAnError() {
    ImportException e = assertThrows(ImportException.class,
        () -> importer.readEvents(Fixtures.path("events-unknown-grade.csv")));
    assertEquals("grade", e.field());
    assertEquals(2, e.line());
  }

  @Test
  void unknownStateNameInAListIsAnError() {
    ImportException e = assertThrows(ImportException.class,
        () -> importer.readStateLists(Fixtures.path("state-list-unknown-name.csv")));
    assertEquals("state-list-unknown-name.csv", e.file());
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("Atlantis"), e.getMessage());
  }
}
