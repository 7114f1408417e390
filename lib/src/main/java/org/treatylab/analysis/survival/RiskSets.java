package org.treatylab.analysis.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The Cox partial likelihood over risk sets, for one design: its log-likelihood, score and information
 * at a coefficient vector (Efron or Breslow ties), and per event time the quantities that score
 * residuals and the proportional-hazards test need.
 *
 * <p>Risk set at an event time {@code t} within a stratum: the rows with {@code start < t ≤ stop}
 * (right-censored rows start at −∞). Event times are visited in decreasing order; rows enter the running
 * sums when {@code stop ≥ t} and leave when {@code start ≥ t}, so one pass costs O(n·p²) plus the sorting
 * done once. Covariates are centred on their means first (the partial likelihood does not change; the
 * exponentials stay in range).
 */
final class RiskSets {
  final int n;
  final int p;
  final double[][] x;
  final double[] means;
  final double[] start;
  final double[] stop;
  final boolean[] event;
  final boolean efron;
  /** Per stratum: rows by decreasing stop, rows by decreasing start, distinct event times decreasing. */
  final int[][] byStop;
  final int[][] byStart;
  final double[][] eventTimes;

  /** What a pass reports at each event time (null when not wanted). */
  interface EventVisitor {
    /**
     * @param stratum the stratum's index
     * @param time the event time
     * @param deaths the rows with the event at {@code time}
     * @param denominators the Efron (or Breslow) risk-set sums, one per tied death
     * @param weightedMeans the covariate means over each of those risk sets
     * @param score this time's score contribution
     * @param information this time's information contribution
     */
    void at(int stratum, double time, int[] deaths, double[] denominators, double[][] weightedMeans, double[] score,
        double[][] information);
  }

  /** Result of a pass. */
  static final class Pass {
    double loglik;
    double[] score;
    double[][] information;
  }

