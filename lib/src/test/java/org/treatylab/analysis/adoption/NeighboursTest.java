package org.treatylab.analysis.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatylab.data.Treaties;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Neighbours on a hand-made border table, and on the curated borders. */
class NeighboursTest {
  @Test
  void unionOfNeighboursWithoutTheCentreStates() {
    Table borders = Table.create("b", StringColumn.create("iso3", "AAA", "BBB", "BBB", "CCC", "DDD"),
        StringColumn.create("neighbour_iso3", "BBB", "AAA", "CCC", "BBB", "EEE"));
    Neighbours n = Neighbours.of(borders, "AAA", "BBB");
    assertEquals(Set.of("CCC"), n.codes());
    assertThrows(IllegalArgumentException.class, () -> Neighbours.of(borders, "ZZZ"));
  }

  @Test
  void theFiveMbtLeaversOf2025AllBorderRussiaOrBelarus() {
    Neighbours n = Neighbours.of("RUS", "BLR");
    for (String iso3 : new String[] {"EST", "FIN", "LTU", "LVA", "POL", "UKR", "GEO", "KAZ", "CHN"}) {
      assertTrue(n.contains(iso3), iso3);
    }
    assertFalse(n.contains("RUS"));
    assertFalse(n.contains("DEU"));
    LocalDate status = Treaties.mineBan().source().statusAsAt();
    Table t = n.compare(Treaties.mineBan(), LocalDate.of(2024, 12, 31), status);
    assertEquals(5, t.intColumn("withdrawals notified").getInt(0));
    assertEquals(0, t.intColumn("withdrawals notified").getInt(1));
    assertEquals(n.count(), n.status(Treaties.mineBan(), LocalDate.of(2024, 12, 31), status).rowCount());
  }
}
