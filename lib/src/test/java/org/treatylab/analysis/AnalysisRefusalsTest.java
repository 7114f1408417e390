package org.treatylab.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatylab.testing.Refusals.refuses;
import static org.treatylab.testing.Refusals.refusesNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.data.Events;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;
import org.treatylab.analysis.adoption.AdoptionCurve;
import org.treatylab.analysis.adoption.Composition;
import org.treatylab.analysis.adoption.CumulativeSeries;
import org.treatylab.analysis.adoption.Diffusion;
import org.treatylab.analysis.adoption.DiffusionFit;
import org.treatylab.analysis.adoption.EventSeries;
import org.treatylab.analysis.adoption.Group;
import org.treatylab.analysis.adoption.Holdouts;
import org.treatylab.analysis.adoption.Neighbours;
import org.treatylab.analysis.adoption.PartyCount;
import org.treatylab.analysis.adoption.Speed;
import org.treatylab.analysis.adoption.Thresholds;
import org.treatylab.analysis.adoption.TimeWindow;
import org.treatylab.analysis.adoption.Tipping;
import org.treatylab.analysis.adoption.TwoByTwo;
import org.treatylab.analysis.cascade.Cascade;
import org.treatylab.analysis.cascade.CascadeSweep;
import org.treatylab.analysis.common.Progress;
import org.treatylab.analysis.cost.CostInput;
import org.treatylab.analysis.cost.CostMonteCarlo;
import org.treatylab.analysis.cost.DeminingCost;
import org.treatylab.analysis.cost.FundingScenario;

/**
 * The analysis calls refuse what they cannot answer — NaN, negative or zero where meaningless, empty
 * inputs, null, unknown names, dates outside the data — with a message naming the argument, the value
 * and the fix; the right inputs still answer as before. Each test notes what the call did before.
 */
class AnalysisRefusalsTest {
  private static final Treaty MBT = Treaties.mineBan();
  private static final LocalDate LATE = LocalDate.of(2030, 1, 1);
  private static final LocalDate BEFORE_UN = LocalDate.of(1900, 1, 1);

  // AdoptionCurve and Thresholds

  @Test
  void countAfterYearsRefusesNegativeAndNaNYears() {
    // before: -1 and NaN years both answered 0 (the count at or before the origin)
    AdoptionCurve mbt = AdoptionCurve.of(MBT);
    refuses(IllegalArgumentException.class, () -> mbt.countAfterYears(-1), "years is -1.0",
        "pass a number of years of 0 or more since adoption (1997-09-18)");
    refuses(IllegalArgumentException.class, () -> mbt.countAfterYears(Double.NaN), "years is NaN");
    refuses(IllegalArgumentException.class, () -> mbt.countAfterYears(100), "is after the data's status date 2026-02-03",
        "ask about a date up to 2026-02-03");
    assertEquals(0, mbt.countAfterYears(0));
    assertEquals(40, mbt.countAfterYears(1));
  }

  @Test
  void shareAtRefusesADateBeforeTheUnExisted() {
    // before: NaN (0 consents of 0 UN members)
    AdoptionCurve shares = AdoptionCurve.of(MBT).shares();
    IllegalArgumentException e = refuses(IllegalArgumentException.class, () -> shares.shareAt(BEFORE_UN));
    assertEquals("1900-01-01 is before the UN's founding 1945-10-24 (date): no UN members to count; "
        + "ask about a date from 1945-10-24", e.getMessage());
    assertEquals(0.0, shares.shareAt(LocalDate.of(1990, 1, 1)), "before the treaty, no UN member had consented: true");
    assertEquals(0.0, shares.shareAt(LocalDate.of(1945, 10, 24)));
    assertEquals(0.0, AdoptionCurve.of(MBT).sharesOf(5).shareAt(BEFORE_UN), "a fixed denominator has states at any date");
  }

  @Test
  void throughRefusesACutBeforeTheTreatyExisted() {
    // before: an empty curve whose series had one point, the origin, with value 0
    refuses(IllegalArgumentException.class, () -> AdoptionCurve.of(MBT).through(LocalDate.of(1990, 1, 1)),
        "end 1990-01-01 is before the Mine Ban Treaty's adoption 1997-09-18", "the curve would be empty",
        "pass a date from 1997-09-18 to 2026-02-03");
    refuses(IllegalArgumentException.class, () -> AdoptionCurve.of(MBT).through(LATE), "(end)", "2026-02-03");
    assertEquals(0, AdoptionCurve.of(MBT).through(MBT.adopted()).countAt(MBT.adopted()));
    refuses(IllegalArgumentException.class, () -> AdoptionCurve.of(MBT).sharesOf(0), "numberOfStates is 0",
        "pass 1 or more");
  }

