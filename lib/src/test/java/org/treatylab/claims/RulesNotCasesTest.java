package org.treatylab.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatylab.testing.Refusals.refuses;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatylab.analysis.adoption.EventSeries;
import org.treatylab.data.Events;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;

/**
 * Issue 25 part 4, "rules, not cases": one rule per quantity, applied to every sibling row, and the
 * cases where each rule must refuse or flip.
 */
class RulesNotCasesTest {
  private final Treaty mbt = Treaties.mineBan();
  private final Treaty apii = Treaties.ccwAmendedProtocolII();
  private final Treaty ccm = Treaties.clusterMunitions();
  private final Treaty pv = Treaties.ccwProtocolV();
  private final Ledger petrova = Ledger.of("petrova2019");
  private final Set<String> declarations = Set.of("full_declaration", "declaration", "declaration_cumulative");

  // ---- directional claims: the direction and a test at 0.05 ----

  @Test
  void aDifferenceInTheStatedDirectionWithoutSignificanceIsNotReproduced() {
    // the issue's case: 84 % against 83 % at p = 1.0
    Directional.Comparison weak = new Directional.Comparison("insular vs bordered", true, "Fisher exact", 1.0);
    assertFalse(weak.holds());
    assertEquals(Directional.NOT_SIGNIFICANT, Directional.verdict("higher", weak));
    assertEquals("higher", Directional.verdict("higher", new Directional.Comparison("a vs b", true, "Fisher exact", 0.01)));
    assertEquals(Directional.OPPOSITE, Directional.verdict("higher", new Directional.Comparison("a vs b", false, "Fisher exact", 0.01)));
    // exactly at the level is not below it
    assertFalse(new Directional.Comparison("a vs b", true, "t", Directional.ALPHA).holds());
  }

  @Test
  void twoComparisonsNameEachFailingPairUnderItsOutcome() {
    Directional.Comparison ok = new Directional.Comparison("MBT vs APII", true, "log-rank", 1e-6);
    Directional.Comparison weak = new Directional.Comparison("CCM vs PV", true, "log-rank", 0.2);
    Directional.Comparison against = new Directional.Comparison("CCM vs PV", false, "log-rank", 0.001);
    assertEquals("both faster", Directional.both("faster", ok, ok));
    assertEquals("direction holds, not significant: CCM vs PV", Directional.both("faster", ok, weak));
    assertEquals("opposite direction: CCM vs PV", Directional.both("faster", ok, against));
  }

  @Test
  void theDirectionalRuleRefusesWhatIsNotATest() {
    refuses(IllegalArgumentException.class, () -> new Directional.Comparison("a vs b", true, "t", 1.5), "not a probability");
    refuses(IllegalArgumentException.class, () -> new Directional.Comparison("a vs b", true, "t", Double.NaN), "not a probability");
    refuses(IllegalArgumentException.class, () -> Directional.verdict(" ", new Directional.Comparison("a", true, "t", 0.1)), "word is blank");
    refuses(IllegalArgumentException.class, () -> org.treatylab.analysis.common.ExactTests.poissonRatesP(-1, 1, 3, 1), "must not be negative");
    refuses(IllegalArgumentException.class, () -> org.treatylab.analysis.common.ExactTests.poissonRatesP(1, 0, 3, 1), "must be above 0");
  }

  @Test
  void thePoissonRateTestMatchesTheBinomialByHand() {
    // equal counts over equal exposures: no evidence of a difference
    assertEquals(1.0, org.treatylab.analysis.common.ExactTests.poissonRatesP(10, 1, 10, 1), 1e-12);
    // all 10 events in one of two equal periods: two-sided p = 2 * 0.5^10
    assertEquals(2 * Math.pow(0.5, 10), org.treatylab.analysis.common.ExactTests.poissonRatesP(10, 1, 0, 1), 1e-12);
    assertEquals(1.0, org.treatylab.analysis.common.ExactTests.poissonRatesP(0, 1, 0, 1), 1e-12);
  }

  @Test
  void directionalDefinitionsNameTheirTestAndLevel() {
    Computed insular = Definitions.insularPartyShare(mbt, LocalDate.of(2024, 12, 31));
    assertTrue(List.of("higher", Directional.NOT_SIGNIFICANT, Directional.OPPOSITE).contains(insular.text()), insular.text());
    assertTrue(insular.quantity().contains("Fisher exact p"), insular.quantity());
    assertTrue(insular.quantity().contains("p < 0.05"), insular.quantity());
    Computed faster = Definitions.fasterToInstruments(40, mbt, apii, ccm, pv);
    assertTrue(faster.quantity().contains("MBT vs APII: log-rank p"), faster.quantity());
    Computed wider = Definitions.widerWithinYears(5, mbt, apii, ccm, pv);
    assertTrue(wider.quantity().contains("APII vs MBT: Fisher exact p"), wider.quantity());
    Computed slowed = Definitions.slowedAfterSigning(mbt, ccm);
    assertEquals("both slowed", slowed.text(), slowed.quantity());
    assertTrue(slowed.quantity().contains("Poisson rates p"), slowed.quantity());
  }

