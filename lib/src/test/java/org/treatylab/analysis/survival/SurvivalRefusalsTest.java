package org.treatylab.analysis.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.treatylab.testing.Refusals.refuses;
import static org.treatylab.testing.Refusals.refusesNull;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** What the survival package refuses, each with a message naming the argument, the value and the fix. */
class SurvivalRefusalsTest {
  private static final double[] TIME = {5, 8, 12, 3, 9, 15};
  private static final boolean[] EVENT = {true, false, true, true, true, false};

  private static SurvivalData data() {
    return SurvivalData.rightCensored(TIME, EVENT).withCovariate("x", new double[] {1, 0, 1, 0, 1, 0})
        .withCovariate("age", new double[] {50, 61, 44, 70, 58, 49});
  }

  @Test
  void badTimes() {
    refuses(IllegalArgumentException.class, () -> SurvivalData.rightCensored(new double[] {1, -2}, new boolean[2]),
        "time[1] is -2.0", "0 or more");
    refuses(IllegalArgumentException.class,
        () -> SurvivalData.rightCensored(new double[] {1, Double.NaN}, new boolean[2]), "time[1] is NaN");
    refuses(IllegalArgumentException.class,
        () -> SurvivalData.countingProcess(new double[] {0, 5}, new double[] {3, 5}, new boolean[2]),
        "start[1] 5 is not before stop[1] 5", "start < stop");
    refuses(IllegalArgumentException.class, () -> SurvivalData.rightCensored(new double[0], new boolean[0]),
        "time has no rows");
    refusesNull(() -> SurvivalData.rightCensored(null, EVENT), "time");
  }

  @Test
  void mismatchedLengths() {
    refuses(IllegalArgumentException.class, () -> SurvivalData.rightCensored(TIME, new boolean[3]),
        "event has 3 values but time has 6", "one value per row");
    refuses(IllegalArgumentException.class, () -> data().withCovariate("z", new double[] {1, 2}),
        "covariate 'z' has 2 values but the time has 6");
    refuses(IllegalArgumentException.class, () -> data().withCovariate("z", new double[] {1, 2, 3, 4, 5, Double.NaN}),
        "covariate 'z' is NaN at row 5", "finite values");
    refuses(IllegalArgumentException.class, () -> data().withCovariate("x", new double[6]), "name 'x' is already used");
  }

  @Test
  void unknownNames() {
    refuses(IllegalArgumentException.class, () -> CoxModel.fit(data(), "agee"), "unknown covariate 'agee'",
        "did you mean age?");
    refuses(IllegalArgumentException.class, () -> KaplanMeier.fit(data(), "sex"), "unknown factor or covariate 'sex'",
        "(group)");
    refuses(IllegalArgumentException.class, () -> data().withStrata("region"), "unknown factor or covariate 'region'");
    refuses(IllegalArgumentException.class, () -> KaplanMeier.fit(data(), "x").curve("x=2"), "unknown curve 'x=2'",
        "x=0, x=1");
  }

  @Test
  void tableColumns() {
    Table t = Table.create("panel", DoubleColumn.create("time", TIME), IntColumn.create("status", new int[] {2, 1, 2, 2, 2, 1}),
        IntColumn.create("event", new int[] {1, 0, 1, 1, 1, 0}), StringColumn.create("region", "a", "b", "a", "b", "a", "b"));
    refuses(IllegalArgumentException.class, () -> SurvivalData.fromTable(t, "status", "time"),
        "event column 'status' is 2 at row 0", "status - 1");
    refuses(IllegalArgumentException.class, () -> SurvivalData.fromTable(t, "event", "tim"), "no column 'tim'",
        "did you mean time?");
    refuses(IllegalArgumentException.class, () -> SurvivalData.fromTable(t, "event", "time").covariates("region"),
        "column 'region' (columns) is STRING, not numeric", "factors(\"region\")");
    refuses(IllegalArgumentException.class, () -> SurvivalData.fromTable(t, "event", "a", "b", "c"),
        "timeColumns has 3 names");
    SurvivalData ok = SurvivalData.fromTable(t, "event", "time").strata("region").build();
    assertEquals("region", ok.strata());
    assertEquals(4, ok.events());
  }

  @Test
  void coxRefusals() {
    SurvivalData noEvents = SurvivalData.rightCensored(TIME, new boolean[6]).withCovariate("x", new double[] {1, 0, 1, 0, 1, 0});
    refuses(IllegalArgumentException.class, () -> CoxModel.fit(noEvents, "x"), "data has no events", "all censored");
    refuses(IllegalArgumentException.class, () -> LogRank.test(noEvents, "x"), "data has no events");
    SurvivalData constant = data().withCovariate("one", new double[] {1, 1, 1, 1, 1, 1});
    refuses(IllegalArgumentException.class, () -> CoxModel.fit(constant, "x", "one"),
        "covariate 'one' is constant (1 in every row)", "leave it out");
    SurvivalData collinear = data().withCovariate("twice", new double[] {2, 0, 2, 0, 2, 0});
    refuses(IllegalArgumentException.class, () -> CoxModel.fit(collinear, "x", "twice"),
        "information matrix is singular", "covariate 'twice'", "[x]");
    // x separates: every event has x = 1 and everyone with x = 1 has the event first → β runs to infinity
    SurvivalData separated = SurvivalData.rightCensored(new double[] {1, 2, 3, 4, 5, 6},
        new boolean[] {true, true, true, false, false, false}).withCovariate("x", new double[] {1, 1, 1, 0, 0, 0});
    refuses(IllegalStateException.class, () -> CoxModel.fit(separated, "x"), "did not converge in 20 iterations", "for [x]", "may be infinite");
    refuses(IllegalArgumentException.class, () -> CoxModel.fit(data(), "x", "x"), "names one twice");
    refuses(IllegalArgumentException.class, () -> CoxModel.of(data()).level(1.5), "level is 1.5");
    refuses(IllegalArgumentException.class, () -> CoxModel.of(data()).maxIterations(0), "maxIterations is 0");
    SurvivalData counting = SurvivalData.countingProcess(new double[] {0, 0, 0}, new double[] {1, 2, 3},
        new boolean[] {true, false, true}).withCovariate("x", new double[] {0, 1, 1});
    refuses(IllegalArgumentException.class, () -> CoxModel.of(counting).robust(true).fit(),
        "need each subject's rows grouped", "withCluster");
    refuses(IllegalStateException.class, () -> CoxModel.fit(data(), "x").robustScoreTest(), "without robust errors");
    refuses(IllegalArgumentException.class, () -> CoxModel.fit(data(), "x").coefficient("age"),
        "unknown covariate of the model 'age'");
  }

  @Test
  void kaplanMeierAndLogRankRefusals() {
    refuses(IllegalArgumentException.class, () -> KaplanMeier.fit(data(), "x", KaplanMeier.ConfidenceType.LOG, 95),
        "level is 95.0", "between 0 and 1");
    SurvivalData oneGroup = data().withFactor("g", new String[] {"a", "a", "a", "a", "a", "a"});
    refuses(IllegalArgumentException.class, () -> LogRank.test(oneGroup, "g"), "group 'g' has one value (a)");
    refusesNull(() -> KaplanMeier.fit(null), "data");
    refuses(IllegalArgumentException.class, () -> KaplanMeier.fit(data()).curves().get(0).survivalAt(Double.NaN),
        "t is NaN");
  }
}