  @Test
  void thresholdsRefuseCountsBelowOneNullCurvesAndPercentages() {
    // before: firstCount(curve, 0) and (curve, -3) answered the first deposit as "0 instruments"; a null
    // curve gave a bare NullPointerException
    AdoptionCurve mbt = AdoptionCurve.of(MBT).sinceOpening();
    refuses(IllegalArgumentException.class, () -> Thresholds.firstCount(mbt, 0), "n is 0", "pass 1 or more");
    refuses(IllegalArgumentException.class, () -> Thresholds.firstCount(mbt, -3), "n is -3");
    refuses(IllegalArgumentException.class, () -> Speed.daysToInstruments(MBT, 0), "n is 0");
    refusesNull(() -> Thresholds.firstShare(null, 0.5), "curve");
    refusesNull(() -> Thresholds.firstCount(null, 40), "curve");
    refuses(IllegalArgumentException.class, () -> Thresholds.firstShare(mbt, 15), "share is 15.0",
        "(0.15 for 15 %)");
    refuses(IllegalArgumentException.class, () -> Thresholds.shareLabel(Double.NaN), "share is NaN");
    assertEquals(LocalDate.of(1998, 9, 16), Thresholds.firstCount(mbt, 40).orElseThrow().date());
    assertEquals(LocalDate.of(1997, 12, 3), Thresholds.firstCount(mbt, 1).orElseThrow().date());
  }

  @Test
  void sharesAfterYearsRefusesEmptyListsAndNegativeYears() {
    // before: an empty list gave a table without rows; no years a table without numbers; -1 and NaN
    // years a share of 0
    refuses(IllegalArgumentException.class, () -> Thresholds.sharesAfterYears(List.of(), 1), "treaties is empty",
        "List.of(Treaties.mineBan())");
    refuses(IllegalArgumentException.class, () -> Thresholds.sharesAfterYears(List.of(MBT)), "years is empty",
        "e.g. 1, 2, 5");
    refuses(IllegalArgumentException.class, () -> Thresholds.sharesAfterYears(List.of(MBT), -1), "years is -1.0",
        "0 or more");
    refuses(IllegalArgumentException.class, () -> Thresholds.sharesAfterYears(List.of(MBT), Double.NaN), "years is NaN");
    var t = Thresholds.sharesAfterYears(List.of(MBT), 0, 1);
    assertEquals(0.0, t.doubleColumn("0 years").get(0));
    assertEquals(20.0, t.doubleColumn("1 years").get(0));
  }

  // TimeWindow, PartyCount, Speed

  @Test
  void windowsRefuseReversedNegativeAndEmptyRanges() {
    // before: each of these answered an empty window (n = 0, a share of NaN) without saying why
    refuses(IllegalArgumentException.class,
        () -> TimeWindow.signaturesBetween(MBT, LocalDate.of(1998, 1, 1), LocalDate.of(1997, 1, 1)),
        "from 1998-01-01 is after to 1997-01-01; pass from ≤ to");
    refuses(IllegalArgumentException.class, () -> TimeWindow.signaturesWithin(MBT, Period.ofMonths(-1)), "length is P-1M",
        "pass a positive period, e.g. Period.ofMonths(1)");
    refuses(IllegalArgumentException.class, () -> TimeWindow.consentsWithinYears(MBT, -1), "years is -1.0", "above 0");
    refuses(IllegalArgumentException.class, () -> TimeWindow.consentsWithinYears(MBT, Double.NaN), "years is NaN");
    refuses(IllegalArgumentException.class,
        () -> TimeWindow.consentsBetween(MBT, LocalDate.of(1990, 1, 1), LocalDate.of(1991, 1, 1)),
        "to 1991-01-01 is before the Mine Ban Treaty's adoption 1997-09-18", "no state could have acted");
    refusesNull(() -> TimeWindow.signaturesWithin(MBT, null), "length");
    assertEquals(123, TimeWindow.signaturesWithin(MBT, Period.ofMonths(1)).size());
    assertEquals(95, TimeWindow.consentsWithinYears(MBT, 2.5).size());
    assertEquals(121, TimeWindow.signaturesBetween(MBT, LocalDate.of(1997, 12, 3), LocalDate.of(1997, 12, 4)).size());
  }

