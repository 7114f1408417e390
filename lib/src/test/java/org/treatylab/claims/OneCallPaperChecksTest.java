package org.treatylab.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatylab.testing.Refusals.refuses;
import static org.treatylab.testing.Refusals.refusesNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.treatylab.analysis.adoption.Composition;
import org.treatylab.analysis.adoption.EventSeries;
import org.treatylab.analysis.adoption.Group;
import org.treatylab.analysis.adoption.TimeWindow;
import org.treatylab.data.Datasets;
import org.treatylab.data.Events;
import org.treatylab.data.Participant;
import org.treatylab.data.States;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;
import tech.tablesaw.api.Table;

/**
 * One-call checks of the Petrova, Varda and essay notebooks: each definition's value against the same
 * computation spelled out, and a wrong input refused.
 */
class OneCallPaperChecksTest {
  private final Treaty mbt = Treaties.mineBan();
  private final Treaty ccm = Treaties.clusterMunitions();
  private final Treaty apii = Treaties.ccwAmendedProtocolII();
  private final Treaty pv = Treaties.ccwProtocolV();
  private final LocalDate endOf2024 = LocalDate.of(2024, 12, 31);

  @Test
  void supportBeforeALaunchIsTheLastCountAndItsShareOfTheUnMembers() {
    EventSeries landmines = EventSeries.of(Events.ottawaProcess());
    LocalDate launch = Events.ottawaProcess().date("L8");
    EventSeries.SupportBefore before = landmines.supportBefore(launch);
    Computed count = Definitions.supportCountBefore(landmines, launch, "Ottawa conference", "a lower bound");
    assertEquals(Computed.numbers("last norm-affirming count before the Ottawa conference (a lower bound)",
        "events row " + before.event().id(), before.event().count()), count);
    Computed share = Definitions.supportShareBefore(landmines, launch, "Ottawa conference");
    assertArrayEquals(new double[] {100.0 * before.event().count() / States.unMembersAt(before.event().date())}, share.values(), 1e-12);
    assertEquals("events row " + before.event().id() + "; un_membership", share.rowsUsed());
    LocalDate first = landmines.events().get(0).date();
    refuses(IllegalArgumentException.class, () -> Definitions.supportShareBefore(landmines, first, "first count"),
        "no event of", "pass a later date");
    refuses(IllegalArgumentException.class, () -> Definitions.supportCountBefore(landmines, launch, "", ""), "launchName is blank");
    refusesNull(() -> Definitions.supportCountBefore(landmines, launch, "Ottawa conference", null), "remark");
  }

  @Test
  void regionalSharesAreTheGroupsShareOfEachTreatysWindow() {
    Group g = Group.africaLatinAmericaPacific();
    Composition ccmMonth = Composition.of(TimeWindow.signaturesWithin(ccm, Period.ofMonths(1)), g);
    Composition mbtMonth = Composition.of(TimeWindow.signaturesWithin(mbt, Period.ofMonths(1)), g);
    assertEquals(Computed.numbers("signatures within one calendar month of opening, UNTC",
        "treaty_participation: " + ccmMonth.n() + " CCM and " + mbtMonth.n() + " MBT signatures; states (M49)",
        100 * ccmMonth.share(), 100 * mbtMonth.share()), Definitions.firstMonthSignatureShares(g, ccm, mbt));
    List<Composition> within = List.of(ccm, mbt, pv, apii).stream()
        .map(t -> Composition.of(TimeWindow.consentsWithinYears(t, 2.5), g)).toList();
    Computed consents = Definitions.consentSharesWithinYears(2.5, g, ccm, mbt, pv, apii);
    assertEquals("instruments of consent within 2.5 years (913 days), UNTC", consents.quantity());
    assertEquals("treaty_participation: " + within.stream().map(c -> String.valueOf(c.n())).collect(Collectors.joining(", "))
        + " instruments (CCM, MBT, PV, APII); states (M49)", consents.rowsUsed());
    assertArrayEquals(within.stream().mapToDouble(c -> 100 * c.share()).toArray(), consents.values());
    Composition ceremony = Composition.of(TimeWindow.signaturesBetween(ccm, ccm.openedForSignature(),
        ccm.openedForSignature().plusDays(1)), Group.subSaharanAfrica());
    assertEquals(Computed.numbers("signatures dated 3-4 Dec 2008, M49 sub-Saharan Africa",
        "treaty_participation: " + ceremony.n() + " CCM signatures of 3-4 Dec 2008; states (M49)", 100 * ceremony.share()),
        Definitions.ceremonySignatureShare(ccm, 2, Group.subSaharanAfrica(), "M49 sub-Saharan Africa"));
    refuses(IllegalArgumentException.class, () -> Definitions.firstMonthSignatureShares(g), "treaties is empty");
    refuses(IllegalArgumentException.class, () -> Definitions.consentSharesWithinYears(0, g, ccm), "years is 0");
    refuses(IllegalArgumentException.class, () -> Definitions.ceremonySignatureShare(apii, 2, g, "the group"),
        "ccw-apii was never open for signature");
    refuses(IllegalArgumentException.class, () -> Definitions.ceremonySignatureShare(ccm, 0, g, "the group"), "days");
  }

