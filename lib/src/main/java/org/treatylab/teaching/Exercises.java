package org.treatylab.teaching;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.treatylab.analysis.adoption.AdoptionCurve;
import org.treatylab.analysis.adoption.Composition;
import org.treatylab.analysis.cost.DeminingCost;
import org.treatylab.analysis.adoption.Group;
import org.treatylab.analysis.adoption.Thresholds;
import org.treatylab.analysis.adoption.TwoByTwo;
import org.treatylab.analysis.adoption.TimeWindow;
import org.treatylab.analysis.panel.Panel;
import org.treatylab.analysis.panel.RiskSet;
import org.treatylab.analysis.survival.KaplanMeier;
import org.treatylab.analysis.survival.SurvivalData;
import tech.tablesaw.api.Table;
import org.treatylab.data.Monitor;
import org.treatylab.data.Treaties;

/**
 * The tutorial's exercises, each checked against an answer the library computes from the datasets
 * (UN Treaty Collection status pages, Landmine Monitor lists, the essay's cost figures) when the check
 * is made: there is no stored answer key. Wrong answers are explained: a value that equals what a
 * common slip gives (signatures instead of consents, a fraction instead of a percentage) is told which
 * slip it is, and an answer of the wrong kind (a list where a count is asked, an {@code Optional}
 * where a date is asked) is told in a short phrase what it is and how to get the number or date from
 * it.
 *
 * <p>Answers are read naturally: a count or a share may be any {@link Number} ({@code 156},
 * {@code 156L}, {@code 156.0}) or a numeric string; a date a {@link LocalDate} or an ISO date string
 * ({@code "1997-12-03"}).
 *
 * <p>Hints are given on request, {@link #hint(String)}: the first request names the classes and
 * methods to use; later requests show code that compiles and answers a neighbouring question
 * (another date, another treaty), never the exercise itself. A teacher can turn hints off for a class
 * with {@link #hints(boolean) Exercises.hints(false)} or, for every notebook on a machine, with the
 * environment variable {@code TREATYLAB_HINTS=off} in the kernel's environment.
 *
 * <p>Use: {@code Exercises.check("cwc-one-third", LocalDate.of(1998, 1, 1))}; list them with
 * {@link #list()}.
 */
public final class Exercises {
  private Exercises() {}

  private static volatile boolean hintsOn = !"off".equalsIgnoreCase(System.getenv("TREATYLAB_HINTS"));
  private static final Map<String, Integer> HINTS_GIVEN = new ConcurrentHashMap<>();

  /** What kind of value an exercise asks for. */
  enum Kind {
    COUNT("a whole number"),
    NUMBER("a number"),
    DATE("a date");

    final String noun;

    Kind(String noun) {
      this.noun = noun;
    }
  }

  /**
   * The Kaplan–Meier median, in years, of the time from the treaty's opening (or adoption) to consent among
   * UN members ({@code un_membership.csv}, {@code treaty_participation.csv}), censored at the status date.
   */
  private static double medianYearsToConsent(org.treatylab.data.Treaty treaty, boolean fromAdoption) {
    Panel panel = Panel.stateYears(treaty);
    Table rows = fromAdoption ? panel.durations(treaty, treaty.adopted(), RiskSet.UN_MEMBERS) : panel.durations(treaty);
    return KaplanMeier.fit(SurvivalData.fromTable(rows, "event", "start", "stop").build()).curves().get(0).median();
  }

  /** A common mistake: the value it leads to, and what to tell the student. */
  private record Slip(Supplier<Object> value, String explanation) {}