  @Test
  void customWindowsCheckTheirCodes() {
    // before: 'XXX' was taken as an actor, and 'fra' matched no group; null gave a bare NullPointerException
    refuses(IllegalArgumentException.class, () -> TimeWindow.of("w", List.of("FRA", "FRAA")), "unknown ISO3 code 'FRAA'",
        "did you mean FRA");
    refuses(IllegalArgumentException.class, () -> TimeWindow.of("w", List.of()), "iso3 is empty");
    refusesNull(() -> TimeWindow.of("w", null), "iso3");
    assertEquals(List.of("FRA", "DEU"), TimeWindow.of("w", List.of("fra", "DEU")).actors());
  }

  @Test
  void partyCountsRefuseDatesBeforeTheUnAndBetweenNamesTheRightArgument() {
    // before: 1900 answered "0 parties; of the 0 UN members, 0 are outside"; a span ending after the
    // status date was refused naming Poland's withdrawal date (2026-02-20) as "date"
    refuses(IllegalArgumentException.class, () -> PartyCount.of(MBT, BEFORE_UN),
        "1900-01-01 is before the UN's founding 1945-10-24 (date)");
    refusesNull(() -> PartyCount.of(null, LocalDate.of(2000, 1, 1)), "treaty");
    IllegalArgumentException late = refuses(IllegalArgumentException.class,
        () -> PartyCount.between(MBT, LocalDate.of(2001, 1, 1), LATE));
    assertEquals("2030-01-01 is after the data's status date 2026-02-03 (to); ask about a date up to 2026-02-03",
        late.getMessage());
    refuses(IllegalArgumentException.class, () -> PartyCount.between(MBT, LocalDate.of(2001, 1, 1),
        LocalDate.of(2000, 1, 1)), "from 2001-01-01 is after to 2000-01-01; pass from ≤ to");
    refusesNull(() -> PartyCount.between(MBT, null, LocalDate.of(2000, 1, 1)), "from");
    PartyCount c = PartyCount.of(MBT, LocalDate.of(2010, 3, 30));
    assertEquals(156, c.parties());
    assertEquals(192, c.unMembers());
    assertEquals(2, PartyCount.between(MBT, LocalDate.of(2008, 1, 1), LocalDate.of(2010, 12, 31)).rowCount());
  }

  @Test
  void rankOfSuggestsTheNearestIdAndSaysWhenATreatyIsNotInForce() {
    // before: "mbtt is not ranked among 30 treaties", "null is not ranked …", and an empty list ranked nothing
    refuses(IllegalArgumentException.class, () -> Speed.rankOf("mbtt", Treaties.all()),
        "unknown treaty id 'mbtt' (treatyId) — did you mean mbt?");
    refuses(IllegalArgumentException.class, () -> Speed.rankOf("ctbt", Treaties.all()),
        "ctbt is not in force at the data's status date, so it has no rank");
    refusesNull(() -> Speed.rankOf(null, Treaties.all()), "treatyId");
    refuses(IllegalArgumentException.class, () -> Speed.ranking(List.of()), "treaties is empty", "Treaties.all()");
    refusesNull(() -> Speed.start(null), "treaty");
    assertEquals(5, Speed.rankOf("mbt", Treaties.all()));
    assertEquals(1, Speed.ranking(List.of(MBT)).rowCount());
  }

  // Cascade

  @Test
  void cascadeParametersRefuseNaNAndSharesOutsideZeroToOne() {
    // before: normal(NaN, …), uniform(NaN, …), explicit(NaN) were accepted; withVanguardShare(NaN) gave a
    // vanguard of 0; the other messages named no value
    refuses(IllegalArgumentException.class, () -> Cascade.normal(Double.NaN, 0.1), "mean is NaN", "e.g. 0.3");
    refuses(IllegalArgumentException.class, () -> Cascade.normal(0.3, -1), "sd is -1.0", "0 or more");
    refuses(IllegalArgumentException.class, () -> Cascade.normal(0.3, Double.NaN), "sd is NaN");
    refuses(IllegalArgumentException.class, () -> Cascade.uniform(Double.NaN, 0.2), "low is NaN", "from 0 to 1");
    refuses(IllegalArgumentException.class, () -> Cascade.uniform(0.5, 0.2), "low 0.5 is above high 0.2; pass low ≤ high");
    refuses(IllegalArgumentException.class, () -> Cascade.explicit(0.1, Double.NaN), "thresholds[1] is NaN");
    refuses(IllegalArgumentException.class, () -> Cascade.builder().vanguardShare(Double.NaN), "share is NaN",
        "pass a fraction from 0 to 1 (0.15 for 15 %)");
    refuses(IllegalArgumentException.class, () -> Cascade.builder().vanguardShare(1.5), "share is 1.5");
    refuses(IllegalArgumentException.class, () -> Cascade.builder().states(0), "states is 0", "pass 1 or more");
    refusesNull(() -> Cascade.builder().thresholds(null), "thresholds");
    assertEquals(0.43, Cascade.builder().states(100).thresholds(Cascade.uniform(0, 1)).vanguardShare(0.05).seed(1)
        .build().run().finalShare());
  }

