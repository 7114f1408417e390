package org.treatylab.analysis.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatylab.analysis.adoption.Synthetic.d;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.data.Participant;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;
import tech.tablesaw.api.Table;

class ThresholdsTest {
  private final AdoptionCurve t = AdoptionCurve.of(Synthetic.treaty()).sinceOpening().sharesOf(10);

  @Test
  void firstShareIsTheDepositThatCrossesTheLine() {
    Thresholds.Crossing c = Thresholds.firstShare(t, 0.25).orElseThrow();
    assertEquals(d("2001-01-05"), c.date());
    assertEquals(339, c.daysSinceOrigin()); // 2000-02-01 to 2001-01-05, 2000 a leap year
    assertEquals(3, c.count());
    assertTrue(Thresholds.firstShare(t, 0.5).isEmpty());
  }

  @Test
  void firstCountAndEntryIntoForce() {
    Thresholds.Crossing c = Thresholds.firstCount(t, 2).orElseThrow();
    assertEquals(d("2000-05-10"), c.date());
    assertEquals(99, c.daysSinceOrigin());
    assertEquals(182, Thresholds.daysToEntryIntoForce(t).getAsLong());
    Table table = Thresholds.table(t);
    assertEquals(5, table.rowCount()); // 15 %, one-third, one-half, 2 instruments, entry into force
    assertEquals("2 instruments of consent", table.stringColumn("threshold").get(3));
  }

  @Test
  void rankingPutsTheFastestFirstAndTreatiesNotInForceLast() {
    Participant a = Synthetic.p("AAA", null, "2000-02-01", null);
    Treaty slow = Treaty.of("slow", "Slow", d("2000-01-01"), d("2000-02-01"), d("2000-08-01"), 1, List.of(a));
    Treaty fast = Treaty.of("fast", "Fast", d("2000-01-01"), null, d("2000-03-01"), 1, List.of(a));
    Treaty never = Treaty.of("never", "Never", d("2000-01-01"), null, null, 1, List.of());
    Table r = Speed.ranking(List.of(slow, never, fast));
    assertEquals(List.of("fast", "slow", "never"), r.stringColumn("treaty_id").asList());
    assertEquals(60, r.intColumn("days_to_eif").get(0)); // from adoption: no opening date
    assertEquals(182, r.intColumn("days_to_eif").get(1)); // from opening
    assertTrue(r.intColumn("rank").isMissing(2));
  }

  @Test
  void mineBanFacts() {
    AdoptionCurve mbt = AdoptionCurve.of(Treaties.mineBan()).sinceOpening();
    assertEquals(453, Speed.daysToEntryIntoForce(Treaties.mineBan()).getAsLong()); // 3 Dec 1997 to 1 Mar 1999
    assertEquals(606, Speed.daysToEntryIntoForce(Treaties.clusterMunitions()).getAsLong());
    assertEquals(LocalDate.of(1998, 9, 16), Thresholds.firstCount(mbt, 40).orElseThrow().date());
    Thresholds.Crossing fifteen = Thresholds.firstShare(mbt, 0.15).orElseThrow();
    assertEquals(LocalDate.of(1998, 8, 13), fifteen.date()); // 28 of 185 UN members
    assertEquals(28, Math.round(fifteen.share() * 185));
  }

  @Test
  void mineBanIsTheFastestArmsTreatyToEnterIntoForce() {
    Table r = Speed.ranking();
    assertEquals(Treaties.all().size(), r.rowCount());
    List<String> order = r.stringColumn("treaty_id").asList();
    for (String arms : List.of("ccm", "att", "cwc", "ccw", "ccw-apii", "ccw-piv", "ccw-pv", "tpnw", "enmod")) {
      assertTrue(order.indexOf("mbt") < order.indexOf(arms), arms);
    }
    // three human-rights instruments were faster: the CRC (counted from adoption), OP-CEDAW and the CRPD
    assertEquals(List.of("crc", "cedaw-op"), order.subList(0, 2));
  }
}