  @Test
  void aReversedPairFlipsTheDirectionalVerdict() {
    // the same test, the pair read the other way round: the effect is against the stated direction
    Computed reversed = Definitions.fasterToInstruments(40, apii, mbt, pv, ccm);
    assertTrue(reversed.text().startsWith(Directional.OPPOSITE), reversed.text());
  }

  // ---- sibling rows: one rule and one tolerance ----

  @Test
  void theTwoCountsOfStatesOutsideTheMbtShareOneTolerance() {
    Ledger varda = Ledger.of("varda2025");
    Claim around = varda.claim("outsiders.around-thirty");
    Claim other = varda.claim("smart-mines.other-30-states");
    assertEquals(around.tolerance(), other.tolerance());
    assertEquals(around.howToCheck().replaceAll(" \\(parties.*", ""), other.howToCheck());
    int outside = mbt.outsideAt(LocalDate.of(2024, 12, 31)).size();
    assertEquals(varda.check(around.id(), "q", "rows", outside).verdict(), varda.check(other.id(), "q", "rows", outside).verdict());
  }

  @Test
  void theFourTippingRowsUseTheLastCountBeforeTheLaunch() {
    EventSeries cluster = EventSeries.of(Events.osloProcess());
    LocalDate oslo = Events.osloProcess().date("C3");
    Computed count = Definitions.supportCountBefore(cluster, oslo, "Oslo conference", "");
    Computed share = Definitions.supportShareBefore(cluster, oslo, "Oslo conference");
    assertEquals("events row C2", count.rowsUsed());
    assertTrue(share.rowsUsed().startsWith("events row C2"), share.rowsUsed());
    // the count and the share of one count are judged alike: both within their tolerances, or both not
    assertEquals(petrova.check("tipping.thirty-states.cluster-munitions", count).verdict(),
        petrova.check("tipping.fifteen-percent.cluster-munitions", share).verdict());
    for (String id : List.of("thirty-states", "fifteen-percent")) {
      assertEquals(petrova.claim("tipping." + id + ".landmines").howToCheck(),
          petrova.claim("tipping." + id + ".cluster-munitions").howToCheck());
    }
  }

  @Test
  void theLaunchDateIsARobustnessDimensionThatCanFlipTheVerdict() {
    EventSeries cluster = EventSeries.of(Events.osloProcess());
    Map<String, LocalDate> launches = new LinkedHashMap<>();
    launches.put("first day of the Oslo conference", Events.osloProcess().date("C3"));
    launches.put("close of the CCW Review Conference", Events.osloProcess().endDate("C2"));
    Robustness r = Definitions.supportByLaunchDate(petrova.claim("tipping.thirty-states.cluster-munitions"), cluster, launches, false);
    assertEquals(3, r.rows().size());
    assertTrue(r.rows().get(0).ledgers());
    assertEquals(27, r.rows().get(0).value());
    assertTrue(r.rows().get(0).reproduces());
    // at the close of the CCW conference only Belgium's law precedes: the verdict flips
    assertFalse(r.rows().get(1).reproduces());
    // the first count at or after the launch (the Oslo Declaration, 46) is outside "some thirty"
    assertEquals(46, r.rows().get(2).value());
    assertFalse(r.rows().get(2).reproduces());
    refuses(IllegalArgumentException.class, () -> Definitions.supportByLaunchDate(
        petrova.claim("tipping.thirty-states.cluster-munitions"), cluster, Map.of(), false), "launches is empty");
    refuses(IllegalArgumentException.class, () -> Definitions.supportByLaunchDate(
        petrova.claim("tipping.thirty-states.cluster-munitions"), cluster, Map.of("too early", LocalDate.of(2000, 1, 1)), false),
        "no event");
  }

  // ---- speed of support: levels of one cumulative series ----

