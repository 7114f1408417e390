package org.treatylab.analysis.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatylab.analysis.adoption.AdoptionCurve;
import org.treatylab.analysis.adoption.Group;
import org.treatylab.analysis.adoption.Neighbours;
import org.treatylab.analysis.adoption.PartyCount;
import org.treatylab.data.Participant;
import org.treatylab.data.States;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class PanelTest {
  private static final Treaty MBT = Treaties.mineBan();
  private static final Treaty CCM = Treaties.clusterMunitions();
  private static final Panel YEARS = Panel.stateYears(MBT, CCM).addStatus().addYearsSinceOpening().addRegions()
      .addNeighbourShare().addRegionShare().addPaperGroups();

  private static int sumWhere(Table t, String column, String dateColumn, LocalDate date) {
    int n = 0;
    for (int i = 0; i < t.rowCount(); i++) {
      if (t.dateColumn(dateColumn).get(i).equals(date)) {
        n += t.intColumn(column).get(i);
      }
    }
    return n;
  }

  private static int rowsOn(Table t, LocalDate date) {
    int n = 0;
    for (int i = 0; i < t.rowCount(); i++) {
      n += t.dateColumn("observed_on").get(i).equals(date) ? 1 : 0;
    }
    return n;
  }

  @Test
  void oneRowPerStateAndYearWhileAMember() {
    Table t = YEARS.table();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < t.rowCount(); i++) {
      assertTrue(keys.add(t.stringColumn("iso3").get(i) + "/" + t.intColumn("year").get(i)), "duplicate row " + i);
    }
    assertEquals(1997, t.intColumn("year").min(), 0);
    assertEquals(2026, t.intColumn("year").max(), 0);
    assertEquals(LocalDate.of(2026, 2, 3), t.dateColumn("period_end").max());
    // every UN member on 31 December is there, with its statuses read that day
    for (int y = 1997; y <= 2025; y++) {
      LocalDate end = LocalDate.of(y, 12, 31);
      assertEquals(States.unMembersAt(end), rowsOn(t, end), "rows on " + end);
    }
    assertEquals(States.unMembersAt(LocalDate.of(2026, 2, 3)), rowsOn(t, LocalDate.of(2026, 2, 3)));
    // membership spells: Yugoslavia until 31 October 2000, Serbia from 1 November 2000, South Sudan from 2011
    Table yug = t.where(t.stringColumn("iso3").isEqualTo("YUG"));
    assertEquals(4, yug.rowCount());
    assertEquals(LocalDate.of(2000, 10, 31), yug.dateColumn("observed_on").max());
    Table srb = t.where(t.stringColumn("iso3").isEqualTo("SRB"));
    assertEquals(LocalDate.of(2000, 11, 1), srb.dateColumn("observed_from").min());
    assertEquals(2011, t.where(t.stringColumn("iso3").isEqualTo("SSD")).intColumn("year").min(), 0);
    assertFalse(t.stringColumn("iso3").contains("VAT"), "non-member states have no membership dates");
  }

  @Test
  void partiesAtYearEndEqualThePartyCounts() {
    Table t = YEARS.table();
    for (Treaty treaty : List.of(MBT, CCM)) {
      String p = Panel.prefix(treaty);
      for (int y = treaty.openedForSignature().getYear(); y <= 2025; y++) {
        LocalDate end = LocalDate.of(y, 12, 31);
        PartyCount c = PartyCount.of(treaty, end);
        assertEquals(c.parties() - c.nonMemberParties(), sumWhere(t, p + "_party", "observed_on", end), p + " " + end);
        assertEquals(c.signedNotRatified(), sumWhere(t, p + "_signed", "observed_on", end)
            - sumRowsWhere(t, p + "_signed", p + "_party", end), p + " signed, not party, " + end);
      }
    }
    // Poland's withdrawal takes effect after the status date: still a party on it
    Table pol = t.where(t.stringColumn("iso3").isEqualTo("POL").and(t.intColumn("year").isEqualTo(2026)));
    assertEquals(1, pol.intColumn("mbt_party").get(0));
    assertEquals(0, pol.intColumn("mbt_withdrawn").get(0));
  }

  private static int sumRowsWhere(Table t, String a, String b, LocalDate date) {
    int n = 0;
    for (int i = 0; i < t.rowCount(); i++) {
      if (t.dateColumn("observed_on").get(i).equals(date) && t.intColumn(a).get(i) == 1 && t.intColumn(b).get(i) == 1) {
        n++;
      }
    }
    return n;
  }

  @Test
  void consentsByYearAddUpToTheAdoptionCurve() {
    Table t = YEARS.table();
    AdoptionCurve consents = AdoptionCurve.of(MBT).consents().inCalendarTime();
    int cumulative = 0;
    for (int y = 1997; y <= 2025; y++) {
      cumulative += (int) t.where(t.intColumn("year").isEqualTo(y)).intColumn("mbt_consent_in_period").sum();
      LocalDate end = LocalDate.of(y, 12, 31);
      // consents of states that were not UN members that day (Holy See, Niue; Switzerland in 1998, before
      // its admission in 2002) have no panel row to fall in
      long outsideUn = MBT.participants().stream().filter(x -> x.consent() != null && !x.consent().isAfter(end)
          && !States.unMemberCodesAt(x.consent()).contains(x.iso3())).count();
      assertEquals(consents.countAt(end) - outsideUn, cumulative, "MBT consents of UN members by " + end);
    }
  }

  @Test
  void monthlyPanelCountsAtMonthEnds() {
    Panel months = Panel.stateMonths(2008, 2012, CCM).addStatus().addYearsSinceOpening();
    Table t = months.table();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < t.rowCount(); i++) {
      assertTrue(keys.add(t.stringColumn("iso3").get(i) + "/" + t.intColumn("year").get(i) + "-"
          + t.intColumn("month").get(i)));
    }
    for (LocalDate end : List.of(LocalDate.of(2008, 12, 31), LocalDate.of(2010, 7, 31), LocalDate.of(2011, 6, 30))) {
      PartyCount c = PartyCount.of(CCM, end);
      assertEquals(c.parties() - c.nonMemberParties(), sumWhere(t, "ccm_party", "observed_on", end), "ccm " + end);
      assertEquals(States.unMembersAt(end), rowsOn(t, end));
    }
    Table dec2008 = t.where(t.intColumn("year").isEqualTo(2008).and(t.intColumn("month").isEqualTo(12)));
    assertEquals(0.0, dec2008.doubleColumn("ccm_years_since_opening").get(0));
    Table nov2008 = t.where(t.intColumn("year").isEqualTo(2008).and(t.intColumn("month").isEqualTo(11)));
    assertTrue(nov2008.doubleColumn("ccm_years_since_opening").isMissing(0), "missing before the opening");
    Table jun2010 = t.where(t.intColumn("year").isEqualTo(2010).and(t.intColumn("month").isEqualTo(6)));
    assertEquals(1.5, jun2010.doubleColumn("ccm_years_since_opening").get(0), 1e-12);
  }

  @Test
  void yearsSinceOpeningCountCalendarYears() {
    Table t = Panel.stateYears(1995, 2000, MBT).addYearsSinceOpening().table();
    DoubleColumn since = t.doubleColumn("mbt_years_since_opening");
    IntColumn year = t.intColumn("year");
    for (int i = 0; i < t.rowCount(); i++) {
      if (year.get(i) < 1997) {
        assertTrue(since.isMissing(i));
      } else {
        assertEquals(year.get(i) - 1997, since.get(i), 0.0);
      }
    }
  }

  @Test
  void neighbourShareIsTheShareOfLandNeighboursAlreadyParty() {
    Table t = YEARS.table();
    for (String code : List.of("RUS", "FIN", "SDN", "IND")) {
      for (int year : List.of(1999, 2005, 2012, 2026)) {
        int row = find(t, code, year);
        LocalDate before = t.dateColumn("observed_from").get(row).minusDays(1);
        Set<String> members = new HashSet<>(States.unMemberCodesAt(before));
        States.nonMemberParticipants().forEach(s -> members.add(s.iso3()));
        List<String> around = Neighbours.of(code).codes().stream().filter(members::contains).toList();
        long party = around.stream().filter(n -> MBT.participants().stream()
            .anyMatch(x -> x.iso3().equals(n) && x.isPartyAt(before))).count();
        assertEquals(around.size(), t.intColumn("land_neighbours").get(row), code + " " + year);
        assertEquals((double) party / around.size(), t.doubleColumn("mbt_neighbours_party_share").get(row), 1e-12,
            code + " " + year);
      }
    }
    // South Sudan is Sudan's neighbour only from its admission on
    assertEquals(t.intColumn("land_neighbours").get(find(t, "SDN", 2012)),
        t.intColumn("land_neighbours").get(find(t, "SDN", 2010)) + 1);
    int island = find(t, "ISL", 2000);
    assertEquals(0, t.intColumn("land_neighbours").get(island));
    assertEquals(0.0, t.doubleColumn("mbt_neighbours_party_share").get(island));
  }

  @Test
  void regionShareLeavesTheStateItselfOut() {
    Table t = YEARS.table();
    Group europe = Group.where("Europe", s -> "Europe".equals(s.m49Region()));
    int row = find(t, "FIN", 2010);
    LocalDate before = LocalDate.of(2009, 12, 31);
    Set<String> others = new HashSet<>(States.unMemberCodesAt(before));
    others.retainAll(europe.iso3());
    others.remove("FIN");
    Set<String> parties = new HashSet<>();
    MBT.partiesAt(before).forEach(x -> parties.add(x.iso3()));
    long party = others.stream().filter(parties::contains).count();
    assertEquals((double) party / others.size(), t.doubleColumn("mbt_region_party_share").get(row), 1e-12);
    assertEquals("Europe", t.stringColumn("region").get(row));
    assertEquals("Northern Europe", t.stringColumn("sub_region").get(row));
  }

  @Test
  void paperGroupsComeFromGroup() {
    Table t = YEARS.table();
    assertEquals(1, t.intColumn("africa").get(find(t, "NGA", 2000)));
    assertEquals(1, t.intColumn("sub_saharan_africa").get(find(t, "NGA", 2000)));
    assertEquals(0, t.intColumn("sub_saharan_africa").get(find(t, "SDN", 2000)));
    assertEquals(1, t.intColumn("africa_latin_america_pacific").get(find(t, "FJI", 2000)));
    assertEquals(0, t.intColumn("africa_latin_america_pacific").get(find(t, "FRA", 2000)));
    Table g = Panel.stateYears(2000, 2001, MBT).addGroup("nordic", Group.of("nordic", "NOR", "SWE", "FIN", "DNK", "ISL"))
        .table();
    assertEquals(10, (int) g.intColumn("nordic").sum());
  }

  private static int find(Table t, String code, int year) {
    for (int i = 0; i < t.rowCount(); i++) {
      if (t.stringColumn("iso3").get(i).equals(code) && t.intColumn("year").get(i) == year) {
        return i;
      }
    }
    throw new AssertionError("no row " + code + " " + year);
  }

  @Test
  void covariatesJoinByCodeAndYear() {
    Table cov = Table.create("gdp", StringColumn.create("code", "nor", "NOR", "FIN"),
        IntColumn.create("yr", 2000, 2001, 2000), DoubleColumn.create("gdp", 1.5, 2.5, 3.5));
    Table t = Panel.stateYears(2000, 2001, MBT).addCovariates(cov, "code", "yr").table();
    assertEquals(1.5, t.doubleColumn("gdp").get(find(t, "NOR", 2000)));
    assertEquals(2.5, t.doubleColumn("gdp").get(find(t, "NOR", 2001)));
    assertEquals(3.5, t.doubleColumn("gdp").get(find(t, "FIN", 2000)));
    assertTrue(t.doubleColumn("gdp").isMissing(find(t, "FIN", 2001)));
    Table m = Panel.stateMonths(2000, 2000, MBT).addCovariates(cov, "code", "yr").table();
    Table norway = m.where(m.stringColumn("iso3").isEqualTo("NOR"));
    assertEquals(12, norway.rowCount());
    assertEquals(12 * 1.5, norway.doubleColumn("gdp").sum(), 1e-12);
  }

  @Test
  void countingProcessRowsAreContiguousWithOneEventAtTheEnd() {
    Table cp = YEARS.countingProcess(MBT);
    Map<String, Double> lastStop = new HashMap<>();
    Set<String> ended = new HashSet<>();
    int events = 0;
    for (int i = 0; i < cp.rowCount(); i++) {
      String code = cp.stringColumn("iso3").get(i);
      double start = cp.doubleColumn("start").get(i);
      double stop = cp.doubleColumn("stop").get(i);
      assertTrue(stop > start, code);
      assertFalse(ended.contains(code), code + " has rows after its event");
      Double before = lastStop.put(code, stop);
      if (before != null && !code.equals("SYR")) {
        assertEquals(before, start, 1e-12, code + " rows abut");
      }
      if (cp.intColumn("event").get(i) == 1) {
        ended.add(code);
        events++;
      }
    }
    // every UN member whose consent fell while it was a member is an event: all UN-member consents
    Set<String> members = new HashSet<>();
    for (Participant x : MBT.participants()) {
      if (x.consent() != null && States.unMemberCodesAt(x.consent()).contains(x.iso3())) {
        members.add(x.iso3());
      }
    }
    assertEquals(members.size(), events);
    // at risk at the origin: the UN members on the opening day
    LocalDate opening = MBT.openedForSignature();
    assertEquals(States.unMembersAt(opening), cp.where(cp.doubleColumn("start").isEqualTo(0.0)).rowCount());
    // Canada consented on the opening day: its first interval holds the event
    Table canada = cp.where(cp.stringColumn("iso3").isEqualTo("CAN"));
    assertEquals(1, canada.rowCount());
    assertEquals(1, canada.intColumn("event").get(0));
    assertEquals(1 / 365.25, canada.doubleColumn("stop").get(0), 1e-12);
  }

  @Test
  void durationsJoinEachStatesRowsEndToEnd() {
    Table cp = YEARS.countingProcess(CCM);
    Table d = YEARS.durations(CCM);
    assertEquals(d.rowCount(), d.stringColumn("iso3").unique().size(), "one row per state");
    assertEquals((int) cp.intColumn("event").sum(), (int) d.intColumn("event").sum());
    Table ssd = d.where(d.stringColumn("iso3").isEqualTo("SSD"));
    LocalDate opening = CCM.openedForSignature();
    assertEquals(java.time.temporal.ChronoUnit.DAYS.between(opening, LocalDate.of(2011, 7, 14)) / 365.25,
        ssd.doubleColumn("start").get(0), 1e-12, "South Sudan enters on its admission");
    Table nor = d.where(d.stringColumn("iso3").isEqualTo("NOR"));
    Participant norway = CCM.participants().stream().filter(x -> x.iso3().equals("NOR")).findFirst().orElseThrow();
    assertEquals((java.time.temporal.ChronoUnit.DAYS.between(opening, norway.consent()) + 1) / 365.25,
        nor.doubleColumn("stop").get(0), 1e-12);
    Table usa = d.where(d.stringColumn("iso3").isEqualTo("USA"));
    assertEquals(0, usa.intColumn("event").get(0));
    assertEquals((java.time.temporal.ChronoUnit.DAYS.between(opening, LocalDate.of(2026, 2, 3)) + 1) / 365.25,
        usa.doubleColumn("stop").get(0), 1e-12, "censored at the status date");
  }

  @Test
  void signatoriesRiskSetKeepsOnlySignatories() {
    Table cp = YEARS.countingProcess(MBT, MBT.adopted(), RiskSet.SIGNATORIES);
    Set<String> signed = new HashSet<>();
    MBT.participants().stream().filter(x -> x.signature() != null).forEach(x -> signed.add(x.iso3()));
    for (String code : cp.stringColumn("iso3").unique()) {
      assertTrue(signed.contains(code), code);
    }
    assertFalse(cp.stringColumn("iso3").contains("USA"));
  }
}
