package org.treatylab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The one cached loader behind the claims ledger and the norm events ({@link CuratedRows#rowsWhere}). */
class CuratedRowsTest {
  @Test
  void selectsTheRowsOfOneValueWithTheDatasetsMetadata() {
    CuratedTable ottawa = CuratedRows.rowsWhere("events", "process", "landmines");
    Table all = CuratedTable.load("events").table();
    int expected = all.where(all.stringColumn("process").isEqualTo("landmines")).rowCount();
    assertTrue(expected > 0 && expected < all.rowCount(), "the events hold more than one process");
    assertEquals(expected, ottawa.rowCount());
    assertTrue(ottawa.table().stringColumn("process").asList().stream().allMatch("landmines"::equals));
    assertEquals(CuratedTable.load("events").title(), ottawa.title());
    assertEquals(0, CuratedRows.rowsWhere("events", "process", "no-such-process").rowCount());
  }

  @Test
  void readsOncePerGenerationAndHandsOutCopies() {
    CuratedTable first = CuratedRows.rowsWhere("claims", "paper", "petrova2019");
    assertSame(first, CuratedRows.rowsWhere("claims", "paper", "petrova2019"), "cached within a generation");
    Table mine = first.table();
    mine.dropRows(0);
    assertEquals(first.rowCount(), CuratedRows.rowsWhere("claims", "paper", "petrova2019").table().rowCount(),
        "a caller's change to its copy reaches no one else");
    Datasets.clearCache();
    CuratedTable reread = CuratedRows.rowsWhere("claims", "paper", "petrova2019");
    assertNotSame(first, reread, "read again after Datasets.clearCache()");
    assertEquals(first.rowCount(), reread.rowCount());
  }

  @Test
  void refusesAnUnknownColumnOrDataset() {
    IllegalArgumentException column = assertThrows(IllegalArgumentException.class,
        () -> CuratedRows.rowsWhere("claims", "papr", "petrova2019"));
    assertTrue(column.getMessage().contains("'papr'") && column.getMessage().contains("paper"), column.getMessage());
    IllegalArgumentException dataset = assertThrows(IllegalArgumentException.class,
        () -> CuratedRows.rowsWhere("claim", "paper", "petrova2019"));
    assertTrue(dataset.getMessage().contains("claims"), dataset.getMessage());
    NullPointerException none = assertThrows(NullPointerException.class, () -> CuratedRows.rowsWhere("claims", null, "x"));
    assertTrue(none.getMessage().contains("column"), none.getMessage());
  }
}