  @Test
  void cascadeBuilderRefusesMissingSettingsAVanguardAboveTheStatesAndTwoVanguards() {
    refuses(IllegalArgumentException.class, () -> Cascade.builder().vanguard(-1), "vanguard is -1", "0 or more");
    refuses(IllegalArgumentException.class,
        () -> Cascade.builder().states(10).thresholds(Cascade.normal(0.3, 0.1)).vanguard(11).seed(1).build(),
        "vanguard is 11; pass 0 to 10 (the number of states)");
    refuses(IllegalStateException.class, () -> Cascade.builder().thresholds(Cascade.normal(0.3, 0.1)).seed(1).build(),
        "states is not set; call states(n)");
    refuses(IllegalStateException.class, () -> Cascade.builder().states(10).seed(1).build(),
        "thresholds is not set", "Cascade.normal(0.3, 0.1)");
    refuses(IllegalStateException.class, () -> Cascade.builder().states(10).thresholds(Cascade.normal(0.3, 0.1)).build(),
        "seed is not set", "every run is seeded");
    refuses(IllegalStateException.class, () -> Cascade.builder().vanguard(3).vanguardShare(0.15),
        "vanguardShare(0.15): the vanguard is already set by vanguard(3); set it once");
    // the share is resolved against the states at build(), whichever was set first
    assertEquals(29, Cascade.builder().vanguardShare(0.15).states(193).thresholds(Cascade.normal(0.3, 0.1)).seed(1)
        .build().vanguard());
    assertEquals(0, Cascade.builder().states(5).thresholds(Cascade.explicit(0.5)).seed(1).build().vanguard());
    Cascade ten = Cascade.builder().states(10).thresholds(Cascade.normal(0.3, 0.1)).seed(1).build();
    refuses(IllegalArgumentException.class, () -> ten.withVanguard(11), "vanguard is 11; pass 0 to 10");
    refuses(IllegalArgumentException.class, () -> ten.withVanguardShare(Double.NaN), "share is NaN");
    assertEquals(3, ten.withVanguardShare(0.3).vanguard());
  }

  @Test
  void gridAndSweepRefuseWhatWouldBeEmptyOrCrash() {
    // before: a step of 0 or below, or from > to, threw NegativeArraySizeException; runsPerCell 0 gave
    // a table of NaN, -1 a NegativeArraySizeException; a vanguard share of 1.5 "fromIndex(0) > toIndex(-50)"
    refuses(IllegalArgumentException.class, () -> Cascade.grid(0, 0.5, 0), "step is 0.0", "above 0, e.g. 0.01");
    refuses(IllegalArgumentException.class, () -> Cascade.grid(0.5, 0, 0.1), "from 0.5 is above to 0.0");
    refuses(IllegalArgumentException.class, () -> Cascade.grid(0, Double.NaN, 0.1), "to is NaN");
    double[] one = {0.1};
    refuses(IllegalArgumentException.class, () -> Cascade.sweepNormal(100, 0.3, one, one, 0, 1, Progress.none()),
        "runsPerCell is 0", "pass 1 or more (e.g. 200)");
    refuses(IllegalArgumentException.class,
        () -> Cascade.sweepNormal(100, 0.3, new double[] {1.5}, one, 10, 1, Progress.none()),
        "vanguardShares[0] is 1.5", "from 0 to 1");
    refuses(IllegalArgumentException.class,
        () -> Cascade.sweepNormal(100, 0.3, new double[0], one, 10, 1, Progress.none()), "vanguardShares is empty");
    refuses(IllegalArgumentException.class, () -> Cascade.sweepNormal(0, 0.3, one, one, 10, 1, Progress.none()),
        "states is 0");
    assertArrayEquals(new double[] {0, 0.1, 0.2, 0.3, 0.4}, Cascade.grid(0, 0.4, 0.1));
  }