  /** One exercise: question, kind and computation of the answer, tolerance, slips, hints. */
  enum Exercise {
    MBT_PARTIES_2010(
        "mbt-parties-2010",
        "How many states were parties to the Mine Ban Treaty on 1 January 2010?",
        Kind.COUNT,
        () -> Treaties.mineBan().partiesAt(LocalDate.of(2010, 1, 1)).size(),
        0,
        "a treaty's partiesAt(date) returns the list of its parties on that date; the answer is how many there are.",
        "Treaties.mineBan().partiesAt(LocalDate.of(2000, 1, 1)).size()",
        "the number of parties on 1 January 2000",
        new Slip(() -> Treaties.mineBan().signatoriesAt(LocalDate.of(2010, 1, 1)).size(),
            "that is the number of signatories; a party has deposited an instrument of consent")),
    MBT_PARTIES_NOW(
        "mbt-parties-status-date",
        "How many parties did the Mine Ban Treaty have at the data's status date (3 February 2026)?",
        Kind.COUNT,
        () -> Treaties.mineBan().partiesAt(LocalDate.of(2026, 2, 3)).size(),
        0,
        "partiesAt(date) counts a state that withdrew only until its withdrawal took effect.",
        "Treaties.clusterMunitions().partiesAt(LocalDate.of(2026, 2, 3)).size()",
        "the Convention on Cluster Munitions' parties at the status date",
        new Slip(() -> Treaties.mineBan().consentsBy(LocalDate.of(2026, 2, 3)),
            "that counts every instrument ever deposited; states that withdrew in 2025 are no longer parties")),
    CWC_ONE_THIRD(
        "cwc-one-third",
        "On what date did the Chemical Weapons Convention first have consents from one-third of all states?",
        Kind.DATE,
        () -> Thresholds.firstShare(AdoptionCurve.of(Treaties.byId("cwc")).shares(), 1.0 / 3).orElseThrow().date(),
        0,
        "Thresholds.firstShare(curve, share) finds where a curve of shares first reaches a share; it returns an"
            + " Optional crossing: .orElseThrow() takes the crossing out, .date() gives its date.",
        "Thresholds.firstShare(AdoptionCurve.of(Treaties.byId(\"cwc\")).shares(), 0.25).orElseThrow().date()",
        "the date the CWC reached one quarter of all states",
        new Slip(() -> Thresholds.firstShare(AdoptionCurve.of(Treaties.byId("cwc")).signatures().shares(), 1.0 / 3)
            .map(c -> (Object) c.date()).orElse("never"),
            "that is when signatures reached one-third; the question asks for consents to be bound")),
    FASTER_TO_FORTY(
        "faster-to-40",
        "How many days after its opening for signature did the Mine Ban Treaty receive its 40th instrument of consent?",
        Kind.COUNT,
        () -> Thresholds.firstCount(AdoptionCurve.of(Treaties.mineBan()).sinceOpening(), 40).orElseThrow().daysSinceOrigin(),
        0,
        "count from the opening for signature (3 December 1997), not from adoption: AdoptionCurve.of(treaty).sinceOpening();"
            + " Thresholds.firstCount(curve, n) finds the n-th consent, and the crossing's .daysSinceOrigin() its day.",
        "Thresholds.firstCount(AdoptionCurve.of(Treaties.mineBan()).sinceOpening(), 20).orElseThrow().daysSinceOrigin()",
        "the days from opening to the 20th consent",
        new Slip(() -> Thresholds.firstCount(AdoptionCurve.of(Treaties.mineBan()), 40).orElseThrow().daysSinceOrigin(),
            "that counts from the treaty's adoption (18 September 1997); the question counts from its opening")),
    CCM_SUB_SAHARAN(
        "ccm-first-month-sub-saharan",
        "What percentage of the states that signed the Convention on Cluster Munitions in its first month were sub-Saharan African?",
        Kind.NUMBER,
        () -> 100 * Composition.of(TimeWindow.signaturesWithin(Treaties.clusterMunitions(), Period.ofMonths(1)),
            Group.subSaharanAfrica()).share(),
        0.5,
        "TimeWindow.signaturesWithin(treaty, Period.ofMonths(1)) picks the first month's signatories;"
            + " Composition.of(window, group).share() is the group's fraction of them.",
        "100 * Composition.of(TimeWindow.signaturesWithin(Treaties.mineBan(), Period.ofMonths(1)), Group.subSaharanAfrica()).share()",
        "the same percentage for the Mine Ban Treaty",
        new Slip(() -> Composition.of(TimeWindow.signaturesWithin(Treaties.clusterMunitions(), Period.ofMonths(1)),
            Group.subSaharanAfrica()).share(),
            "that is a fraction; the question asks for a percentage (multiply by 100)")),
    FOOTNOTE_82_FISHER(
        "footnote-82-fisher",
        "What is the p-value of Fisher's exact test of new casualties in 1999-2000 against MBT ratification by 31 March 1999, over the Monitor's 48 African countries?",
        Kind.NUMBER,
        () -> TwoByTwo.crossTab(Monitor.subSaharanLists().table(), "lm2000_new_victims_1999_2000",
            "lm1999_ratified_by_1999_03_31").fisher().pValue(),
        0.005,
        "the 2×2 table t has its tests: t.fisher() and t.chiSquare() each give a result with a pValue().",
        "TwoByTwo.crossTab(Monitor.subSaharanLists().table(), \"lm2000_new_victims_1999_2000\","
            + " \"lm1999_ratified_by_1999_03_31\").chiSquare().pValue()",
        "the chi-square test's p-value (the question asks for another test)",
        new Slip(() -> TwoByTwo.crossTab(Monitor.subSaharanLists().table(), "lm2000_new_victims_1999_2000",
            "lm1999_ratified_by_1999_03_31").chiSquare().pValue(),
            "that is the chi-square test's p-value; the question asks for Fisher's exact test")),
    ESSAY_COST_HIGH(
        "essay-cost-high",
        "What is the high end, in US$ million, of the essay's estimate of Russia's spending on demining abroad?",
        Kind.NUMBER,
        () -> DeminingCost.russiaEssay().range().high() / 1e6,
        0.05,
        "DeminingCost.russiaEssay().range() gives the estimate's low and high ends, in US$ and in US$ million.",
        "DeminingCost.russiaEssay().range().lowMillions()",
        "the low end in US$ million",
        new Slip(() -> DeminingCost.russiaEssay().range().high(),
            "that is in US$; the question asks for US$ million (divide by 1,000,000)")),
    MBT_MEDIAN_YEARS(
        "mbt-median-years",
        "Reading the Kaplan–Meier curve of UN members not yet bound by the Mine Ban Treaty: how many years after its opening for signature does the curve fall to one half (the median time to consent)?",
        Kind.NUMBER,
        () -> medianYearsToConsent(Treaties.mineBan(), false),
        0.05,
        "the curve starts at 1 (no state bound) and steps down at each consent; the median is the first time it is at"
            + " or below 0.5. km.curves().get(0).median() reads it, in the curve's unit (years since the origin).",
        "KaplanMeier.fit(SurvivalData.fromTable(Panel.stateYears(Treaties.clusterMunitions())"
            + ".durations(Treaties.clusterMunitions()), \"event\", \"start\", \"stop\").build()).curves().get(0).median()",
        "the median for the Convention on Cluster Munitions",
        new Slip(() -> medianYearsToConsent(Treaties.mineBan(), true),
            "that counts from the treaty's adoption (18 September 1997); the question counts from its opening"
                + " for signature (3 December 1997)"));

