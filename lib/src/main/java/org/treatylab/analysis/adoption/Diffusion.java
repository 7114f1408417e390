package org.treatylab.analysis.adoption;

import org.treatylab.base.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.util.Pair;

/**
 * Diffusion curves fitted to a cumulative adoption series by nonlinear least squares
 * (Levenberg–Marquardt, commons-math3), with time {@code t} in years since the series' origin.
 *
 * <ul>
 *   <li><b>Logistic</b>: {@code N(t) = K / (1 + exp(-r (t - t0)))}: ceiling {@code K}, growth rate
 *       {@code r} per year, midpoint {@code t0} in years (Griliches 1957).
 *   <li><b>Bass</b>: {@code N(t) = m (1 - e^{-(p+q)t}) / (1 + (q/p) e^{-(p+q)t})}: ceiling {@code m},
 *       coefficient of innovation {@code p} (adoption independent of earlier adopters — for treaties,
 *       leadership and external pressure), coefficient of imitation {@code q} (adoption in proportion
 *       to the share already in) (Bass 1969, Management Science 15 (5): 215–227).
 * </ul>
 *
 * <p>Uncertainty: standard errors from the covariance of the estimate, {@code (J'J)^{-1} s²} with
 * {@code s² = RSS / (n - k)}, and Wald 95 % intervals (estimate ± 1.96 SE); or, with
 * {@link #bootstrap}, seeded residual-bootstrap percentile intervals. Both treat the residuals as
 * independent; residuals of a cumulative series are autocorrelated, so both understate the
 * uncertainty, and the intervals are best read comparatively (MBT vs APII). Goodness of fit: {@code R² =
 * 1 - RSS / TSS} and {@code RMSE = sqrt(RSS / n)}.
 *
 * <pre>{@code
 * CumulativeSeries s = AdoptionCurve.of(Treaties.mineBan()).sinceOpening().byMonth().series();
 * DiffusionFit bass = Diffusion.fitBass(s);                 // p, q, m with SEs, R², RMSE
 * Diffusion.bootstrap(bass, 200, 2019).table();             // percentile intervals
 * DiffusionChart.of(bass);                                  // fitted vs observed (charts package)
 * }</pre>
 */
public final class Diffusion {
  private Diffusion() {}

  /** A diffusion model: parameter names, the curve, and starting values for the fit. */
  public enum Model {
    /** {@code N(t) = K / (1 + exp(-r (t - t0)))}. */
    LOGISTIC("logistic", "N(t) = K / (1 + exp(-r (t - t0)))", List.of("K", "r", "t0")),
    /** {@code N(t) = m (1 - e^{-(p+q)t}) / (1 + (q/p) e^{-(p+q)t})}. */
    BASS("Bass", "N(t) = m (1 - exp(-(p+q)t)) / (1 + (q/p) exp(-(p+q)t))", List.of("m", "p", "q"));

    private final String label;
    private final String formula;
    private final List<String> parameters;

    Model(String label, String formula, List<String> parameters) {
      this.label = label;
      this.formula = formula;
      this.parameters = parameters;
    }

    /** Returns the model's name. */
    public String label() {
      return label;
    }

    /** Returns the curve as a formula. */
    public String formula() {
      return formula;
    }

    /** Returns the parameter names in order. */
    public List<String> parameters() {
      return parameters;
    }

    /** Returns the curve's value at {@code t} years for parameters {@code b} (in {@link #parameters()} order). */
    public double value(double[] b, double t) {
      return switch (this) {
        case LOGISTIC -> b[0] / (1 + Math.exp(-b[1] * (t - b[2])));
        case BASS -> {
          double e = Math.exp(-(b[1] + b[2]) * t);
          yield b[0] * (1 - e) / (1 + (b[2] / b[1]) * e);
        }
      };
    }

    private List<double[]> starts(double[] t, double[] y) {
      double max = Arrays.stream(y).max().orElse(1);
      double top = Math.max(max * 1.05, 1e-9);
      List<double[]> out = new ArrayList<>();
      if (this == LOGISTIC) {
        double mid = t[0];
        for (int i = 0; i < y.length; i++) {
          if (y[i] >= max / 2) {
            mid = t[i];
            break;
          }
        }
        for (double r : new double[] {0.3, 1, 3}) {
          out.add(new double[] {top, r, mid});
        }
      } else {
        for (double p : new double[] {0.005, 0.03, 0.2}) {
          for (double q : new double[] {0.1, 0.5, 1.5}) {
            out.add(new double[] {top, p, q});
          }
        }
      }
      return out;
    }

