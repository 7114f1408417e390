package org.treatylab.analysis.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.data.Participant;
import org.treatylab.data.State;

/** A synthetic case counted by hand, and known facts on the curated treaty data. */
class HoldoutsTest {
  private static final LocalDate D = LocalDate.of(2020, 1, 1);

  private static State state(String iso3) {
    return new State(iso3, iso3 + " name", "Asia", "", "", "other", false, true, null, true, "");
  }

  private static Participant party(String treaty, String iso3) {
    return new Participant(treaty, iso3, iso3, null, D.minusYears(1), "ratification", false, null, null, null);
  }

  @Test
  void countsByHand() {
    Holdouts h = Holdouts.of(D, List.of(state("AAA"), state("BBB"), state("CCC")),
        List.of(party("mbt", "CCC")), List.of(party("ccw", "AAA"), party("ccw", "BBB")),
        List.of(party("ccw-apii", "AAA")), List.of(party("ccm", "BBB")));
    assertEquals(3, h.count());
    assertEquals(1, h.apiiParties());
    assertEquals(2, h.ccwParties());
    assertEquals(1, h.ccmParties());
    assertEquals(1, h.mbtSignatories());
    assertEquals(List.of("AAA"), h.where(Holdouts.Holdout::apiiParty).states().stream().map(Holdouts.Holdout::iso3)
        .toList());
    assertEquals(6, h.summary().rowCount());
    assertEquals(1, h.summary().intColumn("states").getInt(5), "outside the CCW");
    assertEquals(7, h.table().columnCount());
  }

  @Test
  void atTheStatusDate35UnMembersAreOutsideTheMbtAnd14OfThemArePartiesToApii() {
    Holdouts h = Holdouts.ofMineBanAt(LocalDate.of(2026, 2, 3));
    assertEquals(35, h.count());
    assertEquals(14, h.apiiParties());
    assertEquals(23, h.ccwParties());
    for (String iso3 : List.of("USA", "RUS", "CHN", "IND", "PAK")) {
      assertTrue(h.states().stream().anyMatch(s -> s.iso3().equals(iso3) && s.apiiParty()), iso3 + " is an APII party");
    }
    assertTrue(h.states().stream().anyMatch(s -> s.iso3().equals("IRN") && !s.ccwParty()), "Iran is outside the CCW");
    assertFalse(h.states().stream().anyMatch(s -> s.iso3().equals("UKR")), "Ukraine's 2025 steps are not recorded");
  }

  @Test
  void atEntryIntoForce121UnMembersWereOutside() {
    Holdouts h = Holdouts.ofMineBanAt(LocalDate.of(1999, 3, 1));
    assertEquals(121, h.count());
    assertEquals(67, h.mbtSignatories());
    assertEquals(13, h.apiiParties());
  }

  @Test
  void categoriesCountByHand() {
    Holdouts h = Holdouts.of(D, List.of(state("AAA"), state("BBB"), state("CCC")), List.of(), List.of(),
        List.of(party("ccw-apii", "AAA")), List.of()).withCategories(java.util.Map.of("AAA", "great power", "BBB", "armed conflict"));
    assertEquals(1, h.countIn("great power"));
    assertEquals(1, h.countIn(Holdouts.NOT_CLASSIFIED));
    assertEquals(2.0 / 3, h.securityShare(), 1e-9);
    tech.tablesaw.api.Table t = h.byCategory();
    assertEquals(5, t.rowCount(), "four categories and the unclassified row");
    assertEquals(1, t.intColumn("APII parties").getInt(0));
  }

  @Test
  void atTheStatusDateEveryHoldoutHasACategoryAndTheP5OutsideAreGreatPowers() {
    Holdouts h = Holdouts.ofMineBanAt(LocalDate.of(2026, 2, 3));
    assertEquals(0, h.countIn(Holdouts.NOT_CLASSIFIED));
    assertEquals(3, h.countIn("great power"));
    for (String iso3 : List.of("USA", "RUS", "CHN")) {
      assertEquals("great power", h.categoryOf(iso3));
    }
    assertEquals(h.count(), h.categories().rowCount());
  }
}