  @Test
  void aSeriesThatIsDifferencedHoldsLevelsOfOneCumulativeSeriesOnly() {
    EventSeries.Levels cluster = EventSeries.levelsOf(Events.osloProcess(), "declarations", declarations);
    List<EventSeries.Event> events = cluster.series().events();
    for (int i = 1; i < events.size(); i++) {
      assertTrue(events.get(i).count() >= events.get(i - 1).count(), events.toString());
    }
    assertTrue(events.stream().allMatch(e -> declarations.contains(e.countType())), events.toString());
    // the regional Livingstone declaration (38 after Wellington's 82) is left out and named
    assertTrue(cluster.leftOut().stream().anyMatch(e -> e.id().equals("C12")), cluster.leftOutDescribed());
    refuses(IllegalArgumentException.class, () -> EventSeries.levelsOf(Events.osloProcess(), "new", Set.of("declaration_new")),
        "increment");
    refuses(IllegalArgumentException.class, () -> EventSeries.levelsOf(Events.osloProcess(), "none", Set.of()), "countTypes is empty");
    refuses(IllegalArgumentException.class, () -> EventSeries.levelsOf(Events.osloProcess(), "x", Set.of("no_such_kind")),
        "no count of the kinds");
  }

  @Test
  void theFastestGrowthRuleRefusesASeriesWithOneIntervalAndFlipsWithTheLaunchDate() {
    EventSeries.Levels landmines = EventSeries.levelsOf(Events.ottawaProcess(), "landmine declarations", declarations);
    EventSeries.Levels cluster = EventSeries.levelsOf(Events.osloProcess(), "cluster-munition declarations", declarations);
    Claim claim = petrova.claim("figures34.fastest-after-launch");
    // the landmine declarations have two levels (Ottawa, Brussels): one interval, no fastest to compare
    assertEquals(1, Facts.supportGrowth(landmines.series()).rowCount());
    Computed c = Definitions.fastestGrowthAfterLaunch(landmines, Events.ottawaProcess().date("L8"), cluster, Events.osloProcess().date("C3"));
    assertEquals(Computed.Kind.NOT_COMPUTABLE, c.kind());
    assertTrue(c.quantity().contains("1 interval"), c.quantity());
    // with two series of several intervals the launch date decides: a year earlier flips the verdict to "neither"
    Map<String, LocalDate[]> launches = new LinkedHashMap<>();
    launches.put("launch conference", new LocalDate[] {Events.osloProcess().date("C3"), Events.osloProcess().date("C3")});
    launches.put("a year earlier", new LocalDate[] {Events.osloProcess().date("C3").minusYears(1),
        Events.osloProcess().date("C3").minusYears(1)});
    Robustness r = Definitions.fastestGrowthByLaunchDate(claim, cluster, cluster, launches);
    assertTrue(r.isText());
    assertEquals("both processes", r.rows().get(0).text());
    assertTrue(r.rows().get(0).reproduces());
    assertEquals("neither", r.rows().get(1).text());
    assertFalse(r.rows().get(1).reproduces());
    Robustness withLandmines = Definitions.fastestGrowthByLaunchDate(claim, landmines, cluster, launches);
    assertTrue(withLandmines.rows().stream().noneMatch(Robustness.Row::reproduces));
    refuses(IllegalArgumentException.class, () -> Definitions.fastestGrowthByLaunchDate(claim, cluster, cluster,
        Map.of("one date", new LocalDate[] {LocalDate.of(1996, 10, 3)})), "not two dates");
  }

  // ---- robustness tables the notes promise ----

  @Test
  void aTextRobustnessTableComparesWordsAndRefusesNumbers() {
    Claim faster = petrova.claim("figures12.ratification-faster");
    Robustness r = Definitions.fasterByInstrumentCount(faster, mbt, apii, ccm, pv, 40, 30);
    assertEquals(2, r.rows().size());
    assertEquals(Definitions.fasterToInstruments(40, mbt, apii, ccm, pv).text(), r.rows().get(0).text());
    assertTrue(r.summary().contains("definitions reproduce 'both faster'"), r.summary());
    refuses(IllegalStateException.class, () -> Robustness.ofText(faster, "q").add("x", 1), "stated in words");
    refuses(IllegalArgumentException.class, () -> Robustness.ofText(petrova.claim("tipping.thirty-states.landmines"), "q"),
        "numeric claim");
    refuses(IllegalStateException.class, () -> r.stated(), "no number");
  }

  @Test
  void theStockpileRankTableUsesTheLedgersRankForItsOwnRow() {
    Ledger essay = Ledger.of("russia-essay");
    Robustness r = Definitions.stockpileRankByEstimate(essay.claim("russia.largest-stockpiler"), "RUS", "c.2002-2003");
    assertEquals(Definitions.stockpileRank("RUS", "c.2002-2003").values()[0], r.rows().get(0).value());
    assertEquals(3, r.rows().size());
    refuses(IllegalArgumentException.class, () -> Definitions.stockpileRankByEstimate(essay.claim("russia.largest-stockpiler"),
        "RUS", "c.1900"), "c.1900");
  }
}
