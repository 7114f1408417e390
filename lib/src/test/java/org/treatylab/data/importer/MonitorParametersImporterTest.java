package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MonitorParametersImporterTest {
  private final MonitorParametersImporter importer =
      new MonitorParametersImporter(Fixtures.figures(), Fixtures.ISO3_OF);

  @Test
  void aNumberThatIsNotInTheQuotedSentenceIsRejected() {
    ImportException e = assertThrows(ImportException.class, () -> importer.read(
        SourceCsv.read(Fixtures.path("parameters-evidence-not-in-quote.csv")), null));
    assertEquals(3, e.line());
    assertEquals("evidence", e.field());
  }

  @Test
  void rangeWithLowAboveHighIsAnError() {
    ImportException e = assertThrows(ImportException.class, () -> importer.read(
        SourceCsv.read(Fixtures.path("parameters-low-above-high.csv")), null));
    assertEquals("parameters-low-above-high.csv", e.file());
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("low 30 > high 3"), e.getMessage());
  }
}