  @Test
  void holdoutsCitingAReasonAreTheRowsWhoseReasonContainsAWord() {
    Table h = Datasets.csv("holdouts.csv");
    Table citing = h.where(h.stringColumn("stated_reason").containsString("defence")
        .or(h.stringColumn("stated_reason").containsString("security")));
    assertEquals(Computed.numbers("holdouts whose sourced stated reason names defence or security",
        "holdouts rows " + String.join(", ", citing.stringColumn("iso3").asList()), citing.rowCount()),
        Definitions.holdoutsCitingReason("defence", "security"));
    refuses(IllegalArgumentException.class, () -> Definitions.holdoutsCitingReason(), "words is empty");
    refuses(IllegalArgumentException.class, () -> Definitions.holdoutsCitingReason("security", " "), "word is blank");
  }

  @Test
  void insularityComparesThePartySharesWithoutAndWithALandNeighbour() {
    Set<String> withNeighbour = new HashSet<>(Datasets.csv("state_borders.csv").stringColumn("iso3").asList());
    Set<String> members = States.unMemberCodesAt(endOf2024);
    Set<String> parties = mbt.partiesAt(endOf2024).stream().map(Participant::iso3).collect(Collectors.toSet());
    double insular = members.stream().filter(m -> !withNeighbour.contains(m)).count();
    double insularParties = members.stream().filter(m -> !withNeighbour.contains(m) && parties.contains(m)).count();
    double borderedParties = members.stream().filter(m -> withNeighbour.contains(m) && parties.contains(m)).count();
    boolean higher = insularParties / insular > borderedParties / (members.size() - insular);
    double bordered = members.size() - insular;
    double p = org.treatylab.analysis.adoption.TwoByTwo.of((long) insularParties, (long) (insular - insularParties),
        (long) borderedParties, (long) (bordered - borderedParties)).fisher().pValue();
    Computed c = Definitions.insularPartyShare(mbt, endOf2024);
    // the directional rule: the direction and Fisher's exact test at 0.05
    assertEquals(!higher ? Directional.OPPOSITE : p < Directional.ALPHA ? "higher" : Directional.NOT_SIGNIFICANT, c.text());
    assertTrue(c.quantity().startsWith("MBT party share among UN members without vs with a land neighbour, 31 Dec 2024: "
        + (long) insularParties + " of " + (long) insular), c.quantity());
    refuses(IllegalArgumentException.class, () -> Definitions.insularPartyShare(mbt, LocalDate.of(2100, 1, 1)), "2100-01-01");
  }

  @Test
  void bothRatifiedNamesEachStatesRecordUnlessBothRatified() {
    assertEquals(Computed.text("both ratified", "France's and the UK's record on UNTC XXVI-5", "treaty_participation rows mbt FRA, GBR"),
        Definitions.bothRatified(mbt, endOf2024, "France's and the UK's", "FRA", "GBR"));
    assertEquals("FRA " + Facts.record(mbt, "FRA", endOf2024) + "; USA " + Facts.record(mbt, "USA", endOf2024),
        Definitions.bothRatified(mbt, endOf2024, "theirs", "FRA", "USA").text());
    refuses(IllegalArgumentException.class, () -> Definitions.bothRatified(mbt, endOf2024, "theirs", "FRA", "GBRR"), "GBRR");
  }

  @Test
  void russiasStockpileRankAndApiiRecordAreReadFromTheRows() {
    Table s = org.treatylab.data.Monitor.stockpiles().table();
    Table c2002 = s.where(s.stringColumn("measure").isEqualTo("stockpiled").and(s.stringColumn("subject_kind").isEqualTo("state"))
        .and(s.stringColumn("as_of").isEqualTo("c.2002-2003"))).sortDescendingOn("high");
    assertEquals(Computed.numbers("rank by upper estimate among states, Monitor c. 2002-2003 (secondary)",
        "monitor_stockpiles: " + c2002.rowCount() + " state rows of c.2002-2003", c2002.stringColumn("iso3").indexOf("RUS") + 1),
        Definitions.stockpileRank("RUS", "c.2002-2003"));
    refuses(IllegalArgumentException.class, () -> Definitions.stockpileRank("RUS", "c.2030"), "c.2030");
    refuses(IllegalArgumentException.class, () -> Definitions.stockpileRank("FRA", "c.2002-2003"), "no state row of FRA");

    Participant rus = apii.participants().stream().filter(p -> p.iso3().equals("RUS")).findFirst().orElseThrow();
    LocalDate essay = LocalDate.of(2010, 3, 30);
    assertEquals(Computed.text(!rus.entryIntoForce().isAfter(essay) ? "bound" : "not bound",
        "APII in force for Russia (" + rus.entryIntoForce() + ") by 30 March 2010", "treaty_participation row ccw-apii RUS"),
        Definitions.inForceBy(apii, "RUS", essay, "Russia"));
    Computed consent = Definitions.consentedBefore(apii, "RUS", LocalDate.of(1998, 6, 1), "the comparison");
    assertEquals(rus.consent().isBefore(LocalDate.of(1998, 6, 1)) ? "by 1998"
        : "consented " + rus.consent() + " (APII never open for signature)", consent.text());
    refuses(IllegalArgumentException.class, () -> Definitions.inForceBy(ccm, "RUS", essay, "Russia"),
        "RUS has no row of ccm");
    refuses(IllegalArgumentException.class, () -> Definitions.consentedBefore(apii, "RUS", essay, ""), "quantity is blank");
  }
}