  @Test
  void aSpreadTheSweepDidNotRunIsRefusedNotAnsweredWithNone() {
    // before: criticalVanguard(0.2) answered empty — "no share in the grid tips" — for a spread never run
    CascadeSweep sweep = Cascade.sweepNormal(100, 0.3, Cascade.grid(0, 0.5, 0.1), new double[] {0.1}, 20, 1,
        Progress.none());
    IllegalArgumentException e = refuses(IllegalArgumentException.class, () -> sweep.criticalVanguard(0.2));
    assertEquals("spread 0.2 is not in the sweep's grid [0.1]; pass one of them", e.getMessage());
    refuses(IllegalArgumentException.class, () -> sweep.cellsForSpread(0.2), "spread 0.2");
    assertEquals(0.2, sweep.criticalVanguard(0.1).orElseThrow());
  }

  // Costs and funding

  @Test
  void costInputsRefuseInfiniteAndNaNBoundsAndSuggestTheNearestRow() {
    // before: an infinite high was accepted; a NaN mode passed; unknown ids said "has no single row"
    refuses(IllegalArgumentException.class, () -> CostInput.of("x", 1, Double.POSITIVE_INFINITY, "US$"),
        "high is Infinity", "finite number");
    refuses(IllegalArgumentException.class, () -> CostInput.of("x", 10, 5, "US$"), "x: low 10.0 is above high 5.0",
        "pass low ≤ high");
    refuses(IllegalArgumentException.class, () -> CostInput.of("x", 1, 5, "u").triangular(Double.NaN),
        "triangular mode NaN");
    refuses(IllegalArgumentException.class, () -> CostInput.fromCostParameters("cost-to-clear"),
        "unknown cost parameter id 'cost-to-clear' (parameterId) — did you mean cost-to-clear.un?",
        "(known: clearance-cost-per-m2.agecon");
    refuses(IllegalArgumentException.class, () -> CostInput.fromClaim("russia-essay.russia.removed-110000-device"),
        "did you mean russia-essay.russia.removed-110000-devices?");
    refuses(IllegalArgumentException.class, () -> CostInput.fromCostParameters("cost-per-mine.un-critique"),
        "gives no number", "pick a row with low or high");
    refusesNull(() -> CostInput.fromCostParameters(null), "parameterId");
    CostInput clear = CostInput.fromCostParameters("cost-to-clear.un");
    assertEquals(300, clear.low());
    assertEquals(1000, clear.high());
  }

  @Test
  void costModelsRefuseNullFactorsBadIndicesAndEmptyScenarios() {
    // before: a bare NullPointerException, IndexOutOfBoundsException, or a table without rows
    refusesNull(() -> DeminingCost.of((CostInput) null), "factors[0]");
    refuses(IllegalArgumentException.class, () -> DeminingCost.of(), "factors is empty");
    DeminingCost essay = DeminingCost.russiaEssay();
    refuses(IllegalArgumentException.class, () -> essay.withFactor(5, CostInput.exactly("x", 1, "u")), "i is 5",
        "pass 0 to 1", "devices removed, cost per mine");
    refusesNull(() -> essay.allShaped(null), "shape");
    refuses(IllegalArgumentException.class, essay::timeToClear, "scenarios is empty");
    refuses(IllegalArgumentException.class,
        () -> DeminingCost.asymmetry(CostInput.of("m", 0, 30, "u"), CostInput.of("c", 300, 1000, "u")),
        "make.low() is 0.0", "must be above 0");
    assertEquals(33_000_000, essay.range().low(), 1e-3);
    assertEquals(110_000_000, essay.range().high(), 1e-3);
    assertEquals(3.3, essay.timeToClear(FundingScenario.of("x", 1e7)).rows().get(0).yearsLow(), 1e-9);
  }

  @Test
  void monteCarloRefusesNaNQuantilesAndImpossibleHistograms() {
    // before: quantile(NaN) answered the high end; histogram(0) threw ArithmeticException "/ by zero";
    // histogram(5000) silently gave 2,000 groups
    CostMonteCarlo mc = DeminingCost.russiaEssay().monteCarlo(10_000, 1);
    refuses(IllegalArgumentException.class, () -> mc.quantile(Double.NaN), "p is NaN", "from 0 to 1");
    refuses(IllegalArgumentException.class, () -> mc.quantile(95), "p is 95.0", "0.95 for the 95th percentile");
    refuses(IllegalArgumentException.class, () -> mc.histogram(0), "groups is 0", "pass 1 to 2000");
    refuses(IllegalArgumentException.class, () -> mc.histogram(5000), "groups is 5000");
    refuses(IllegalArgumentException.class, () -> DeminingCost.russiaEssay().monteCarlo(0, 1), "draws is 0",
        "pass 1 or more");
    assertEquals(50, mc.histogram(50).rowCount());
    assertEquals(7.0961e7, mc.quantile(0.5), 1);
  }

