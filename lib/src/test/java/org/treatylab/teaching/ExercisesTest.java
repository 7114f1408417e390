package org.treatylab.teaching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.treatylab.analysis.AdoptionCurve;
import org.treatylab.analysis.Composition;
import org.treatylab.analysis.Group;
import org.treatylab.analysis.Thresholds;
import org.treatylab.analysis.Window;
import org.treatylab.data.Treaties;

class ExercisesTest {
  @Test
  void aRightAnswerPasses() {
    int parties = Treaties.mineBan().partiesAt(LocalDate.of(2010, 1, 1)).size();
    assertTrue(Exercises.check("mbt-parties-2010", parties).correct());
    LocalDate third = Thresholds.firstShare(AdoptionCurve.of(Treaties.byId("cwc")).shares(), 1.0 / 3).orElseThrow().date();
    assertTrue(Exercises.check("cwc-one-third", third).correct());
  }

  @Test
  void signaturesInsteadOfPartiesAreExplained() {
    int signatories = Treaties.mineBan().signatoriesAt(LocalDate.of(2010, 1, 1)).size();
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
    double fraction = Composition.of(Window.signaturesWithin(Treaties.clusterMunitions(), Period.ofMonths(1)),
        Group.subSaharanAfrica()).share();
    Feedback f = Exercises.check("ccm-first-month-sub-saharan", fraction);
    assertFalse(f.correct());
    assertTrue(f.message().contains("percentage"), f.message());
    assertTrue(Exercises.check("ccm-first-month-sub-saharan", 100 * fraction).correct());
  }

  @Test
  void otherWrongAnswersGetADirectionAndAHint() {
    Feedback late = Exercises.check("cwc-one-third", LocalDate.of(2030, 1, 1));
    assertFalse(late.correct());
    assertTrue(late.message().contains("too late") && late.message().contains("Hint"), late.message());
    assertTrue(Exercises.check("essay-cost-high", 1).message().contains("too low"));
  }

  @Test
  void unansweredAndUnknownExercises() {
    assertTrue(Exercises.check("faster-to-40", null).message().startsWith("not answered yet"));
    assertThrows(IllegalArgumentException.class, () -> Exercises.check("no-such-exercise", 1));
    assertTrue(Exercises.list().size() >= 7);
  }
}
