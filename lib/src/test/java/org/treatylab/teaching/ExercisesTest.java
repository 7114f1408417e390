package org.treatylab.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.treatylab.analysis.adoption.AdoptionCurve;
import org.treatylab.analysis.adoption.Composition;
import org.treatylab.analysis.cost.DeminingCost;
import org.treatylab.analysis.adoption.Group;
import org.treatylab.analysis.adoption.Thresholds;
import org.treatylab.analysis.adoption.TimeWindow;
import org.treatylab.data.Participant;
import org.treatylab.data.Treaties;

class ExercisesTest {
  private static final LocalDate JAN_2010 = LocalDate.of(2010, 1, 1);

  @AfterEach
  void hintsBackOn() {
    Exercises.hints(true);
    Exercises.resetHints();
  }

  private static LocalDate cwcThird() {
    return Thresholds.firstShare(AdoptionCurve.of(Treaties.byId("cwc")).shares(), 1.0 / 3).orElseThrow().date();
  }

  @Test
  void aRightAnswerPasses() {
    int parties = Treaties.mineBan().partiesAt(JAN_2010).size();
    assertTrue(Exercises.check("mbt-parties-2010", parties).correct());
    assertTrue(Exercises.check("cwc-one-third", cwcThird()).correct());
  }

  @Test
  void aCountIsAcceptedAsAnyKindOfNumberOrANumericString() {
    int parties = Treaties.mineBan().partiesAt(JAN_2010).size();
    for (Object answer : List.of(parties, (long) parties, (double) parties, new BigDecimal(parties),
        String.valueOf(parties), " " + parties + " ")) {
      Feedback f = Exercises.check("mbt-parties-2010", answer);
      assertTrue(f.correct(), answer.getClass().getSimpleName() + ": " + f.message());
      assertEquals("right: " + parties + ".", f.message());
    }
  }

  @Test
  void aShareIsAcceptedAsAnIntLiteralWhenItRoundsWithinTheTolerance() {
    double percent = 100 * Composition.of(TimeWindow.signaturesWithin(Treaties.clusterMunitions(), Period.ofMonths(1)),
        Group.subSaharanAfrica()).share();
    assertTrue(Exercises.check("ccm-first-month-sub-saharan", percent).correct());
    // a student who rounds to the nearest whole percent and types an int literal
    long rounded = Math.round(percent);
    assertEquals(Math.abs(rounded - percent) <= 0.5, Exercises.check("ccm-first-month-sub-saharan", (int) rounded).correct());
  }

  @Test
  void aDateIsAcceptedAsALocalDateOrAnIsoString() {
    LocalDate third = cwcThird();
    assertTrue(Exercises.check("cwc-one-third", third.toString()).correct());
    assertTrue(Exercises.check("cwc-one-third", third.atStartOfDay()).correct());
    Feedback wrongString = Exercises.check("cwc-one-third", third.plusDays(1).toString());
    assertFalse(wrongString.correct());
    assertTrue(wrongString.message().contains("too late"), wrongString.message());
  }

  @Test
  void aListInsteadOfACountIsNamedInAShortPhraseWithTheFix() {
    List<Participant> parties = Treaties.mineBan().partiesAt(JAN_2010);
    Feedback f = Exercises.check("mbt-parties-2010", parties);
    assertFalse(f.correct());
    assertEquals("a list of " + parties.size() + " participants — count it with `.size()`.", f.message());
  }

  @Test
  void anOptionalCrossingInsteadOfADateSaysHowToTakeTheDateOut() {
    Optional<Thresholds.Crossing> crossing = Thresholds.firstShare(AdoptionCurve.of(Treaties.byId("cwc")).shares(), 1.0 / 3);
    Feedback f = Exercises.check("cwc-one-third", crossing);
    assertFalse(f.correct());
    assertTrue(f.message().startsWith("an Optional holding a threshold crossing"), f.message());
    assertTrue(f.message().contains("`.orElseThrow()`") && f.message().contains("`.date()`"), f.message());
    Feedback bare = Exercises.check("faster-to-40", crossing.orElseThrow());
    assertTrue(bare.message().contains("`.daysSinceOrigin()`"), bare.message());
    assertTrue(bare.message().length() < 200, bare.message());
  }

  @Test
  void wrongKindsAreNamedNotPrinted() {
    Feedback date = Exercises.check("mbt-parties-2010", LocalDate.of(2010, 1, 1));
    assertEquals("the date 2010-01-01 is a date; the answer is a whole number.", date.message());
    Feedback number = Exercises.check("cwc-one-third", 1997);
    assertTrue(number.message().startsWith("the number 1997 is a number; the answer is a date"), number.message());
    Feedback text = Exercises.check("cwc-one-third", "3 December 1997");
    assertTrue(text.message().startsWith("the text \"3 December 1997\" is not an ISO date"), text.message());
    Feedback words = Exercises.check("mbt-parties-2010", "many");
    assertTrue(words.message().startsWith("the text \"many\" is not a whole number"), words.message());
    Feedback range = Exercises.check("essay-cost-high", DeminingCost.russiaEssay().range());
    assertTrue(range.message().startsWith("a cost range (CostRange) — take a number from it with `.low()` or `.high()`"),
        range.message());
    Feedback yes = Exercises.check("mbt-parties-2010", true);
    assertEquals("true (a yes/no value); the answer is a whole number.", yes.message());
    String longText = "x".repeat(10_000);
    assertTrue(Exercises.check("mbt-parties-2010", longText).message().length() < 150);
  }

