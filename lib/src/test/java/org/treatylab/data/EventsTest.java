package org.treatylab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Known facts of the Ottawa and Oslo processes, checked on the curated events. */
class EventsTest {
  @Test
  void brusselsDeclarationWasEndorsedBy97States() {
    NormEvents ottawa = Events.ottawaProcess();
    assertEquals(97, ottawa.preferredCount("L13"));
    Table t = ottawa.table();
    Table brussels = t.where(t.stringColumn("event_id").isEqualTo("L13"));
    assertEquals(95, brussels.intColumn("n_low").get(0), "ICRC's count on the day is kept as the low end");
    assertEquals("solid", brussels.stringColumn("grade").get(0));
  }

  @Test
  void osloDeclarationWasEndorsedBy46States() {
    assertEquals(46, Events.osloProcess().preferredCount("C4"));
  }

  @Test
  void ccmWasAdoptedBy107StatesInDublin() {
    NormEvents oslo = Events.osloProcess();
    assertEquals(107, oslo.preferredCount("C15"));
    Table t = oslo.table();
    Table c15 = t.where(t.stringColumn("event_id").isEqualTo("C15"));
    assertTrue(c15.stringColumn("event").get(0).contains("Dublin"));
    assertEquals("adopt", c15.stringColumn("count_type").get(0));
  }

  @Test
  void processesAreSeparatedAndStateListsJoinedToIso3() {
    assertTrue(Events.ottawaProcess().table().stringColumn("process").allMatch(p -> p.equals("landmines")));
    assertTrue(Events.osloProcess().table().stringColumn("process").allMatch(p -> p.equals("cluster-munitions")));
    Table ottawaSigners = Events.ottawaProcess().stateLists();
    assertEquals(115, ottawaSigners.rowCount(), "partial list: 115 of 123 names");
    assertTrue(ottawaSigners.stringColumn("iso3").contains("ZAF"));
    assertTrue(Events.ottawaProcess().onlyNormAffirming().table().booleanColumn("norm_affirming").isFalse().isEmpty());
  }

  @Test
  void endDatesAndCountRanges() {
    org.junit.jupiter.api.Assertions.assertEquals(java.time.LocalDate.of(1997, 9, 18), Events.ottawaProcess().endDate("L14"));
    org.junit.jupiter.api.Assertions.assertEquals("L15: 121 to 123 (preferred 122)", Events.ottawaProcess().countRange("L15"));
  }

  @Test
  void countsThatAreSumsOrNumbersOfNamesAreComputedFromWhatTheSourceStates() {
    // events.csv stores the 40 observers beside the 44 participants, not their sum; and the named states, not their number
    Table stored = CuratedTable.load("events").table();
    Table l3 = stored.where(stored.stringColumn("event_id").isEqualTo("L3"));
    assertTrue(l3.intColumn("n_high").isMissing(0));
    assertEquals(40, l3.intColumn("n_observers").getInt(0));
    assertEquals("L3: 44 to 84 (preferred 44)", Events.ottawaProcess().countRange("L3"));
    assertEquals("L5: 51 to 86 (preferred 51)", Events.ottawaProcess().countRange("L5"));
    assertEquals(1, Events.ottawaProcess().preferredCount("L1"));
    assertEquals("C13: 5 (preferred 5)", Events.osloProcess().countRange("C13"));
    assertEquals("L2: 11 (preferred 11)", Events.ottawaProcess().countRange("L2"), "the ten already supporting a ban and Norway");
    assertEquals("C1: 1 (preferred 1)", Events.osloProcess().countRange("C1"));
    // a count the source gives is never overwritten by the names
    Table t = Table.create("e", tech.tablesaw.api.IntColumn.create("n_low", new int[] {7}),
        tech.tablesaw.api.IntColumn.create("n_high", new int[] {9}), tech.tablesaw.api.IntColumn.create("n_preferred", new int[] {8}),
        tech.tablesaw.api.IntColumn.create("n_observers", 1).setMissing(0), tech.tablesaw.api.IntColumn.create("n_already", 1).setMissing(0),
        tech.tablesaw.api.StringColumn.create("named_states", "A; B"));
    Table filled = Events.withCounts(t);
    assertEquals(List.of(7, 9, 8), List.of(filled.intColumn("n_low").getInt(0), filled.intColumn("n_high").getInt(0),
        filled.intColumn("n_preferred").getInt(0)));
  }
}