    private double[] valid(double[] b) {
      double[] v = b.clone();
      if (this == LOGISTIC) {
        v[0] = Math.abs(v[0]);
        v[1] = Math.abs(v[1]);
      } else {
        v[0] = Math.abs(v[0]);
        v[1] = Math.max(Math.abs(v[1]), 1e-9);
        v[2] = Math.abs(v[2]);
      }
      return v;
    }
  }

  /** Returns the logistic curve fitted to the series' values. */
  public static DiffusionFit fitLogistic(CumulativeSeries s) {
    return fit(Model.LOGISTIC, s);
  }

  /** Returns the Bass curve fitted to the series' values. */
  public static DiffusionFit fitBass(CumulativeSeries s) {
    return fit(Model.BASS, s);
  }

  /**
   * Returns {@code model} fitted to the series' values, with standard errors and Wald 95 % intervals.
   *
   * @param model not null
   * @param s more points than the model has parameters, every value a finite number, not all equal (a
   *     flat series has no curve to fit)
   */
  public static DiffusionFit fit(Model model, CumulativeSeries s) {
    Checks.notNull(model, "model");
    Checks.notNull(s, "s");
    double[] t = s.years();
    double[] y = s.values();
    int k = model.parameters().size();
    if (t.length <= k) {
      throw new IllegalArgumentException(s.name() + ": " + t.length + " points are too few for " + k + " parameters; "
          + "pass a series of " + (k + 1) + " points or more (e.g. byMonth() instead of byYear())");
    }
    for (int i = 0; i < y.length; i++) {
      if (!Double.isFinite(y[i]) || !Double.isFinite(t[i])) {
        throw new IllegalArgumentException(s.name() + ": point " + i + " (" + s.dates().get(i) + ") is " + t[i]
            + " years, value " + y[i] + "; pass a series of finite numbers");
      }
    }
    if (tss(y) == 0) {
      throw new IllegalArgumentException(s.name() + ": every value is " + y[0] + ", so there is no growth to fit a "
          + model.label() + " curve to; pass a series that grows");
    }
    LeastSquaresOptimizer.Optimum best = optimum(model, t, y, null);
    double[] b = model.valid(best.getPoint().toArray());
    double[] fitted = Arrays.stream(t).map(x -> model.value(b, x)).toArray();
    double rss = rss(y, fitted);
    double[] se = new double[k];
    try {
      RealMatrix cov = best.getCovariances(1e-14);
      double s2 = rss / (t.length - k);
      for (int i = 0; i < k; i++) {
        se[i] = Math.sqrt(cov.getEntry(i, i) * s2);
      }
    } catch (RuntimeException singular) {
      Arrays.fill(se, Double.NaN);
    }
    List<DiffusionFit.Estimate> est = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      est.add(new DiffusionFit.Estimate(model.parameters().get(i), b[i], se[i], b[i] - 1.96 * se[i],
          b[i] + 1.96 * se[i]));
    }
    return new DiffusionFit(model, s.name(), est, 1 - rss / tss(y), Math.sqrt(rss / t.length), t.length,
        "Wald 95 % (estimate ± 1.96 SE)", t.clone(), y.clone(), fitted);
  }

  /**
   * Returns the fit with seeded residual-bootstrap 95 % percentile intervals: {@code reps} times, add
   * the residuals resampled with replacement to the fitted curve, refit from the estimate, and take the
   * 2.5th and 97.5th percentiles of each parameter. Standard errors become the bootstrap standard
   * deviations.
   *
   * @param fit not null
   * @param reps bootstrap replications, 2 or more, e.g. 200
   * @param seed the random seed (same seed, same intervals)
   */
  public static DiffusionFit bootstrap(DiffusionFit fit, int reps, long seed) {
    Checks.notNull(fit, "fit");
    Checks.atLeast(reps, "reps", 2, "200");
    Model model = fit.model();
    int n = fit.n();
    int k = fit.parameters().size();
    double[] b0 = fit.parameters().stream().mapToDouble(DiffusionFit.Estimate::value).toArray();
    double[] observedValues = fit.observed();
    double[] fittedValues = fit.fitted();
    double[] resid = new double[n];
    for (int i = 0; i < n; i++) {
      resid[i] = observedValues[i] - fittedValues[i];
    }
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] draws = new double[k][reps];
    int kept = 0;
    int failed = 0;
    for (int r = 0; r < reps; r++) {
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        y[i] = fittedValues[i] + resid[rng.nextInt(n)];
      }
      double[] b;
      try {
        b = model.valid(optimum(model, fit.years(), y, b0).getPoint().toArray());
      } catch (IllegalStateException notConverged) {
        try {
          b = model.valid(optimum(model, fit.years(), y, null).getPoint().toArray());
        } catch (IllegalStateException again) {
          failed++;
          continue;
        }
      }
      for (int j = 0; j < k; j++) {
        draws[j][kept] = b[j];
      }
      kept++;
    }
    if (kept < 2) {
      throw new IllegalStateException(model.label() + " bootstrap: only " + kept + " of " + reps + " refits converged");
    }
    for (int j = 0; j < k; j++) {
      draws[j] = Arrays.copyOf(draws[j], kept);
    }
    List<DiffusionFit.Estimate> est = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      Percentile pct = new Percentile();
      pct.setData(draws[j]);
      double mean = Arrays.stream(draws[j]).average().orElse(Double.NaN);
      double sd = Math.sqrt(Arrays.stream(draws[j]).map(v -> (v - mean) * (v - mean)).sum() / (draws[j].length - 1));
      est.add(new DiffusionFit.Estimate(model.parameters().get(j), b0[j], sd, pct.evaluate(2.5), pct.evaluate(97.5)));
    }
    return new DiffusionFit(model, fit.series(), est, fit.r2(), fit.rmse(), n,
        "residual bootstrap 95 % percentile, " + reps + " reps, seed " + seed
            + (failed > 0 ? ", " + failed + " refits did not converge and were dropped" : ""), fit.years(), fit.observed(),
        fit.fitted());
  }

  private static LeastSquaresOptimizer.Optimum optimum(Model model, double[] t, double[] y, double[] start) {
    List<double[]> starts = start != null ? List.of(start) : model.starts(t, y);
    LeastSquaresOptimizer.Optimum best = null;
    RuntimeException last = null;
    for (double[] s : starts) {
      try {
        LeastSquaresOptimizer.Optimum o = new LevenbergMarquardtOptimizer().optimize(problem(model, t, y, s));
        if (best == null || o.getRMS() < best.getRMS()) {
          best = o;
        }
      } catch (RuntimeException e) {
        last = e;
      }
    }
    if (best == null) {
      throw new IllegalStateException(model.label() + " fit did not converge", last);
    }
    return best;
  }

  private static LeastSquaresProblem problem(Model model, double[] t, double[] y, double[] start) {
    BiFunction<double[], Double, Double> f = (b, x) -> model.value(b, x);
    return new LeastSquaresBuilder()
        .start(start)
        .target(y)
        .model(point -> {
          double[] b = point.toArray();
          RealVector value = new ArrayRealVector(t.length);
          RealMatrix jac = new Array2DRowRealMatrix(t.length, b.length);
          for (int i = 0; i < t.length; i++) {
            value.setEntry(i, f.apply(b, t[i]));
            for (int j = 0; j < b.length; j++) {
              double h = 1e-6 * Math.max(Math.abs(b[j]), 1e-3);
              double[] up = b.clone();
              double[] down = b.clone();
              up[j] += h;
              down[j] -= h;
              jac.setEntry(i, j, (f.apply(up, t[i]) - f.apply(down, t[i])) / (2 * h));
            }
          }
          return new Pair<>(value, jac);
        })
        .parameterValidator(v -> new ArrayRealVector(model.valid(v.toArray())))
        .maxEvaluations(5_000)
        .maxIterations(5_000)
        .build();
  }

  private static double rss(double[] y, double[] f) {
    double s = 0;
    for (int i = 0; i < y.length; i++) {
      s += (y[i] - f[i]) * (y[i] - f[i]);
    }
    return s;
  }

  private static double tss(double[] y) {
    double m = Arrays.stream(y).average().orElse(0);
    return Arrays.stream(y).map(v -> (v - m) * (v - m)).sum();
  }
}
