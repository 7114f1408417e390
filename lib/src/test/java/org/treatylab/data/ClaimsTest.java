package org.treatylab.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

class ClaimsTest {
  @Test
  void everyPaperHasItsLedgerOfRoughly15To25Claims() {
    for (Paper p : Paper.values()) {
      ClaimLedger ledger = Claims.of(p);
      assertTrue(ledger.size() >= 15 && ledger.size() <= 25, p + " has " + ledger.size() + " claims");
      assertTrue(ledger.table().stringColumn("claim_id").allMatch(id -> id.startsWith(p.key() + ".")));
    }
  }

  @Test
  void everyComputableClaimNamesAnExistingDataset() {
    Table computable = Claims.all().where(Claims.all().stringColumn("check_kind").isEqualTo("computable"));
    assertFalse(computable.isEmpty());
    for (Row row : computable) {
      for (String dataset : row.getString("datasets").split(";")) {
        assertDoesNotThrow(() -> CuratedTable.load(dataset.trim()), row.getString("claim_id") + " -> " + dataset);
      }
    }
  }

  @Test
  void petrovasRegionalSharesAreRecordedWithPercentagePointTolerance() {
    Table t = Claims.petrova2019().table();
    Table shares = t.where(t.stringColumn("claim_id").isEqualTo("petrova2019.regional-share.first-month-signing"));
    assertEquals("56;62", shares.stringColumn("values").get(0));
    assertEquals("±1 pp", shares.stringColumn("tolerance").get(0));
  }

  @Test
  void theEssaysFirstReportedCasualtyFigureIsComputableFromMonitorCasualties() {
    Table t = Claims.of(Paper.RUSSIA_ESSAY_C2010).table();
    Table claim = t.where(t.stringColumn("claim_id").isEqualTo("russia-essay.world.killed-2007"));
    assertEquals("monitor_casualties", claim.stringColumn("datasets").get(0));
    assertEquals(5426.0, claim.doubleColumn("value_low").get(0));
    assertEquals(Monitor.casualties().asFirstReported().total(2007), claim.doubleColumn("value_low").get(0).intValue());
  }
}
