package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MonitorSharesImporterTest {
  @Test
  void shareAbove100PercentNamesFileRowAndField() {
    ImportException e = assertThrows(ImportException.class,
        () -> new MonitorSharesImporter().read(Fixtures.path("shares-outside-0-100.csv"), Fixtures.figures()));
    assertEquals("shares-outside-0-100.csv", e.file());
    assertEquals(3, e.line());
    assertEquals("civilian_share_pct", e.field());
    assertTrue(e.getMessage().contains("outside 0–100"), e.getMessage());
  }

  @Test
  void childShareBaseIsClassified() {
    assertEquals("civilian", MonitorSharesImporter.childBase("civilian casualties, age known (1,171); 35% of all"));
    assertEquals("all", MonitorSharesImporter.childBase("all casualties, age known"));
    assertEquals("unclear", MonitorSharesImporter.childBase("base not stated"));
  }
}