  @Test
  void fundingRefusesUnknownMeasuresAndYearsOutsideTheData() {
    // before: "monitor_funding has no internationl funding for 2016"; a mean over 2020–2030 silently
    // covered 2020–2022; times(-1) blamed "annual funding"
    refuses(IllegalArgumentException.class, () -> FundingScenario.asInYear(2016, "internationl"),
        "unknown funding measure 'internationl' (measure) — did you mean international?");
    IllegalArgumentException late = refuses(IllegalArgumentException.class,
        () -> FundingScenario.asInYear(2030, "international"));
    assertEquals("year 2030 is after the last year of monitor_funding (international) (2022); ask about 1999–2010, "
        + "2012–2022", late.getMessage());
    refuses(IllegalArgumentException.class, () -> FundingScenario.meanOf(2020, 2030, "international"),
        "to 2030 is after the last year of monitor_funding (international)", "pass a span within 1999–2022");
    refuses(IllegalArgumentException.class, () -> FundingScenario.meanOf(2020, 2010, "international"),
        "from 2020 is after to 2010; pass from ≤ to");
    refuses(IllegalArgumentException.class, () -> FundingScenario.of("x", 5).times(-1), "factor is -1.0",
        "(2 for doubled)");
    refuses(IllegalArgumentException.class, () -> FundingScenario.of("x", Double.POSITIVE_INFINITY),
        "annualUsd is Infinity");
    assertEquals(4.829e8, FundingScenario.asInYear(2016, "international").annualUsd());
    assertEquals(6.222e8, FundingScenario.meanOf(2018, 2022, "international").annualUsd(), 1);
    assertTrue(FundingScenario.meanOf(2010, 2012, "international").label().endsWith("(2 years)"),
        "a gap inside the data's span is still skipped and counted in the label");
  }

  // CumulativeSeries, Diffusion, Tipping

  @Test
  void seriesRefuseUnorderedOrNaNTimes() {
    // before: accepted, and Tipping read the points in the order given
    LocalDate o = LocalDate.of(2000, 1, 1);
    refuses(IllegalArgumentException.class, () -> CumulativeSeries.ofYears("x", o, new double[] {2, 1, 0}, new double[] {1, 2, 3}),
        "years[1] is 1.0 after 2.0", "ascending order");
    refuses(IllegalArgumentException.class,
        () -> CumulativeSeries.ofYears("x", o, new double[] {0, Double.NaN, 2}, new double[] {1, 2, 3}), "years[1] is NaN");
    refuses(IllegalArgumentException.class, () -> CumulativeSeries.ofYears("x", o, new double[] {0, 1, 2}, new double[] {1, 2}),
        "years (3) and values (2) must have the same length");
    refusesNull(() -> CumulativeSeries.ofYears("x", null, new double[] {0}, new double[] {1}), "origin");
    assertEquals(3, CumulativeSeries.ofYears("x", o, new double[] {0, 1, 2}, new double[] {1, 2, 3}).size());
  }

  @Test
  void diffusionRefusesFlatOrNaNSeriesAndTooFewReplications() {
    // before: a flat series was "fitted" with R² NaN; NaN values gave "fit did not converge"; reps -1 a
    // NegativeArraySizeException; a null series a bare NullPointerException
    LocalDate o = LocalDate.of(2000, 1, 1);
    double[] t = {0, 1, 2, 3, 4};
    refuses(IllegalArgumentException.class, () -> Diffusion.fitLogistic(CumulativeSeries.ofYears("flat", o, t, new double[5])),
        "flat: every value is 0.0", "pass a series that grows");
    refuses(IllegalArgumentException.class,
        () -> Diffusion.fitLogistic(CumulativeSeries.ofYears("x", o, t, new double[] {0, 1, Double.NaN, 3, 4})),
        "point 2 (2002-01-01)", "value NaN");
    refusesNull(() -> Diffusion.fitBass(null), "s");
    CumulativeSeries s = AdoptionCurve.of(MBT).sinceOpening().byMonth().firstYears(5).series();
    DiffusionFit fit = Diffusion.fitLogistic(s);
    refuses(IllegalArgumentException.class, () -> Diffusion.bootstrap(fit, -1, 1), "reps is -1", "pass 2 or more (e.g. 200)");
    refuses(IllegalArgumentException.class, () -> Diffusion.bootstrap(fit, 1, 1), "reps is 1");
    assertEquals(61, fit.n());
    assertEquals(61, Diffusion.bootstrap(fit, 2, 1).n());
  }

