package org.treatylab.analysis.survival;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.treatylab.base.Checks;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A fitted Cox proportional-hazards model, as R's {@code survival::coxph} fits it: partial likelihood
 * over risk sets of right-censored or counting-process {@code (start, stop]} data (time-varying
 * covariates: one row per subject and interval), optionally stratified (a baseline hazard per stratum),
 * Efron (R's default) or Breslow handling of tied event times.
 *
 * <p>Fitting follows R's published algorithm and its {@code coxph.control} defaults: Newton–Raphson
 * from β = 0, step halving when the log-likelihood falls, converged when the relative change of the
 * log-likelihood is at most {@code eps = 1e-9}, at most 20 iterations, a Cholesky tolerance of
 * {@code .Machine$double.eps^0.75} for singular information matrices. Standard errors are model-based
 * (inverse information), and robust (sandwich, from dfbeta residuals) when asked for or when the data
 * name a cluster (then summed by cluster, as R's {@code cluster()}); hazard ratios come with Wald
 * confidence intervals on the reported standard errors. Likelihood-ratio, Wald and score tests as R's
 * {@code summary(coxph)}; the proportional-hazards check by {@link #proportionalHazards()}.
 *
 * <p>Refuses what it cannot answer rather than warn: no events, a constant covariate, a covariate that is
 * a linear combination of others (singular information), a fit that does not converge, a coefficient
 * drifting to infinity (monotone likelihood).
 */
public final class CoxModel {
  /** How tied event times enter the partial likelihood. */
  public enum Ties {
    /** Efron's approximation (R's default). */
    EFRON,
    /** Breslow's approximation. */
    BRESLOW
  }

  /** R's {@code coxph.control()$eps}. */
  static final double EPS = 1e-9;
  /** R's {@code coxph.control()$toler.inf}. */
  static final double TOLER_INF = Math.sqrt(EPS);

  private final SurvivalData data;
  private final List<String> names;
  private final Ties ties;
  private final RiskSets riskSets;
  private final double[] beta;
  private final double[][] naiveVar;
  private final double[][] robustVar; // null when not robust
  private final double loglik0;
  private final double loglik;
  private final int iterations;
  private final ChiSquareTest score;
  private final ChiSquareTest robustScore;
  private final double level;

  private CoxModel(SurvivalData data, List<String> names, Ties ties, RiskSets riskSets, double[] beta,
      double[][] naiveVar, double[][] robustVar, double loglik0, double loglik, int iterations, ChiSquareTest score,
      ChiSquareTest robustScore, double level) {
    this.data = data;
    this.names = names;
    this.ties = ties;
    this.riskSets = riskSets;
    this.beta = beta;
    this.naiveVar = naiveVar;
    this.robustVar = robustVar;
    this.loglik0 = loglik0;
    this.loglik = loglik;
    this.iterations = iterations;
    this.score = score;
    this.robustScore = robustScore;
    this.level = level;
  }

  /**
   * Fits a Cox model with R's defaults (Efron ties; robust errors only when the data name a cluster).
   *
   * @param data the survival data (its strata and cluster, if set, are used)
   * @param covariates names of the data's covariates, at least one
   */
  public static CoxModel fit(SurvivalData data, String... covariates) {
    return of(data).covariates(covariates).fit();
  }

  /** Starts a model specification on {@code data}; see {@link Spec}. */
  public static Spec of(SurvivalData data) {
    return new Spec(Checks.notNull(data, "data"));
  }

  /** A model specification: covariates, ties, robust errors, confidence level, iteration limit. */
  public static final class Spec {
    private final SurvivalData data;
    private List<String> covariates = List.of();
    private Ties ties = Ties.EFRON;
    private Boolean robust;
    private double level = 0.95;
    private int maxIterations = 20;

    private Spec(SurvivalData data) {
      this.data = data;
    }

    /** The covariates to fit, by name (all of the data's if never called). */
    public Spec covariates(String... names) {
      Checks.notNull(names, "covariates");
      for (String name : names) {
        data.covariate(Checks.notNull(name, "covariates")); // refuses unknown names
      }
      if (new LinkedHashSet<>(Arrays.asList(names)).size() != names.length) {
        throw new IllegalArgumentException("covariates " + Arrays.toString(names) + " names one twice; name each once");
      }
      covariates = List.of(names);
      return this;
    }

    /** Efron (default) or Breslow ties. */
    public Spec ties(Ties ties) {
      this.ties = Checks.notNull(ties, "ties");
      return this;
    }

    /**
     * Robust (sandwich) standard errors: by cluster when the data name one, else by row (R's
     * {@code robust = TRUE}). Default: robust exactly when the data name a cluster. Counting-process data
     * need a cluster for robust errors (a subject's rows belong together).
     */
    public Spec robust(boolean robust) {
      this.robust = robust;
      return this;
    }

    /** Confidence level of the hazard ratios' intervals (default 0.95). */
    public Spec level(double level) {
      if (!(level > 0 && level < 1)) {
        throw new IllegalArgumentException("level is " + level + "; pass a confidence level between 0 and 1 (e.g. 0.95)");
      }
      this.level = level;
      return this;
    }

    /** Newton–Raphson iteration limit (R's {@code iter.max}, default 20). */
    public Spec maxIterations(int maxIterations) {
      Checks.atLeast(maxIterations, "maxIterations", 1, "20");
      this.maxIterations = maxIterations;
      return this;
    }

    /** Fits the model. */
    public CoxModel fit() {
      List<String> names = covariates.isEmpty() ? data.covariateNames() : covariates;
      if (names.isEmpty()) {
        throw new IllegalArgumentException("covariates is empty and the data have none; add one with "
            + "data.withCovariate(name, values) and name it");
      }
      return CoxModel.fit(data, names, ties, robust, level, maxIterations);
    }
  }

  private static CoxModel fit(SurvivalData data, List<String> names, Ties ties, Boolean robustOption, double level,
      int maxIterations) {
    if (data.events() == 0) {
      throw new IllegalArgumentException("data has no events (" + data.rows()
          + " rows, all censored); a Cox model needs at least one event");
    }
    double[][] x = data.design(names);
    for (int j = 0; j < names.size(); j++) {
      double first = x[0][j];
      boolean constant = true;
      for (double[] row : x) {
        constant &= row[j] == first;
      }
      if (constant) {
        throw new IllegalArgumentException("covariate '" + names.get(j) + "' is constant (" + SurvivalData.fmt(first)
            + " in every row); its effect cannot be estimated: leave it out");
      }
    }
    boolean robust = robustOption != null ? robustOption : data.cluster() != null;
    if (robust && data.cluster() == null && data.isCountingProcess()) {
      throw new IllegalArgumentException("robust errors on counting-process data need each subject's rows grouped; "
          + "name the subject with data.withCluster(\"id\")");
    }
    double[] start = new double[data.rows()];
    double[] stop = new double[data.rows()];
    boolean[] event = new boolean[data.rows()];
    for (int i = 0; i < start.length; i++) {
      start[i] = data.isCountingProcess() ? data.start(i) : Double.NEGATIVE_INFINITY;
      stop[i] = data.stop(i);
      event[i] = data.event(i);
    }
    RiskSets rs = new RiskSets(x, start, stop, event, data.codes(data.strata()), ties == Ties.EFRON);
    int p = names.size();

    // Newton–Raphson as R's coxph.fit: from 0, halve the step when the log-likelihood falls
    double[] beta = new double[p];
    RiskSets.Pass at = rs.pass(beta, null);
    double loglik0 = at.loglik;
    Cholesky chol = information(at, names);
    ChiSquareTest score = ChiSquareTest.of("score (log-rank)", chol.quadratic(at.score), p);
    double oldLoglik = at.loglik;
    double[] newBeta = add(beta, chol.solve(at.score));
    boolean halving = false;
    int iter;
    for (iter = 1; iter <= maxIterations; iter++) {
      at = rs.pass(newBeta, null);
      if (!Double.isFinite(at.loglik)) {
        at.loglik = Double.NEGATIVE_INFINITY; // overflow: treat as a fall, halve the step
      }
      if (Math.abs(1 - oldLoglik / at.loglik) <= EPS && !halving) {
        break;
      }
      if (iter == maxIterations) {
        throw new IllegalStateException("the Cox fit did not converge in " + maxIterations + " iterations (coefficients "
            + Arrays.toString(newBeta) + " for " + names + "); a coefficient may be infinite (a covariate that "
            + "separates events from non-events), or pass maxIterations(" + 2 * maxIterations + ")");
      }
      if (at.loglik < oldLoglik) {
        halving = true;
        for (int j = 0; j < p; j++) {
          newBeta[j] = (newBeta[j] + beta[j]) / 2;
        }
      } else {
        halving = false;
        oldLoglik = at.loglik;
        chol = information(at, names);
        beta = newBeta;
        newBeta = add(newBeta, chol.solve(at.score));
      }
    }
    beta = newBeta;
    chol = information(at, names);
    double[][] var = chol.inverse();
    // R's check for a log-likelihood that converged while a coefficient still runs off to infinity
    for (int j = 0; j < p; j++) {
      double step = 0;
      for (int l = 0; l < p; l++) {
        step += at.score[l] * var[l][j];
      }
      step = Math.abs(step);
      if (step > EPS && step > TOLER_INF * Math.abs(beta[j])) {
        throw new IllegalStateException("the coefficient of covariate '" + names.get(j) + "' may be infinite (the "
            + "log-likelihood converged while it was still moving, at " + beta[j] + "): the covariate (nearly) "
            + "separates events from non-events; leave it out, or merge its rare categories");
      }
    }
    double[][] robustVar = null;
    ChiSquareTest robustScore = null;
    if (robust) {
      int[] cluster = data.cluster() != null ? data.codes(data.cluster()) : null;
      double[][] dfbeta = collapse(multiply(rs.scoreResiduals(beta), var), cluster);
      robustVar = crossProduct(dfbeta);
      double[][] res0 = collapse(rs.scoreResiduals(new double[p]), cluster);
      double[] u0 = new double[p];
      for (double[] row : res0) {
        for (int j = 0; j < p; j++) {
          u0[j] += row[j];
        }
      }
      Cholesky c0 = new Cholesky(crossProduct(res0), Cholesky.TOLERANCE);
      robustScore = ChiSquareTest.of("robust score", c0.quadratic(u0), p);
    }
    return new CoxModel(data, List.copyOf(names), ties, rs, beta, var, robustVar, loglik0, at.loglik, iter, score,
        robustScore, level);
  }

  private static Cholesky information(RiskSets.Pass at, List<String> names) {
    Cholesky chol = new Cholesky(at.information, Cholesky.TOLERANCE);
    int bad = chol.firstSingular();
    if (bad >= 0) {
      throw new IllegalArgumentException("the information matrix is singular: covariate '" + names.get(bad)
          + "' is (nearly) a linear combination of " + (bad == 0 ? "nothing — it does not vary within risk sets"
          : names.subList(0, bad).toString()) + "; leave it out or combine the collinear covariates");
    }
    return chol;
  }

  private static double[] add(double[] a, double[] b) {
    double[] c = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i] + b[i];
    }
    return c;
  }

  private static double[][] multiply(double[][] a, double[][] b) {
    double[][] c = new double[a.length][b[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int k = 0; k < b.length; k++) {
        double aik = a[i][k];
        for (int j = 0; j < c[i].length; j++) {
          c[i][j] += aik * b[k][j];
        }
      }
    }
    return c;
  }

  /** Sums rows by cluster (rows unchanged when {@code cluster} is null). */
  private static double[][] collapse(double[][] rows, int[] cluster) {
    if (cluster == null) {
      return rows;
    }
    int m = Arrays.stream(cluster).max().orElse(-1) + 1;
    double[][] out = new double[m][rows[0].length];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < rows[i].length; j++) {
        out[cluster[i]][j] += rows[i][j];
      }
    }
    return out;
  }

  private static double[][] crossProduct(double[][] d) {
    int p = d[0].length;
    double[][] out = new double[p][p];
    for (double[] row : d) {
      for (int j = 0; j < p; j++) {
        for (int l = 0; l < p; l++) {
          out[j][l] += row[j] * row[l];
        }
      }
    }
    return out;
  }

  /** The covariate names, in the order of the coefficients. */
  public List<String> covariates() {
    return names;
  }

  /** The data the model was fitted to. */
  public SurvivalData data() {
    return data;
  }

  /** The ties method. */
  public Ties ties() {
    return ties;
  }

  /** Whether standard errors, Wald test and intervals are robust (sandwich). */
  public boolean isRobust() {
    return robustVar != null;
  }

  /** The log hazard ratios (β). */
  public double[] coefficients() {
    return beta.clone();
  }

  /** The coefficient of a covariate. */
  public double coefficient(String covariate) {
    return beta[index(covariate)];
  }

  /** The hazard ratios exp(β). */
  public double[] hazardRatios() {
    return Arrays.stream(beta).map(Math::exp).toArray();
  }

  /** The reported variance matrix: robust when {@link #isRobust()}, else the inverse information. */
  public double[][] variance() {
    return copy(robustVar != null ? robustVar : naiveVar);
  }

  /** The model-based variance matrix (inverse information; R's {@code naive.var} when robust). */
  public double[][] modelVariance() {
    return copy(naiveVar);
  }

  /** Reported standard errors of β (robust when {@link #isRobust()}). */
  public double[] standardErrors() {
    return diagonalRoot(robustVar != null ? robustVar : naiveVar);
  }

  /** Model-based standard errors of β. */
  public double[] modelStandardErrors() {
    return diagonalRoot(naiveVar);
  }

  /** Lower confidence limits of the hazard ratios (Wald, on the reported standard errors). */
  public double[] lower() {
    return limits(-1);
  }

  /** Upper confidence limits of the hazard ratios. */
  public double[] upper() {
    return limits(1);
  }

  /** Wald z statistics β / se. */
  public double[] z() {
    double[] se = standardErrors();
    double[] z = new double[beta.length];
    for (int j = 0; j < z.length; j++) {
      z[j] = beta[j] / se[j];
    }
    return z;
  }

  /** Two-sided p-values of the z statistics. */
  public double[] p() {
    NormalDistribution normal = new NormalDistribution();
    return Arrays.stream(z()).map(v -> 2 * normal.cumulativeProbability(-Math.abs(v))).toArray();
  }

  /** The partial log-likelihood at β = 0 and at the estimate (R's {@code fit$loglik}). */
  public double[] logLikelihood() {
    return new double[] {loglik0, loglik};
  }

  /** Newton–Raphson iterations used. */
  public int iterations() {
    return iterations;
  }

  /** Likelihood-ratio test of all coefficients = 0. */
  public ChiSquareTest likelihoodRatioTest() {
    return ChiSquareTest.of("likelihood ratio", 2 * (loglik - loglik0), beta.length);
  }

  /** Wald test of all coefficients = 0, on the reported (robust when robust) variance. */
  public ChiSquareTest waldTest() {
    Cholesky c = new Cholesky(variance(), Cholesky.TOLERANCE);
    return ChiSquareTest.of(isRobust() ? "Wald (robust)" : "Wald", c.quadratic(beta), beta.length);
  }

  /** Score (log-rank) test at β = 0, model-based (R's {@code fit$score}). */
  public ChiSquareTest scoreTest() {
    return score;
  }

  /** Robust score test at β = 0 (R's {@code fit$rscore}); refuses a model fitted without robust errors. */
  public ChiSquareTest robustScoreTest() {
    if (robustScore == null) {
      throw new IllegalStateException("the model was fitted without robust errors; fit with "
          + "CoxModel.of(data).robust(true) or name a cluster");
    }
    return robustScore;
  }

  /**
   * The proportional-hazards test of R's current {@code cox.zph} (a score test of adding
   * {@code x·g(t)} for each covariate, with {@code g} = 1 − KM(t−), R's default transform "km"), per
   * covariate and GLOBAL.
   */
  public ProportionalHazardsTest proportionalHazards() {
    return ProportionalHazardsTest.of(this, ProportionalHazardsTest.Transform.KM);
  }

  /** The proportional-hazards test with another time transform. */
  public ProportionalHazardsTest proportionalHazards(ProportionalHazardsTest.Transform transform) {
    return ProportionalHazardsTest.of(this, Checks.notNull(transform, "transform"));
  }

  RiskSets riskSets() {
    return riskSets;
  }

  double[] beta() {
    return beta;
  }

  /**
   * The coefficient table: covariate, coef, HR, se(coef) (model), robust se (when robust), z, p, lower
   * and upper limits of the hazard ratio.
   */
  public Table table() {
    double[] se = modelStandardErrors();
    double[] z = z();
    double[] pv = p();
    double[] lo = lower();
    double[] hi = upper();
    String pct = String.format(Locale.ROOT, "%.0f", level * 100);
    Table t = Table.create("Cox model (" + ties.name().toLowerCase(Locale.ROOT) + " ties)",
        StringColumn.create("covariate", names), DoubleColumn.create("coef", beta),
        DoubleColumn.create("HR", hazardRatios()), DoubleColumn.create("se(coef)", se));
    if (isRobust()) {
      t.addColumns(DoubleColumn.create("robust se", standardErrors()));
    }
    t.addColumns(DoubleColumn.create("z", z), DoubleColumn.create("p", pv),
        DoubleColumn.create("lower " + pct + "%", lo), DoubleColumn.create("upper " + pct + "%", hi));
    return t;
  }

  /** Text as R's {@code summary(coxph)}: coefficients, hazard ratios with intervals, and the three tests. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Cox model, %s ties: n = %d, events = %d%s%s\n",
        ties.name().toLowerCase(Locale.ROOT), data.rows(), data.events(),
        data.strata() == null ? "" : ", strata " + data.strata(), data.cluster() == null ? "" : ", cluster " + data.cluster()));
    double[] se = modelStandardErrors();
    double[] rse = standardErrors();
    double[] z = z();
    double[] pv = p();
    double[] lo = lower();
    double[] hi = upper();
    // the name column as wide as the longest covariate name, so the numbers line up
    String name = "%-" + Math.max(16, names.stream().mapToInt(String::length).max().orElse(0)) + "s";
    s.append(String.format(Locale.ROOT, name + " %10s %10s %10s%s %8s %10s %10s %10s\n", "", "coef", "exp(coef)", "se(coef)",
        isRobust() ? String.format(Locale.ROOT, " %10s", "robust se") : "", "z", "p", "lower", "upper"));
    for (int j = 0; j < beta.length; j++) {
      s.append(String.format(Locale.ROOT, name + " %10.5f %10.5f %10.5f%s %8.3f %10s %10.5f %10.5f\n", names.get(j), beta[j],
          Math.exp(beta[j]), se[j], isRobust() ? String.format(Locale.ROOT, " %10.5f", rse[j]) : "", z[j],
          ChiSquareTest.formatP(pv[j]), lo[j], hi[j]));
    }
    s.append(likelihoodRatioTest()).append("\n");
    s.append(waldTest()).append("\n");
    s.append(score).append("\n");
    if (robustScore != null) {
      s.append(robustScore).append("\n");
    }
    return s.toString();
  }

  private int index(String covariate) {
    Checks.notNull(covariate, "covariate");
    int j = names.indexOf(covariate);
    if (j < 0) {
      throw Checks.unknown("covariate of the model", "covariate", covariate, names, null);
    }
    return j;
  }

  private double[] limits(int sign) {
    double z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - level) / 2);
    double[] se = standardErrors();
    double[] out = new double[beta.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = Math.exp(beta[j] + sign * z * se[j]);
    }
    return out;
  }

  private static double[] diagonalRoot(double[][] v) {
    double[] out = new double[v.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = Math.sqrt(v[j][j]);
    }
    return out;
  }

  private static double[][] copy(double[][] v) {
    double[][] out = new double[v.length][];
    for (int j = 0; j < v.length; j++) {
      out[j] = v[j].clone();
    }
    return out;
  }
}
