package org.treatylab.teaching;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.treatylab.analysis.AdoptionCurve;
import org.treatylab.analysis.Composition;
import org.treatylab.analysis.DeminingCost;
import org.treatylab.analysis.Group;
import org.treatylab.analysis.Thresholds;
import org.treatylab.analysis.TwoByTwo;
import org.treatylab.analysis.Window;
import org.treatylab.data.Monitor;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;

/**
 * The tutorial's exercises, each checked against an answer the library computes from the datasets
 * when the check is made (there is no stored answer key), with explanations for the usual mistakes:
 * a wrong answer that equals what a common slip gives (signatures instead of consents, a count that
 * forgets withdrawals, a share as a fraction instead of a percentage) is told which slip it is.
 *
 * <p>Use: {@code Exercises.check("cwc-one-third", LocalDate.of(1998, 1, 1))}; list them with
 * {@link #list()}.
 */
public final class Exercises {
  private Exercises() {}

  /** A common mistake: the value it leads to, and what to tell the student. */
  private record Slip(Supplier<Object> value, String explanation) {}

  /** One exercise: question, how to compute the answer, tolerance, common slips, hint. */
  private enum Exercise {
    MBT_PARTIES_2010(
        "mbt-parties-2010",
        "How many states were parties to the Mine Ban Treaty on 1 January 2010?",
        () -> Treaties.mineBan().partiesAt(LocalDate.of(2010, 1, 1)).size(),
        0,
        "Use Treaties.mineBan().partiesAt(date) and count the list.",
        new Slip(() -> Treaties.mineBan().signatoriesAt(LocalDate.of(2010, 1, 1)).size(),
            "that is the number of signatories; a party has deposited an instrument of consent")),
    MBT_PARTIES_NOW(
        "mbt-parties-status-date",
        "How many parties did the Mine Ban Treaty have at the data's status date (3 February 2026)?",
        () -> Treaties.mineBan().partiesAt(LocalDate.of(2026, 2, 3)).size(),
        0,
        "partiesAt counts a state that withdrew only until its withdrawal took effect.",
        new Slip(() -> Treaties.mineBan().consentsBy(LocalDate.of(2026, 2, 3)),
            "that counts every instrument ever deposited; states that withdrew in 2025 are no longer parties")),
    CWC_ONE_THIRD(
        "cwc-one-third",
        "On what date did the Chemical Weapons Convention first have consents from one-third of all states?",
        () -> Thresholds.firstShare(AdoptionCurve.of(Treaties.byId("cwc")).shares(), 1.0 / 3).orElseThrow().date(),
        0,
        "Thresholds.firstShare(AdoptionCurve.of(Treaties.byId(\"cwc\")).shares(), 1.0 / 3) gives the crossing.",
        new Slip(() -> Thresholds.firstShare(AdoptionCurve.of(Treaties.byId("cwc")).signatures().shares(), 1.0 / 3)
            .map(c -> (Object) c.date()).orElse("never"),
            "that is when signatures reached one-third; the question asks for consents to be bound")),
    FASTER_TO_FORTY(
        "faster-to-40",
        "How many days after its opening for signature did the Mine Ban Treaty receive its 40th instrument of consent?",
        () -> Thresholds.firstCount(AdoptionCurve.of(Treaties.mineBan()).sinceOpening(), 40).orElseThrow().daysSinceOrigin(),
        0,
        "Count from the opening for signature (3 December 1997), not from adoption: AdoptionCurve.of(t).sinceOpening().",
        new Slip(() -> Thresholds.firstCount(AdoptionCurve.of(Treaties.mineBan()), 40).orElseThrow().daysSinceOrigin(),
            "that counts from the treaty's adoption (18 September 1997); the question counts from its opening")),
    CCM_SUB_SAHARAN(
        "ccm-first-month-sub-saharan",
        "What percentage of the states that signed the Convention on Cluster Munitions in its first month were sub-Saharan African?",
        () -> 100 * Composition.of(Window.signaturesWithin(Treaties.clusterMunitions(), Period.ofMonths(1)),
            Group.subSaharanAfrica()).share(),
        0.5,
        "Composition.of(Window.signaturesWithin(treaty, Period.ofMonths(1)), Group.subSaharanAfrica()).share() is a fraction.",
        new Slip(() -> Composition.of(Window.signaturesWithin(Treaties.clusterMunitions(), Period.ofMonths(1)),
            Group.subSaharanAfrica()).share(),
            "that is a fraction; the question asks for a percentage (multiply by 100)")),
    FOOTNOTE_82_FISHER(
        "footnote-82-fisher",
        "What is the p-value of Fisher's exact test of new casualties in 1999-2000 against MBT ratification by 31 March 1999, over the Monitor's 48 African countries?",
        () -> TwoByTwo.crossTab(Monitor.subSaharanLists().table(), "lm2000_new_victims_1999_2000",
            "lm1999_ratified_by_1999_03_31").fisher().pValue(),
        0.005,
        "TwoByTwo.crossTab(Monitor.subSaharanLists().table(), rowColumn, columnColumn).fisher().pValue()",
        new Slip(() -> TwoByTwo.crossTab(Monitor.subSaharanLists().table(), "lm2000_new_victims_1999_2000",
            "lm1999_ratified_by_1999_03_31").chiSquare().pValue(),
            "that is the chi-square test's p-value; the question asks for Fisher's exact test")),
    ESSAY_COST_HIGH(
        "essay-cost-high",
        "What is the high end, in US$ million, of the essay's estimate of Russia's spending on demining abroad?",
        () -> DeminingCost.russiaEssay().range().high() / 1e6,
        0.05,
        "DeminingCost.russiaEssay().range() gives the low and high ends in US$.",
        new Slip(() -> DeminingCost.russiaEssay().range().high(),
            "that is in US$; the question asks for US$ million (divide by 1,000,000)"));

