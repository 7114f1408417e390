package org.treatylab.analysis.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treatylab.base.Checks;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The log-rank test of equal survival across groups, as R's {@code survival::survdiff} (rho = 0):
 * observed and expected events per group, summed over each stratum's event times (stratified when the
 * data name strata: groups compared within strata), and the chi-square of (O − E) on the hypergeometric
 * variance, with one degree of freedom fewer than the groups that have expected events. Counting-process
 * data use the risk sets {@code start < t ≤ stop}.
 */
public final class LogRank {
  private final List<String> groups;
  private final int[] n;
  private final double[] observed;
  private final double[] expected;
  private final ChiSquareTest test;

  private LogRank(List<String> groups, int[] n, double[] observed, double[] expected, ChiSquareTest test) {
    this.groups = groups;
    this.n = n;
    this.observed = observed;
    this.expected = expected;
    this.test = test;
  }

  /**
   * Tests whether survival differs between the values of {@code group}.
   *
   * @param data the survival data (stratified by its strata, if set)
   * @param group a factor or covariate of the data with at least two values
   */
  public static LogRank test(SurvivalData data, String group) {
    Checks.notNull(data, "data");
    SurvivalData.Codes codes = SurvivalData.Codes.of(data.labels(group, "group"));
    int k = codes.levels.size();
    if (k < 2) {
      throw new IllegalArgumentException("group '" + group + "' has one value (" + codes.levels.get(0)
          + "); pass a factor or covariate with two or more values");
    }
    if (data.events() == 0) {
      throw new IllegalArgumentException("data has no events (" + data.rows() + " rows, all censored); "
          + "a log-rank test needs at least one event");
    }
    int rows = data.rows();
    double[] start = new double[rows];
    double[] stop = new double[rows];
    boolean[] event = new boolean[rows];
    for (int i = 0; i < rows; i++) {
      start[i] = data.isCountingProcess() ? data.start(i) : Double.NEGATIVE_INFINITY;
      stop[i] = data.stop(i);
      event[i] = data.event(i);
    }
    // per event time: numbers at risk and events by group (ties counted whole, as the log-rank test does)
    double[] observed = new double[k];
    double[] expected = new double[k];
    double[][] variance = new double[k][k];
    int[] count = new int[k];
    for (int c : codes.codes) {
      count[c]++;
    }
    int[] strata = data.codes(data.strata());
    RiskSetCounter counter = new RiskSetCounter(start, stop, event, codes.codes, k, strata);
    counter.visit((atRisk, deaths) -> {
      double nTotal = 0;
      double dTotal = 0;
      for (int g = 0; g < k; g++) {
        nTotal += atRisk[g];
        dTotal += deaths[g];
      }
      for (int g = 0; g < k; g++) {
        observed[g] += deaths[g];
        expected[g] += dTotal * atRisk[g] / nTotal;
        if (nTotal > 1) {
          double factor = dTotal * (nTotal - dTotal) / (nTotal - 1) / nTotal;
          for (int h = 0; h < k; h++) {
            variance[g][h] += factor * atRisk[g] * ((g == h ? 1 : 0) - atRisk[h] / nTotal);
          }
        }
      }
    });
    // as survdiff: only groups with expected events count; the first of them is dropped
    List<Integer> used = new ArrayList<>();
    for (int g = 0; g < k; g++) {
      if (expected[g] > 0) {
        used.add(g);
      }
    }
    double chi = 0;
    int df = used.size() - 1;
    if (used.size() >= 2) {
      int m = used.size() - 1;
      double[][] v = new double[m][m];
      double[] diff = new double[m];
      for (int a = 0; a < m; a++) {
        diff[a] = observed[used.get(a + 1)] - expected[used.get(a + 1)];
        for (int b = 0; b < m; b++) {
          v[a][b] = variance[used.get(a + 1)][used.get(b + 1)];
        }
      }
      Cholesky c = new Cholesky(v, Cholesky.TOLERANCE);
      if (c.firstSingular() >= 0) {
        throw new IllegalStateException("the log-rank variance of group '" + group + "' is singular (a group with "
            + "no one at risk when others have events?); merge small groups");
      }
      chi = c.quadratic(diff);
    }
    List<String> labels = codes.levels.stream().map(l -> group + "=" + l).toList();
    return new LogRank(labels, count, observed, expected, ChiSquareTest.of("log-rank", chi, Math.max(df, 0)));
  }

  /** The group labels ("group=value"), sorted by value. */
  public List<String> groups() {
    return groups;
  }

  /** Observed events per group. */
  public double[] observed() {
    return observed.clone();
  }

  /** Expected events per group under equal hazards. */
  public double[] expected() {
    return expected.clone();
  }

  /** The chi-square test. */
  public ChiSquareTest chiSquare() {
    return test;
  }

  /** Per group: N, observed, expected, (O−E)²/E, as R's {@code print(survdiff)}. */
  public Table table() {
    double[] ratio = new double[observed.length];
    for (int g = 0; g < ratio.length; g++) {
      ratio[g] = Math.pow(observed[g] - expected[g], 2) / expected[g];
    }
    return Table.create("log-rank", StringColumn.create("group", groups), IntColumn.create("N", n),
        DoubleColumn.create("observed", observed), DoubleColumn.create("expected", expected),
        DoubleColumn.create("(O-E)^2/E", ratio));
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-24s %6s %9s %9s\n", "", "N", "observed", "expected"));
    for (int g = 0; g < groups.size(); g++) {
      s.append(String.format(Locale.ROOT, "%-24s %6d %9.0f %9.2f\n", groups.get(g), n[g], observed[g], expected[g]));
    }
    return s.append(test).append("\n").toString();
  }

  /** Walks each stratum's event times with the numbers at risk and events per group. */
  private static final class RiskSetCounter {
    interface Visitor {
      void at(double[] atRisk, double[] deaths);
    }

    private final RiskSets sets;
    private final int[] group;
    private final int k;

    RiskSetCounter(double[] start, double[] stop, boolean[] event, int[] group, int k, int[] strata) {
      double[][] x = new double[stop.length][1];
      this.sets = new RiskSets(x, start, stop, event, strata, false);
      this.group = group;
      this.k = k;
    }

    void visit(Visitor visitor) {
      // the same walk as the Cox risk sets: rows enter when stop ≥ t and leave when start ≥ t
      int nStrata = sets.byStop.length;
      for (int s = 0; s < nStrata; s++) {
        double[] atRisk = new double[k];
        int ip = 0;
        int jp = 0;
        int[] bs = sets.byStop[s];
        int[] bt = sets.byStart[s];
        for (double t : sets.eventTimes[s]) {
          double[] deaths = new double[k];
          while (ip < bs.length && sets.stop[bs[ip]] >= t) {
            int i = bs[ip++];
            atRisk[group[i]]++;
            if (sets.event[i] && sets.stop[i] == t) {
              deaths[group[i]]++;
            }
          }
          while (jp < bt.length && sets.start[bt[jp]] >= t) {
            atRisk[group[bt[jp++]]]--;
          }
          visitor.at(atRisk.clone(), deaths);
        }
      }
    }
  }
}