  RiskSets(double[][] rawX, double[] start, double[] stop, boolean[] event, int[] strata, boolean efron) {
    this.n = stop.length;
    this.p = n == 0 ? 0 : rawX[0].length;
    this.start = start;
    this.stop = stop;
    this.event = event;
    this.efron = efron;
    means = new double[p];
    for (double[] row : rawX) {
      for (int j = 0; j < p; j++) {
        means[j] += row[j] / n;
      }
    }
    x = new double[n][p];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        x[i][j] = rawX[i][j] - means[j];
      }
    }
    int nStrata = 1;
    if (strata != null) {
      for (int s : strata) {
        nStrata = Math.max(nStrata, s + 1);
      }
    }
    List<List<Integer>> rows = new ArrayList<>();
    for (int s = 0; s < nStrata; s++) {
      rows.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      rows.get(strata == null ? 0 : strata[i]).add(i);
    }
    byStop = new int[nStrata][];
    byStart = new int[nStrata][];
    eventTimes = new double[nStrata][];
    for (int s = 0; s < nStrata; s++) {
      List<Integer> r = rows.get(s);
      // ties broken by row number, so the order of the sums (and so the last bits) is reproducible
      byStop[s] = r.stream().sorted(Comparator.comparingDouble((Integer i) -> -stop[i]).thenComparingInt(i -> i))
          .mapToInt(Integer::intValue).toArray();
      byStart[s] = r.stream().sorted(Comparator.comparingDouble((Integer i) -> -start[i]).thenComparingInt(i -> i))
          .mapToInt(Integer::intValue).toArray();
      eventTimes[s] = r.stream().filter(i -> event[i]).mapToDouble(i -> stop[i]).distinct()
          .boxed().sorted(Comparator.reverseOrder()).mapToDouble(Double::doubleValue).toArray();
    }
  }

  /** The linear predictor of each row (centred covariates). */
  double[] eta(double[] beta) {
    double[] eta = new double[n];
    for (int i = 0; i < n; i++) {
      double e = 0;
      for (int j = 0; j < p; j++) {
        e += x[i][j] * beta[j];
      }
      eta[i] = e;
    }
    return eta;
  }

  /** Log-likelihood, score and information at {@code beta}; reports each event time to {@code visitor}. */
  Pass pass(double[] beta, EventVisitor visitor) {
    double[] eta = eta(beta);
    double[] risk = new double[n];
    for (int i = 0; i < n; i++) {
      risk[i] = Math.exp(eta[i]);
    }
    Pass out = new Pass();
    out.score = new double[p];
    out.information = new double[p][p];
    double[] s1 = new double[p];
    double[][] s2 = new double[p][p];
    double[] d1 = new double[p];
    double[][] d2 = new double[p][p];
    int[] deaths = new int[16];
    for (int s = 0; s < byStop.length; s++) {
      double s0 = 0;
      Arrays.fill(s1, 0);
      for (double[] row : s2) {
        Arrays.fill(row, 0);
      }
      int ip = 0;
      int jp = 0;
      int[] bs = byStop[s];
      int[] bt = byStart[s];
      for (double t : eventTimes[s]) {
        int d = 0;
        double d0 = 0;
        Arrays.fill(d1, 0);
        for (double[] row : d2) {
          Arrays.fill(row, 0);
        }
        double etaDeaths = 0;
        while (ip < bs.length && stop[bs[ip]] >= t) {
          int i = bs[ip++];
          s0 += add(i, risk[i], s1, s2);
          if (event[i] && stop[i] == t) {
            if (d == deaths.length) {
              deaths = Arrays.copyOf(deaths, 2 * d);
            }
            deaths[d++] = i;
            d0 += add(i, risk[i], d1, d2);
            etaDeaths += eta[i];
          }
        }
        while (jp < bt.length && start[bt[jp]] >= t) {
          int i = bt[jp++];
          s0 += add(i, -risk[i], s1, s2);
        }
        double[] score = new double[p];
        double[][] info = new double[p][p];
        for (int k = 0; k < d; k++) {
          for (int j = 0; j < p; j++) {
            score[j] += x[deaths[k]][j];
          }
        }
        int steps = d;
        double[] den = new double[steps];
        double[][] mean = new double[steps][p];
        for (int k = 0; k < steps; k++) {
          double f = efron ? (double) k / d : 0;
          den[k] = s0 - f * d0;
          out.loglik -= Math.log(den[k]);
          for (int j = 0; j < p; j++) {
            mean[k][j] = (s1[j] - f * d1[j]) / den[k];
            score[j] -= mean[k][j];
          }
          for (int j = 0; j < p; j++) {
            for (int l = 0; l <= j; l++) {
              info[j][l] += (s2[j][l] - f * d2[j][l]) / den[k] - mean[k][j] * mean[k][l];
            }
          }
        }
        for (int j = 0; j < p; j++) {
          for (int l = 0; l < j; l++) {
            info[l][j] = info[j][l];
          }
        }
        out.loglik += etaDeaths;
        for (int j = 0; j < p; j++) {
          out.score[j] += score[j];
          for (int l = 0; l < p; l++) {
            out.information[j][l] += info[j][l];
          }
        }
        if (visitor != null) {
          visitor.at(s, t, Arrays.copyOf(deaths, d), den, mean, score, info);
        }
      }
    }
    return out;
  }

  /** Adds row i with weight w to the running sums; returns w (for the zero-order sum). */
  private double add(int i, double w, double[] s1, double[][] s2) {
    double[] xi = x[i];
    for (int j = 0; j < p; j++) {
      double wx = w * xi[j];
      s1[j] += wx;
      double[] s2j = s2[j];
      for (int l = 0; l <= j; l++) {
        s2j[l] += wx * xi[l];
      }
    }
    return w;
  }

  /**
   * Score residuals at {@code beta}, one row per data row ({@code ∫ (x_i − x̄(t)) dM_i(t)}, with the
   * Efron weights for tied deaths, as R's {@code residuals(fit, "score")}); they sum to the score.
   */
  double[][] scoreResiduals(double[] beta) {
    double[] eta = eta(beta);
    int strata = byStop.length;
    // per stratum, per event time (ascending): Σ 1/den, Σ mean/den, Σ f/den, Σ f·mean/den, mean of means
    double[][] times = new double[strata][];
    double[][] cumA = new double[strata][];
    double[][][] cumB = new double[strata][][];
    double[][] fa = new double[strata][];
    double[][][] fb = new double[strata][][];
    double[][][] meanOfMeans = new double[strata][][];
    for (int s = 0; s < strata; s++) {
      int m = eventTimes[s].length;
      times[s] = new double[m];
      cumA[s] = new double[m + 1];
      cumB[s] = new double[m + 1][p];
      fa[s] = new double[m];
      fb[s] = new double[m][p];
      meanOfMeans[s] = new double[m][p];
    }
    int[] counter = new int[strata];
    double[][] stepA = new double[strata][];
    double[][][] stepB = new double[strata][][];
    for (int s = 0; s < strata; s++) {
      stepA[s] = new double[eventTimes[s].length];
      stepB[s] = new double[eventTimes[s].length][p];
    }
    pass(beta, (s, t, deaths, den, mean, score, info) -> {
      int m = eventTimes[s].length;
      int k = m - 1 - counter[s]++; // ascending index
      times[s][k] = t;
      int d = deaths.length;
      for (int q = 0; q < den.length; q++) {
        double f = efron ? (double) q / d : 0;
        stepA[s][k] += 1 / den[q];
        fa[s][k] += f / den[q];
        for (int j = 0; j < p; j++) {
          stepB[s][k][j] += mean[q][j] / den[q];
          fb[s][k][j] += f * mean[q][j] / den[q];
          meanOfMeans[s][k][j] += mean[q][j] / d;
        }
      }
    });
    for (int s = 0; s < strata; s++) {
      for (int k = 0; k < times[s].length; k++) {
        cumA[s][k + 1] = cumA[s][k] + stepA[s][k];
        for (int j = 0; j < p; j++) {
          cumB[s][k + 1][j] = cumB[s][k][j] + stepB[s][k][j];
        }
      }
    }
    double[][] resid = new double[n][p];
    for (int s = 0; s < strata; s++) {
      for (int i : byStop[s]) {
        double r = Math.exp(eta[i]);
        int hi = upperBound(times[s], stop[i]);
        int lo = upperBound(times[s], start[i]);
        double a = cumA[s][hi] - cumA[s][lo];
        for (int j = 0; j < p; j++) {
          resid[i][j] = -r * (x[i][j] * a - (cumB[s][hi][j] - cumB[s][lo][j]));
        }
        if (event[i]) {
          int k = hi - 1;
          for (int j = 0; j < p; j++) {
            resid[i][j] += x[i][j] - meanOfMeans[s][k][j] + r * (x[i][j] * fa[s][k] - fb[s][k][j]);
          }
        }
      }
    }
    return resid;
  }

  /** Number of elements of the ascending array {@code a} that are ≤ v. */
  static int upperBound(double[] a, double v) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] <= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