    final String id;
    final String question;
    final Supplier<Object> answer;
    final double tolerance;
    final String hint;
    final List<Slip> slips;

    Exercise(String id, String question, Supplier<Object> answer, double tolerance, String hint, Slip... slips) {
      this.id = id;
      this.question = question;
      this.answer = answer;
      this.tolerance = tolerance;
      this.hint = hint;
      this.slips = Arrays.asList(slips);
    }
  }

  /** Returns every exercise: id and question. */
  public static List<String> list() {
    return Arrays.stream(Exercise.values()).map(e -> e.id + ": " + e.question).toList();
  }

  /** Returns the question of an exercise. */
  public static String question(String id) {
    return find(id).question;
  }

  /**
   * Checks a student's answer against the answer computed from the data now.
   *
   * @param id the exercise id (see {@link #list()})
   * @param answer a number, a date, or null when not answered yet
   */
  public static Feedback check(String id, Object answer) {
    Exercise e = find(id);
    if (answer == null) {
      return new Feedback(e.id, e.question, false, "not answered yet. Hint: " + e.hint);
    }
    Object right = e.answer.get();
    if (same(right, answer, e.tolerance)) {
      return new Feedback(e.id, e.question, true, "right: " + show(answer) + ".");
    }
    for (Slip slip : e.slips) {
      if (same(slip.value().get(), answer, e.tolerance)) {
        return new Feedback(e.id, e.question, false, show(answer) + " is not it: " + slip.explanation() + ".");
      }
    }
    return new Feedback(e.id, e.question, false, show(answer) + " is not it" + direction(right, answer)
        + ". Hint: " + e.hint);
  }

  private static Exercise find(String id) {
    return Arrays.stream(Exercise.values()).filter(e -> e.id.equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no exercise '" + id + "'; the exercises are " + list()));
  }

  private static boolean same(Object right, Object answer, double tolerance) {
    if (right instanceof LocalDate r) {
      return answer instanceof LocalDate a && r.equals(a);
    }
    if (right instanceof Number r && answer instanceof Number a) {
      return Math.abs(r.doubleValue() - a.doubleValue()) <= tolerance + 1e-9;
    }
    return String.valueOf(right).equals(String.valueOf(answer));
  }

  /** Says whether the answer is too high, too low, too early or too late, without giving it away. */
  private static String direction(Object right, Object answer) {
    if (right instanceof LocalDate r && answer instanceof LocalDate a) {
      long days = ChronoUnit.DAYS.between(r, a);
      return days > 0 ? " (too late)" : " (too early)";
    }
    if (right instanceof Number r && answer instanceof Number a) {
      return a.doubleValue() > r.doubleValue() ? " (too high)" : " (too low)";
    }
    return " (expected a " + right.getClass().getSimpleName() + ")";
  }

  private static String show(Object answer) {
    if (answer instanceof Double d) {
      return String.format(Locale.ROOT, "%.4g", d);
    }
    return String.valueOf(answer);
  }
}