  @Test
  void tippingRefusesSegmentsAndWindowsTheSeriesCannotHold() {
    // before: minPoints 0 threw ArrayIndexOutOfBoundsException; minPoints 100 on 61 points said "no
    // breakpoint where growth speeds up"; a 1,000-point window averaged the whole series
    CumulativeSeries s = AdoptionCurve.of(MBT).sinceOpening().byMonth().firstYears(5).series();
    refuses(IllegalArgumentException.class, () -> Tipping.slopeChange(s, 0), "minPoints is 0", "pass 2 or more");
    refuses(IllegalArgumentException.class, () -> Tipping.slopeChange(s, 100), "has 61 points",
        "two segments of minPoints 100 need 199", "pass a longer series or a smaller minPoints");
    refuses(IllegalArgumentException.class, () -> Tipping.peakRate(s, 1000), "window is 1000", "pass 1 to 61");
    refusesNull(() -> Tipping.peakRate(null), "s");
    assertEquals(LocalDate.of(1998, 5, 3), Tipping.slopeChange(s).date());
    assertEquals(LocalDate.of(1998, 11, 3), Tipping.peakRate(s, 3).date());
  }

  // Groups, compositions, holdouts, neighbours, events, 2×2 tables

  @Test
  void groupsRefuseEmptyMembershipAndUnknownCodes() {
    // before: empty groups counted 0 of anything; contains("nga") was false and contains("NGAA") false
    refuses(IllegalArgumentException.class, () -> Group.of("g"), "iso3 is empty");
    refuses(IllegalArgumentException.class, () -> Group.anyOf("g"), "groups is empty");
    refuses(IllegalArgumentException.class, () -> Group.where("Afrika", s -> "Afrika".equals(s.paperGroup())),
        "no state of states.csv passes the test of group 'Afrika'");
    refuses(IllegalArgumentException.class, () -> Group.africa().contains("NGAA"), "unknown ISO3 code 'NGAA'",
        "did you mean NGA");
    assertTrue(Group.africa().contains("nga"));
    assertTrue(Group.africa().contains("NGA"));
    assertEquals(1, Group.where("France", s -> "FRA".equals(s.iso3())).iso3().size());
  }

  @Test
  void compositionsRefuseNoGroupsAndDatesBeforeTheUn() {
    // before: byGroups(window) gave an empty table; versusAllStates(1900) a 2×2 table of actors only
    TimeWindow w = TimeWindow.signaturesWithin(MBT, Period.ofMonths(1));
    refuses(IllegalArgumentException.class, () -> Composition.byGroups(w), "groups is empty");
    refusesNull(() -> Composition.of(w, null), "group");
    Composition c = Composition.of(w, Group.africa());
    refuses(IllegalArgumentException.class, () -> c.versusAllStates(BEFORE_UN),
        "1900-01-01 is before the UN's founding 1945-10-24 (date)");
    assertEquals(38, c.k());
    assertEquals(189, c.versusAllStates(LocalDate.of(1997, 12, 31)).total());
  }

  @Test
  void holdoutsRefuseDatesBeforeTheTreatyUnknownCategoriesAndNonHoldouts() {
    // before: 1990 gave "159 states outside the MBT" before it existed; countIn("great powers") 0;
    // categoryOf("FRA") "not classified" for a party
    refuses(IllegalArgumentException.class, () -> Holdouts.ofMineBanAt(LocalDate.of(1990, 1, 1)),
        "date 1990-01-01 is before the Mine Ban Treaty's adoption 1997-09-18", "ask about a date from 1997-09-18");
    Holdouts h = Holdouts.ofMineBanAt(LocalDate.of(2025, 12, 31));
    refuses(IllegalArgumentException.class, () -> h.countIn("great powers"),
        "unknown holdout category 'great powers' (category) — did you mean great power?");
    refuses(IllegalArgumentException.class, () -> h.categoryOf("FRA"), "FRA is not among the 34 MBT holdouts at 2025-12-31");
    refusesNull(() -> h.countWhere(null), "p");
    assertEquals(3, h.countIn("great power"));
    assertEquals("great power", h.categoryOf("rus"));
    assertEquals(185, Holdouts.ofMineBanAt(MBT.adopted()).count());
  }

