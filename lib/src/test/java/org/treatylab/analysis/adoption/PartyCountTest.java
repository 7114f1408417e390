package org.treatylab.analysis.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.treatylab.data.States;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;
import tech.tablesaw.api.Table;

/** Parties and UN members outside a treaty add up under every denominator. */
class PartyCountTest {
  @Test
  void countsAddUp() {
    Treaty mbt = Treaties.mineBan();
    LocalDate d = LocalDate.of(2010, 4, 1);
    PartyCount c = PartyCount.of(mbt, d);
    assertEquals(States.unMembersAt(d), c.unMembers());
    assertEquals(mbt.partiesAt(d).size(), c.parties());
    assertEquals(c.unMembers(), c.parties() - c.nonMemberParties() + c.outside());
    assertEquals(c.outside(), c.signedNotRatified() + c.notSigned());
    assertEquals(mbt.outsideAt(d).size(), c.outside());
  }

  @Test
  void betweenListsTheEndsAndEachChange() {
    Treaty mbt = Treaties.mineBan();
    Table t = PartyCount.between(mbt, LocalDate.of(2008, 1, 1), LocalDate.of(2010, 12, 31));
    assertEquals(LocalDate.of(2008, 1, 1), t.dateColumn("date").get(0));
    assertEquals(LocalDate.of(2010, 12, 31), t.dateColumn("date").get(t.rowCount() - 1));
    for (int i = 0; i < t.rowCount(); i++) {
      PartyCount c = PartyCount.of(mbt, t.dateColumn("date").get(i));
      assertEquals(c.parties(), t.intColumn("parties").getInt(i));
      assertEquals(c.notSigned(), t.intColumn("not_signed").getInt(i));
    }
    assertTrue(t.rowCount() >= 2);
  }
}
