package org.treatylab.analysis.common;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.IntegerDistribution;

/**
 * Exact tests on discrete distributions (commons-math3): the two-sided p value shared by Fisher's exact
 * test ({@code TwoByTwo.fisher()}) and the exact test of two Poisson rates. No data of its own.
 */
public final class ExactTests {
  private ExactTests() {}

  /**
   * The two-sided p value of an observed count: the sum of the probabilities of every outcome no more
   * likely than the observed one (with a relative tolerance of 1e-7, so that ties in floating point
   * count as ties), at most 1.
   *
   * @param d the distribution of the count under the null hypothesis
   * @param observed the observed count
   */
  public static double twoSidedP(IntegerDistribution d, int observed) {
    double pObserved = d.probability(observed);
    double p = 0;
    for (int x = d.getSupportLowerBound(); x <= d.getSupportUpperBound(); x++) {
      double px = d.probability(x);
      if (px <= pObserved * (1 + 1e-7)) {
        p += px;
      }
    }
    return Math.min(1, p);
  }

  /**
   * The exact conditional test that two Poisson counts have the same rate: given {@code a + b} events,
   * {@code a} is binomial with probability {@code exposureA / (exposureA + exposureB)}; two-sided p (the
   * sum of the probabilities no larger than the observed one, as for Fisher's test).
   *
   * @throws IllegalArgumentException for a negative count or an exposure not above 0
   */
  public static double poissonRatesP(long a, double exposureA, long b, double exposureB) {
    if (a < 0 || b < 0) {
      throw new IllegalArgumentException("counts " + a + " and " + b + " must not be negative; pass event counts");
    }
    if (!(exposureA > 0) || !(exposureB > 0)) {
      throw new IllegalArgumentException("exposures " + exposureA + " and " + exposureB
          + " must be above 0; pass the lengths of the two periods, e.g. in days");
    }
    int n = Math.toIntExact(a + b);
    if (n == 0) {
      return 1;
    }
    return twoSidedP(new BinomialDistribution(null, n, exposureA / (exposureA + exposureB)), (int) a);
  }
}