    final String id;
    final String question;
    final Kind kind;
    final Supplier<Object> answer;
    final double tolerance;
    final String hint;
    /** Code that compiles and returns the kind of value asked for, answering a neighbouring question. */
    final String example;
    final String exampleComputes;
    final List<Slip> slips;

    Exercise(String id, String question, Kind kind, Supplier<Object> answer, double tolerance, String hint,
        String example, String exampleComputes, Slip... slips) {
      this.id = id;
      this.question = question;
      this.kind = kind;
      this.answer = answer;
      this.tolerance = tolerance;
      this.hint = hint;
      this.example = example;
      this.exampleComputes = exampleComputes;
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
   * Turns hints on or off for this notebook's kernel (a teacher's switch for a test or a class).
   * While off, {@link #hint(String)} says so and checks mention no hints.
   */
  public static void hints(boolean on) {
    hintsOn = on;
  }

  /** Returns whether hints are on. */
  public static boolean hintsOn() {
    return hintsOn;
  }

  /**
   * Returns a hint for an exercise. The first request names the classes and methods to use; later
   * requests add code that compiles and answers a neighbouring question, to adapt.
   */
  public static String hint(String id) {
    Exercise e = find(id);
    if (!hintsOn) {
      return "Hints are turned off for this class.";
    }
    int asked = HINTS_GIVEN.merge(e.id, 1, Integer::sum);
    String first = "Hint: " + e.hint;
    if (asked == 1) {
      return first + " (Ask again for an example.)";
    }
    return first + "\nExample, " + e.exampleComputes + ":\n    " + e.example
        + "\nChange it to answer the question.";
  }

  /** Forgets which hints were given (tests). */
  static void resetHints() {
    HINTS_GIVEN.clear();
  }

  /**
   * Checks a student's answer against the answer computed from the data now.
   *
   * @param id the exercise id (see {@link #list()})
   * @param answer a number (any {@link Number} or a numeric string), a date ({@link LocalDate} or an
   *     ISO date string), or null when not answered yet
   * @return right or not, with a one-sentence explanation
   * @throws IllegalArgumentException for an unknown exercise id (the message lists the ids)
   */
  public static Feedback check(String id, Object answer) {
    Exercise e = find(id);
    if (answer == null) {
      return new Feedback(e.id, e.question, false, "not answered yet: replace null with " + e.kind.noun
          + (e.kind == Kind.DATE ? " (LocalDate.of(2000, 1, 31) or \"2000-01-31\")" : "")
          + " or with the code that computes it." + askForHint(e));
    }
    Object given;
    try {
      given = read(e.kind, answer);
    } catch (WrongKind wrong) {
      return new Feedback(e.id, e.question, false, wrong.getMessage() + ".");
    }
    Object right;
    try {
      right = read(e.kind, e.answer.get());
    } catch (WrongKind libraryBug) {
      throw new IllegalStateException("exercise " + e.id + " computes " + libraryBug.getMessage());
    }
    if (same(right, given, e.tolerance)) {
      return new Feedback(e.id, e.question, true, "right: " + show(given) + ".");
    }
    if (e.kind == Kind.COUNT && given instanceof Double d && d != Math.rint(d)) {
      return new Feedback(e.id, e.question, false, show(given) + " is not a whole number; a count is." + askForHint(e));
    }
    for (Slip slip : e.slips) {
      Object slipValue;
      try {
        slipValue = read(e.kind, slip.value().get());
      } catch (WrongKind notComparable) {
        continue;
      }
      if (same(slipValue, given, e.tolerance)) {
        return new Feedback(e.id, e.question, false, show(given) + " is not it: " + slip.explanation() + ".");
      }
    }
    return new Feedback(e.id, e.question, false, show(given) + " is not it" + direction(right, given) + "."
        + askForHint(e));
  }

  private static String askForHint(Exercise e) {
    return hintsOn ? " Ask for a hint: `Exercises.hint(\"" + e.id + "\")`." : "";
  }

  private static Exercise find(String id) {
    org.treatylab.base.Checks.notNull(id, "id");
    return Arrays.stream(Exercise.values()).filter(e -> e.id.equals(id)).findFirst()
        .orElseThrow(() -> org.treatylab.base.Checks.unknown("exercise id", "id", id,
            Arrays.stream(Exercise.values()).map(e -> e.id).toList(), "Exercises.list()"));
  }

  /** An answer of the wrong kind; the message says what was given and how to get the answer from it. */
  private static final class WrongKind extends Exception {
    WrongKind(String message) {
      super(message, null, false, false);
    }
  }

  /** Reads an answer as a Double (counts, numbers) or a LocalDate (dates), or says what it is instead. */
  private static Object read(Kind kind, Object answer) throws WrongKind {
    if (kind == Kind.DATE) {
      if (answer instanceof LocalDate d) {
        return d;
      }
      if (answer instanceof java.time.LocalDateTime t) {
        return t.toLocalDate();
      }
      if (answer instanceof CharSequence s) {
        try {
          return LocalDate.parse(s.toString().trim());
        } catch (java.time.format.DateTimeParseException notIso) {
          throw new WrongKind(Describe.what(answer) + " is not an ISO date: write LocalDate.of(1997, 12, 3)"
              + " or \"1997-12-03\"");
        }
      }
      if (answer instanceof Number) {
        throw new WrongKind(Describe.what(answer) + " is a number; the answer is a date: LocalDate.of(1997, 12, 3)"
            + " or \"1997-12-03\"");
      }
      throw new WrongKind(Describe.what(answer) + Describe.howToGet(answer, kind));
    }
    if (answer instanceof Number n) {
      if (!Double.isFinite(n.doubleValue())) {
        throw new WrongKind("the number " + n.doubleValue() + " is not " + kind.noun + "; a computation gave no number — "
            + "check the code that computed it");
      }
      return n.doubleValue();
    }
    if (answer instanceof CharSequence s) {
      try {
        double d = Double.parseDouble(s.toString().trim());
        if (!Double.isFinite(d)) {
          throw new NumberFormatException("not finite");
        }
        return d;
      } catch (NumberFormatException notANumber) {
        throw new WrongKind(Describe.what(answer) + " is not " + kind.noun + "; write it as 36 or 36.5");
      }
    }
    if (answer instanceof LocalDate) {
      throw new WrongKind(Describe.what(answer) + " is a date; the answer is " + kind.noun);
    }
    throw new WrongKind(Describe.what(answer) + Describe.howToGet(answer, kind));
  }

  private static boolean same(Object right, Object given, double tolerance) {
    if (right instanceof LocalDate r) {
      return r.equals(given);
    }
    return given instanceof Double g && Math.abs((Double) right - g) <= tolerance + 1e-9;
  }

  /** Says whether the answer is too high, too low, too early or too late, without giving it away. */
  private static String direction(Object right, Object given) {
    if (right instanceof LocalDate r && given instanceof LocalDate g) {
      return ChronoUnit.DAYS.between(r, g) > 0 ? " (too late)" : " (too early)";
    }
    return (Double) given > (Double) right ? " (too high)" : " (too low)";
  }

  /** A number with at most four significant digits and no exponent, or a date. */
  static String show(Object given) {
    if (given instanceof Double d) {
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return String.format(Locale.ROOT, "%d", d.longValue());
      }
      return new java.math.BigDecimal(d).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(given);
  }
}
