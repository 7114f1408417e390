package org.treatylab.analysis.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.treatylab.data.Treaties;

class DiffusionTest {
  private static CumulativeSeries noisy(Diffusion.Model model, double[] b, double sd, long seed) {
    Random rng = new Random(seed);
    int n = 61;
    double[] t = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = i * 0.25;
      y[i] = model.value(b, t[i]) + sd * rng.nextGaussian();
    }
    return CumulativeSeries.ofYears("synthetic " + model.label(), LocalDate.of(2000, 1, 1), t, y);
  }

  @Test
  void bassRecoversKnownParameters() {
    DiffusionFit fit = Diffusion.fitBass(noisy(Diffusion.Model.BASS, new double[] {100, 0.02, 0.6}, 1.0, 42));
    assertEquals(100, fit.get("m"), 2);
    assertEquals(0.02, fit.get("p"), 0.004);
    assertEquals(0.6, fit.get("q"), 0.05);
    for (String name : new String[] {"m", "p", "q"}) {
      double v = new double[] {100, 0.02, 0.6}["mpq".indexOf(name)];
      DiffusionFit.Estimate e = fit.estimate(name);
      assertTrue(e.low() <= v && v <= e.high(), e.toString());
    }
    assertTrue(fit.r2() > 0.99);
    assertEquals(1.0, fit.rmse(), 0.25); // the noise's standard deviation
  }

  @Test
  void logisticRecoversKnownParameters() {
    DiffusionFit fit = Diffusion.fitLogistic(noisy(Diffusion.Model.LOGISTIC, new double[] {150, 1.2, 4}, 2.0, 7));
    assertEquals(150, fit.get("K"), 2);
    assertEquals(1.2, fit.get("r"), 0.06);
    assertEquals(4, fit.get("t0"), 0.1);
    assertEquals(fit.get("K") / 2, fit.predict(fit.get("t0")), 1e-9);
  }

  @Test
  void exactDataFitExactly() {
    DiffusionFit fit = Diffusion.fitBass(noisy(Diffusion.Model.BASS, new double[] {50, 0.05, 0.4}, 0, 1));
    assertEquals(0.05, fit.get("p"), 1e-6);
    assertEquals(0.4, fit.get("q"), 1e-6);
    assertEquals(1, fit.r2(), 1e-9);
  }

  @Test
  void bootstrapIsSeeded() {
    DiffusionFit fit = Diffusion.fitBass(noisy(Diffusion.Model.BASS, new double[] {100, 0.02, 0.6}, 1.0, 42));
    DiffusionFit a = fit.bootstrap(40, 2019);
    DiffusionFit b = fit.bootstrap(40, 2019);
    assertEquals(a.estimate("q"), b.estimate("q"));
    assertTrue(a.estimate("q").low() < 0.6 && 0.6 < a.estimate("q").high(), a.estimate("q").toString());
    assertEquals(6, fit.table().rowCount()); // 3 parameters, R², RMSE, n
  }

  @Test
  void mineBanIsInnovationDrivenAndProtocolVImitationDriven() {
    DiffusionFit mbt = Diffusion.fitBass(AdoptionCurve.of(Treaties.mineBan()).sinceOpening().byMonth().firstYears(10).series());
    DiffusionFit pv = Diffusion.fitBass(AdoptionCurve.of(Treaties.ccwProtocolV()).sinceOpening().byMonth().firstYears(10).series());
    assertTrue(mbt.get("p") > mbt.get("q"), mbt.toString());
    assertTrue(pv.get("q") > pv.get("p"), pv.toString());
    assertEquals(0.396, mbt.get("p"), 0.01);
  }
}
