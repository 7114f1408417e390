package org.treatylab.claims;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.treatylab.data.CuratedTable;
import org.treatylab.data.Monitor;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

class ClaimsTest {
  @Test
  void everyPaperOfPapersCsvHasItsClaims() {
    assertEquals(3, Paper.all().size());
    for (Paper p : Paper.all()) {
      ClaimLedger ledger = Claims.of(p);
      assertTrue(ledger.size() >= 20, p + " has " + ledger.size() + " claims");
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
  void everyNotComputableClaimNamesTheDataThatWouldSettleItAndTheSearch() {
    Table t = Claims.all().where(Claims.all().stringColumn("check_kind").isEqualTo("not-computable"));
    for (Row row : t) {
      assertFalse(row.getString("how_to_check").isBlank(), row.getString("claim_id"));
      assertFalse(row.getString("searched").isBlank(), row.getString("claim_id"));
    }
  }

  @Test
  void everyEvidenceSearchNamedByAClaimExistsAndSaysWhatWasNotFound() {
    for (Paper p : Paper.all()) {
      for (Claim c : Claims.of(p).claims()) {
        if (c.searched().startsWith("claims-evidence ")) {
          String said = Ledger.searchedFor(c);
          assertTrue(said.startsWith("searched (claims evidence "), c.id() + ": " + said);
        }
      }
    }
    Claim devices = Claims.of("russia-essay").claim("russia-essay.russia.removed-110000-devices");
    assertTrue(Ledger.searchedFor(devices).contains("not found"), Ledger.searchedFor(devices));
  }

  @Test
  void wholePercentagesAreCheckedToThePapersPrecision() {
    // "56 and 62 percent" allows the paper's rounding (±0.5), not a point more
    Table t = Claims.of("petrova2019").table();
    Table shares = t.where(t.stringColumn("claim_id").isEqualTo("petrova2019.regional-share.first-month-signing"));
    assertEquals("56;62", shares.stringColumn("values").get(0));
    assertEquals("exact", shares.stringColumn("tolerance").get(0));
  }

  @Test
  void theEssaysFirstReportedCasualtyFigureIsComputableFromMonitorCasualties() {
    Table t = Claims.of("russia-essay").table();
    Table claim = t.where(t.stringColumn("claim_id").isEqualTo("russia-essay.world.killed-2007"));
    assertEquals("monitor_casualties", claim.stringColumn("datasets").get(0));
    assertEquals(5426.0, claim.doubleColumn("value_low").get(0));
    assertEquals(Monitor.casualties().asFirstReported().total(2007), claim.doubleColumn("value_low").get(0).intValue());
  }
}