  @Test
  void aFractionalCountIsToldItIsNotWhole() {
    Feedback f = Exercises.check("mbt-parties-2010", 100.5);
    assertFalse(f.correct());
    assertTrue(f.message().startsWith("100.5 is not a whole number"), f.message());
  }

  @Test
  void signaturesInsteadOfPartiesAreExplained() {
    int signatories = Treaties.mineBan().signatoriesAt(JAN_2010).size();
    Feedback f = Exercises.check("mbt-parties-2010", signatories);
    assertFalse(f.correct());
    assertTrue(f.message().contains("signatories"), f.message());
  }

  @Test
  void forgettingWithdrawalsIsExplained() {
    Feedback f = Exercises.check("mbt-parties-status-date", Treaties.mineBan().consentsBy(LocalDate.of(2026, 2, 3)));
    assertFalse(f.correct());
    assertTrue(f.message().contains("withdrew"), f.message());
  }

  @Test
  void aFractionInsteadOfAPercentageIsExplained() {
    double fraction = Composition.of(TimeWindow.signaturesWithin(Treaties.clusterMunitions(), Period.ofMonths(1)),
        Group.subSaharanAfrica()).share();
    Feedback f = Exercises.check("ccm-first-month-sub-saharan", fraction);
    assertFalse(f.correct());
    assertTrue(f.message().contains("percentage"), f.message());
    assertTrue(Exercises.check("ccm-first-month-sub-saharan", 100 * fraction).correct());
  }

  @Test
  void otherWrongAnswersGetADirectionAndAnOfferOfAHintButNotTheHint() {
    Feedback late = Exercises.check("cwc-one-third", LocalDate.of(2030, 1, 1));
    assertFalse(late.correct());
    assertTrue(late.message().contains("too late"), late.message());
    assertTrue(late.message().contains("Exercises.hint(\"cwc-one-third\")"), late.message());
    assertFalse(late.message().contains("firstShare"), "the hint itself only on request: " + late.message());
    assertTrue(Exercises.check("essay-cost-high", 1).message().contains("too low"));
  }

  @Test
  void hintsComeOnRequestFirstTheMethodsThenAnExample() {
    String first = Exercises.hint("cwc-one-third");
    assertTrue(first.contains("Thresholds.firstShare") && !first.contains("Example"), first);
    String second = Exercises.hint("cwc-one-third");
    assertTrue(second.contains("Example") && second.contains("0.25"), second);
  }

  @Test
  void aTeacherCanTurnHintsOff() {
    Exercises.hints(false);
    assertFalse(Exercises.hintsOn());
    assertEquals("Hints are turned off for this class.", Exercises.hint("faster-to-40"));
    Feedback f = Exercises.check("faster-to-40", 1);
    assertFalse(f.message().contains("hint"), f.message());
    assertFalse(Exercises.check("faster-to-40", null).message().contains("hint"));
  }

  @Test
  void unansweredAndUnknownExercises() {
    Feedback none = Exercises.check("faster-to-40", null);
    assertEquals("not answered yet: replace null with a whole number or with the code that computes it."
        + " Ask for a hint: `Exercises.hint(\"faster-to-40\")`.", none.message());
    assertTrue(Exercises.check("cwc-one-third", null).message().contains("\"2000-01-31\""));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Exercises.check("no-such-exercise", 1));
    assertTrue(unknown.getMessage().contains("'no-such-exercise'") && unknown.getMessage().contains("faster-to-40"),
        unknown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Exercises.hint("no-such-exercise"));
    assertEquals(Exercises.Exercise.values().length, Exercises.list().size());
  }

  @Test
  void numbersAreShownShortWithoutExponents() {
    assertEquals("156", Exercises.show(156.0));
    assertEquals("0.01235", Exercises.show(0.012345));
    assertEquals("110000000", Exercises.show(1.1e8));
  }

  @Test
  void theSurvivalCurveExerciseAcceptsTheMedianAndExplainsTheAdoptionOrigin() {
    org.treatylab.analysis.panel.Panel panel = org.treatylab.analysis.panel.Panel.stateYears(Treaties.mineBan());
    double median = org.treatylab.analysis.survival.KaplanMeier.fit(org.treatylab.analysis.survival.SurvivalData
        .fromTable(panel.durations(Treaties.mineBan()), "event", "start", "stop").build()).curves().get(0).median();
    assertTrue(median > 1 && median < 5, "MBT median years to consent: " + median);
    assertTrue(Exercises.check("mbt-median-years", median).correct());
    assertTrue(Exercises.check("mbt-median-years", String.format(java.util.Locale.ROOT, "%.2f", median)).correct());
    double fromAdoption = org.treatylab.analysis.survival.KaplanMeier.fit(org.treatylab.analysis.survival.SurvivalData
        .fromTable(panel.durations(Treaties.mineBan(), Treaties.mineBan().adopted(),
            org.treatylab.analysis.panel.RiskSet.UN_MEMBERS), "event", "start", "stop").build()).curves().get(0).median();
    Feedback slip = Exercises.check("mbt-median-years", fromAdoption);
    assertFalse(slip.correct());
    assertTrue(slip.message().contains("counts from the treaty's adoption"), slip.message());
    assertFalse(Exercises.check("mbt-median-years", 0.5).correct());
  }
}