  @Test
  void neighboursRefuseNoCodesReversedDatesAndDatesAfterTheData() {
    // before: status(…, 2030) answered as of 2030; before > at was answered; of() said "unknown ISO3 code?"
    refuses(IllegalArgumentException.class, Neighbours::of, "iso3 is empty");
    refuses(IllegalArgumentException.class, () -> Neighbours.of("ISL"), "no land neighbours for [ISL]",
        "pass a state with a land border");
    Neighbours n = Neighbours.of("RUS", "BLR");
    refuses(IllegalArgumentException.class, () -> n.status(MBT, LocalDate.of(2024, 12, 31), LATE),
        "2030-01-01 is after the data's status date 2026-02-03 (at)");
    refuses(IllegalArgumentException.class, () -> n.compare(MBT, LocalDate.of(2025, 12, 31), LocalDate.of(2020, 1, 1)),
        "before 2025-12-31 is after at 2020-01-01; pass before ≤ at");
    refusesNull(() -> n.compare(null, LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1)), "treaty");
    assertEquals(13, n.count());
    assertEquals(2, n.compare(MBT, LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31)).rowCount());
  }

  @Test
  void eventSeriesRefuseEmptyInputsAndDatesOutsideTheData() {
    // before: an empty series was accepted; supportBefore(2030) answered the 1997 count; null a bare NPE
    refuses(IllegalArgumentException.class, () -> EventSeries.of("x", List.of()), "events is empty");
    EventSeries ottawa = EventSeries.of(Events.ottawaProcess());
    refuses(IllegalArgumentException.class, () -> ottawa.supportBefore(LATE), "2030-01-01 is after the data's status date");
    refuses(IllegalArgumentException.class, () -> ottawa.supportBefore(BEFORE_UN), "the first is L1 on 1995-03-02",
        "pass a later date");
    refusesNull(() -> ottawa.supportBefore(null), "date");
    refusesNull(() -> EventSeries.of((org.treatylab.data.NormEvents) null), "process");
    assertEquals("L6", ottawa.supportBefore(LocalDate.of(1996, 10, 3)).event().id());
  }

  @Test
  void twoByTwoTestsRefuseEmptyMargins() {
    // before: chi-square NaN with p NaN; Fisher on an empty table NotStrictlyPositiveException
    refuses(IllegalArgumentException.class, () -> TwoByTwo.of(0, 0, 3, 4).chiSquare(),
        "Pearson chi-square is undefined", "row 'row 1' sums to 0", "or use fisher()");
    refuses(IllegalArgumentException.class, () -> TwoByTwo.of(0, 3, 0, 4).chiSquareYates(), "column 'col 1' sums to 0");
    refuses(IllegalArgumentException.class, () -> TwoByTwo.of(0, 0, 0, 0).fisher(), "N = 0");
    refuses(IllegalArgumentException.class, () -> TwoByTwo.of(-1, 2, 3, 4), "counts are [[-1, 2], [3, 4]]",
        "0 or more");
    assertEquals(1.0, TwoByTwo.of(0, 0, 3, 4).fisher().pValue(), 1e-12, "one table is possible: p = 1, a true answer");
    assertEquals(2.2857142857142856, TwoByTwo.of(5, 3, 2, 6).chiSquare().statistic(), 1e-12);
  }

  @Test
  void theNewChecksNameArgumentValueAndFix() {
    assertEquals("x is NaN; pass a number from 0 to 1",
        assertThrows(IllegalArgumentException.class,
            () -> org.treatylab.base.Checks.inRange(Double.NaN, "x", 0, 1, null)).getMessage());
    assertEquals("x is Infinity; pass a number of 0 or more",
        assertThrows(IllegalArgumentException.class,
            () -> org.treatylab.base.Checks.inRange(Double.POSITIVE_INFINITY, "x", 0, Double.POSITIVE_INFINITY, null))
            .getMessage());
    assertEquals("n is 0; pass 1 or more (e.g. 40)",
        assertThrows(IllegalArgumentException.class, () -> org.treatylab.base.Checks.atLeast(0, "n", 1, "40")).getMessage());
    assertEquals(0.5, org.treatylab.base.Checks.inRange(0.5, "x", 0, 1, null));
  }
}
