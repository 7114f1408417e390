package org.treatylab.analysis.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded simulations with known hazard ratios: the Cox model recovers them within its 95 % intervals,
 * also with a time-varying covariate in counting-process form; and invariances that hold whatever the
 * data (splitting rows into intervals changes nothing; Efron equals Breslow without ties).
 */
class SimulatedHazardsTest {
  private static final double B_CONTINUOUS = 0.5;
  private static final double B_BINARY = -0.7;

  /** Exponential survival with hazard 0.1·exp(0.5·x1 − 0.7·x2), uniform censoring on (0, 30). */
  private static SurvivalData simulate(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] time = new double[n];
    boolean[] event = new boolean[n];
    double[] x1 = new double[n];
    double[] x2 = new double[n];
    for (int i = 0; i < n; i++) {
      x1[i] = gaussian(random);
      x2[i] = random.nextDouble() < 0.5 ? 1 : 0;
      double rate = 0.1 * Math.exp(B_CONTINUOUS * x1[i] + B_BINARY * x2[i]);
      double t = -Math.log(1 - random.nextDouble()) / rate;
      double c = 30 * random.nextDouble();
      time[i] = Math.min(t, c);
      event[i] = t <= c;
    }
    return SurvivalData.rightCensored(time, event).withCovariate("x1", x1).withCovariate("x2", x2);
  }

  private static double gaussian(SplittableRandom random) {
    // Box–Muller: SplittableRandom has no nextGaussian on JDK 17
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  @Test
  void recoversKnownHazardRatios() {
    CoxModel fit = CoxModel.fit(simulate(2000, 20261207L), "x1", "x2");
    double[] truth = {Math.exp(B_CONTINUOUS), Math.exp(B_BINARY)};
    for (int j = 0; j < 2; j++) {
      assertTrue(fit.lower()[j] < truth[j] && truth[j] < fit.upper()[j],
          fit.covariates().get(j) + ": true HR " + truth[j] + " outside (" + fit.lower()[j] + ", " + fit.upper()[j] + ")");
    }
    // and the test has power: a null model would be rejected
    assertTrue(fit.likelihoodRatioTest().p() < 1e-10, fit.toString());
  }

  @Test
  void recoversATimeVaryingEffect() {
    // hazard 0.1·exp(0.8·z(t)), z switching from 0 to 1 at a subject's own time s ~ U(0, 10)
    double b = 0.8;
    SplittableRandom random = new SplittableRandom(42);
    List<double[]> rows = new ArrayList<>(); // start, stop, event, z, id
    for (int id = 0; id < 3000; id++) {
      double s = 10 * random.nextDouble();
      double censor = 25 * random.nextDouble();
      double t = -Math.log(1 - random.nextDouble()) / 0.1;
      if (t > s) { // after the switch the hazard is 0.1·e^b: rescale the remaining time
        t = s + (t - s) / Math.exp(b);
      }
      double end = Math.min(t, censor);
      boolean event = t <= censor;
      if (end <= s) {
        rows.add(new double[] {0, end, event ? 1 : 0, 0, id});
      } else {
        rows.add(new double[] {0, s, 0, 0, id});
        rows.add(new double[] {s, end, event ? 1 : 0, 1, id});
      }
    }
    int n = rows.size();
    double[] start = new double[n];
    double[] stop = new double[n];
    boolean[] event = new boolean[n];
    double[] z = new double[n];
    String[] id = new String[n];
    for (int i = 0; i < n; i++) {
      double[] row = rows.get(i);
      start[i] = row[0];
      stop[i] = row[1];
      event[i] = row[2] == 1;
      z[i] = row[3];
      id[i] = Integer.toString((int) row[4]);
    }
    SurvivalData data = SurvivalData.countingProcess(start, stop, event).withCovariate("z", z).withFactor("id", id)
        .withCluster("id");
    CoxModel fit = CoxModel.fit(data, "z");
    assertTrue(fit.isRobust());
    assertTrue(fit.lower()[0] < Math.exp(b) && Math.exp(b) < fit.upper()[0], fit.toString());
    // a model that ignored the switch (z fixed at its last value) would be biased: the truth must be informative
    assertTrue(fit.upper()[0] < Math.exp(1.2) && fit.lower()[0] > Math.exp(0.4), fit.toString());
  }

  @Test
  void splittingRowsIntoIntervalsChangesNothing() {
    SurvivalData whole = simulate(300, 7);
    int n = whole.rows();
    List<double[]> pieces = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double cut = whole.stop(i) / 3;
      pieces.add(new double[] {0, cut, 0, i});
      pieces.add(new double[] {cut, whole.stop(i), whole.event(i) ? 1 : 0, i});
    }
    double[] start = pieces.stream().mapToDouble(p -> p[0]).toArray();
    double[] stop = pieces.stream().mapToDouble(p -> p[1]).toArray();
    boolean[] event = new boolean[pieces.size()];
    String[] id = new String[pieces.size()];
    double[] x1 = new double[pieces.size()];
    double[] x2 = new double[pieces.size()];
    double[] wx1 = whole.covariate("x1");
    double[] wx2 = whole.covariate("x2");
    for (int k = 0; k < pieces.size(); k++) {
      int i = (int) pieces.get(k)[3];
      event[k] = pieces.get(k)[2] == 1;
      id[k] = Integer.toString(i);
      x1[k] = wx1[i];
      x2[k] = wx2[i];
    }
    SurvivalData split = SurvivalData.countingProcess(start, stop, event).withCovariate("x1", x1)
        .withCovariate("x2", x2).withFactor("id", id).withCluster("id");
    CoxModel a = CoxModel.of(whole).robust(true).fit();
    CoxModel b = CoxModel.fit(split, "x1", "x2");
    for (int j = 0; j < 2; j++) {
      assertEquals(a.coefficients()[j], b.coefficients()[j], 1e-9);
      assertEquals(a.modelStandardErrors()[j], b.modelStandardErrors()[j], 1e-9);
      assertEquals(a.standardErrors()[j], b.standardErrors()[j], 1e-9);
    }
    assertEquals(a.proportionalHazards().global().statistic(), b.proportionalHazards().global().statistic(), 1e-7);
    assertEquals(KaplanMeier.fit(whole).curves().get(0).median(), KaplanMeier.fit(split).curves().get(0).median(), 0);
  }

  @Test
  void efronEqualsBreslowWithoutTies() {
    SurvivalData data = simulate(200, 3);
    CoxModel efron = CoxModel.fit(data, "x1", "x2");
    CoxModel breslow = CoxModel.of(data).ties(CoxModel.Ties.BRESLOW).fit();
    for (int j = 0; j < 2; j++) {
      assertEquals(efron.coefficients()[j], breslow.coefficients()[j], 1e-12);
    }
    // the score test at 0 with one binary covariate is the log-rank test
    CoxModel x2 = CoxModel.fit(data, "x2");
    assertEquals(LogRank.test(data, "x2").chiSquare().statistic(), x2.scoreTest().statistic(), 1e-9);
  }

  @Test
  void textAndTablesUseLocaleRoot() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.GERMANY);
      SurvivalData data = simulate(100, 11);
      CoxModel fit = CoxModel.fit(data, "x1", "x2");
      String text = fit.toString() + KaplanMeier.fit(data, "x2") + LogRank.test(data, "x2") + fit.proportionalHazards();
      assertTrue(text.contains("likelihood ratio ="), text);
      assertTrue(!text.matches("(?s).*\\d,\\d{4}.*"), "decimal commas in: " + text);
      assertEquals(2, fit.table().rowCount());
      assertEquals(3, fit.proportionalHazards().table().rowCount());
    } finally {
      java.util.Locale.setDefault(before);
    }
  }
}
