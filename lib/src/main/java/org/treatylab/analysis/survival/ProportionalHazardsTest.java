package org.treatylab.analysis.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The proportional-hazards check of a {@link CoxModel}, as R's current {@code survival::cox.zph}
 * (survival 3.x) computes it: for each covariate, a score test of adding the time-varying term
 * {@code x·g(t)} to the fitted model (coefficients held at their estimates, the new ones at 0), where
 * {@code g} is a transform of event time centred on its mean over the events; and a GLOBAL test of all
 * such terms together. A small p-value says the covariate's hazard ratio changes with time.
 *
 * <p>The default transform is R's "km": {@code g(t) = 1 − KM(t−)}, the Kaplan–Meier estimate of all the
 * model's rows (strata ignored) just before {@code t}.
 */
public final class ProportionalHazardsTest {
  /** The time transform {@code g(t)} (R's {@code transform} argument). */
  public enum Transform {
    /** 1 − the Kaplan–Meier estimate just before t (R's default). */
    KM,
    /** t itself. */
    IDENTITY,
    /** The rank of t among all rows' times (average ranks for ties). */
    RANK,
    /** log t. */
    LOG
  }

  private final Transform transform;
  private final List<ChiSquareTest> tests;

  private ProportionalHazardsTest(Transform transform, List<ChiSquareTest> tests) {
    this.transform = transform;
    this.tests = List.copyOf(tests);
  }

  static ProportionalHazardsTest of(CoxModel model, Transform transform) {
    SurvivalData data = model.data();
    RiskSets rs = model.riskSets();
    int n = rs.n;
    int p = rs.p;
    double[] g = transformed(data, rs, transform);
    double mean = 0;
    int events = 0;
    for (int i = 0; i < n; i++) {
      if (rs.event[i]) {
        mean += g[i];
        events++;
      }
    }
    mean /= events;
    final double centre = mean;
    // the augmented model's score and information at (β, 0), from each event time's contributions
    double[] u2 = new double[p];
    double[][] i11 = new double[p][p];
    double[][] i12 = new double[p][p];
    double[][] i22 = new double[p][p];
    rs.pass(model.beta(), (s, t, deaths, den, means, score, info) -> {
      double gt = g[deaths[0]] - centre;
      for (int j = 0; j < p; j++) {
        u2[j] += gt * score[j];
        for (int l = 0; l < p; l++) {
          i11[j][l] += info[j][l];
          i12[j][l] += gt * info[j][l];
          i22[j][l] += gt * gt * info[j][l];
        }
      }
    });
    List<ChiSquareTest> tests = new ArrayList<>();
    List<String> names = model.covariates();
    for (int j = 0; j < p; j++) {
      double[][] m = new double[p + 1][p + 1];
      for (int a = 0; a < p; a++) {
        System.arraycopy(i11[a], 0, m[a], 0, p);
        m[a][p] = i12[a][j];
        m[p][a] = i12[j][a];
      }
      m[p][p] = i22[j][j];
      double[] u = new double[p + 1];
      u[p] = u2[j];
      tests.add(ChiSquareTest.of(names.get(j), quadratic(m, u, names.get(j)), 1));
    }
    double[][] full = new double[2 * p][2 * p];
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < p; b++) {
        full[a][b] = i11[a][b];
        full[a][p + b] = i12[a][b];
        full[p + a][b] = i12[b][a];
        full[p + a][p + b] = i22[a][b];
      }
    }
    double[] u = new double[2 * p];
    System.arraycopy(u2, 0, u, p, p);
    tests.add(ChiSquareTest.of("GLOBAL", quadratic(full, u, "GLOBAL"), p));
    return new ProportionalHazardsTest(transform, tests);
  }

  private static double quadratic(double[][] m, double[] u, String term) {
    Cholesky c = new Cholesky(m, Cholesky.TOLERANCE);
    if (c.firstSingular() >= 0) {
      throw new IllegalStateException("the proportional-hazards test of '" + term + "' has a singular information "
          + "matrix (the covariate times g(t) is collinear with the covariates); try another transform");
    }
    return c.quadratic(u);
  }

  /** g at each row's stop time. */
  private static double[] transformed(SurvivalData data, RiskSets rs, Transform transform) {
    int n = rs.n;
    double[] g = new double[n];
    switch (transform) {
      case KM: {
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        KaplanMeier.Curve km = KaplanMeier.Curve.of("all", data, all, KaplanMeier.ConfidenceType.LOG, 1.96);
        double[] times = km.times();
        double[] surv = km.survival();
        for (int i = 0; i < n; i++) {
          int before = Sorted.lowerBound(times, rs.stop[i]) - 1; // last time strictly before
          g[i] = 1 - (before < 0 ? 1 : surv[before]);
        }
        break;
      }
      case IDENTITY:
        System.arraycopy(rs.stop, 0, g, 0, n);
        break;
      case LOG:
        for (int i = 0; i < n; i++) {
          if (!(rs.stop[i] > 0)) {
            throw new IllegalArgumentException("transform LOG needs positive times, but row " + i + " ends at "
                + rs.stop[i] + "; use KM or RANK");
          }
          g[i] = Math.log(rs.stop[i]);
        }
        break;
      default: {
        double[] sorted = rs.stop.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
          int lo = Sorted.lowerBound(sorted, rs.stop[i]);
          int hi = RiskSets.upperBound(sorted, rs.stop[i]);
          g[i] = (lo + 1 + hi) / 2.0; // average of ranks lo+1 … hi
        }
      }
    }
    return g;
  }

  /** The time transform used. */
  public Transform transform() {
    return transform;
  }

  /** One test per covariate, then GLOBAL. */
  public List<ChiSquareTest> tests() {
    return tests;
  }

  /** The test of one covariate, or "GLOBAL". */
  public ChiSquareTest test(String term) {
    for (ChiSquareTest t : tests) {
      if (t.name().equals(term)) {
        return t;
      }
    }
    throw org.treatylab.base.Checks.unknown("term", "term", String.valueOf(term), tests.stream().map(ChiSquareTest::name).toList(),
        null);
  }

  /** The global test. */
  public ChiSquareTest global() {
    return tests.get(tests.size() - 1);
  }

  /** The tests as a table: term, chisq, df, p (as R's {@code cox.zph(fit)$table}). */
  public Table table() {
    return Table.create("proportional hazards (" + transform.name().toLowerCase(Locale.ROOT) + ")",
        StringColumn.create("term", tests.stream().map(ChiSquareTest::name).toList()),
        DoubleColumn.create("chisq", tests.stream().mapToDouble(ChiSquareTest::statistic).toArray()),
        IntColumn.create("df", tests.stream().mapToInt(ChiSquareTest::df).toArray()),
        DoubleColumn.create("p", tests.stream().mapToDouble(ChiSquareTest::p).toArray()));
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "proportional hazards, transform %s\n",
        transform.name().toLowerCase(Locale.ROOT)));
    // the name column as wide as the longest term name, so the numbers line up
    String name = "%-" + Math.max(16, tests.stream().mapToInt(t -> t.name().length()).max().orElse(0)) + "s";
    s.append(String.format(Locale.ROOT, name + " %10s %4s %10s\n", "", "chisq", "df", "p"));
    for (ChiSquareTest t : tests) {
      s.append(String.format(Locale.ROOT, name + " %10.4f %4d %10s\n", t.name(), t.statistic(), t.df(),
          ChiSquareTest.formatP(t.p())));
    }
    return s.toString();
  }
}
