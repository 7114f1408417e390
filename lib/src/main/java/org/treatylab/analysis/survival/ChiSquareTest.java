package org.treatylab.analysis.survival;

import java.util.Locale;
import org.apache.commons.math3.special.Gamma;

/**
 * A chi-square test result: its name, statistic, degrees of freedom and upper-tail p-value (computed
 * as the regularized upper incomplete gamma function, so small p-values keep their precision, as R's
 * {@code pchisq(x, df, lower.tail = FALSE)}).
 *
 * @param name what was tested ("likelihood ratio", "log-rank", a covariate's name, "GLOBAL")
 * @param statistic the chi-square statistic
 * @param df degrees of freedom
 * @param p the p-value
 */
public record ChiSquareTest(String name, double statistic, int df, double p) {
  static ChiSquareTest of(String name, double statistic, int df) {
    double p = df <= 0 ? Double.NaN : statistic <= 0 ? 1 : Gamma.regularizedGammaQ(df / 2.0, statistic / 2.0);
    return new ChiSquareTest(name, statistic, df, p);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s = %.4f on %d df, p = %s", name, statistic, df, formatP(p));
  }

  /** A p-value as R prints it: 4 significant digits, and "< 2e-16" below that. */
  static String formatP(double p) {
    if (Double.isNaN(p)) {
      return "NA";
    }
    return p < 2e-16 ? "< 2e-16" : String.format(Locale.ROOT, "%.4g", p);
  }
}
