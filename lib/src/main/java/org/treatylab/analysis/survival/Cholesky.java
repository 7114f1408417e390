package org.treatylab.analysis.survival;

/**
 * Cholesky (LDLᵀ) decomposition of a symmetric positive semi-definite matrix with a singularity
 * tolerance, as R's {@code coxph.control(toler.chol)}: a pivot below {@code tolerance} times the largest
 * diagonal element marks its column as linearly dependent on the earlier ones. Small matrices (one row
 * per covariate), so plain loops.
 */
final class Cholesky {
  /** R's default {@code toler.chol}: {@code .Machine$double.eps^0.75}. */
  static final double TOLERANCE = Math.pow(Math.ulp(1.0), 0.75);

  private final double[][] ld; // L below the diagonal, D on it
  private final int firstSingular;

  Cholesky(double[][] a, double tolerance) {
    int p = a.length;
    ld = new double[p][];
    for (int i = 0; i < p; i++) {
      ld[i] = a[i].clone();
    }
    double eps = 0;
    for (int i = 0; i < p; i++) {
      eps = Math.max(eps, Math.abs(ld[i][i]));
    }
    eps = eps == 0 ? tolerance : eps * tolerance;
    int singular = -1;
    for (int i = 0; i < p; i++) {
      double pivot = ld[i][i];
      if (!(pivot > eps)) {
        ld[i][i] = 0;
        for (int j = i + 1; j < p; j++) {
          ld[j][i] = 0;
        }
        if (singular < 0) {
          singular = i;
        }
        continue;
      }
      for (int j = i + 1; j < p; j++) {
        double t = ld[j][i] / pivot;
        ld[j][j] -= t * t * pivot;
        for (int k = j + 1; k < p; k++) {
          ld[k][j] -= t * ld[k][i];
        }
        ld[j][i] = t;
      }
    }
    firstSingular = singular;
  }

  /** Index of the first column found linearly dependent on earlier ones, or −1. */
  int firstSingular() {
    return firstSingular;
  }

  /** Solves {@code A x = b} (for a non-singular A). */
  double[] solve(double[] b) {
    int p = b.length;
    double[] x = b.clone();
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < i; j++) {
        x[i] -= ld[i][j] * x[j];
      }
    }
    for (int i = 0; i < p; i++) {
      x[i] = ld[i][i] == 0 ? 0 : x[i] / ld[i][i];
    }
    for (int i = p - 1; i >= 0; i--) {
      for (int j = i + 1; j < p; j++) {
        x[i] -= ld[j][i] * x[j];
      }
    }
    return x;
  }

  /** The inverse of A (for a non-singular A). */
  double[][] inverse() {
    int p = ld.length;
    double[][] inv = new double[p][p];
    for (int j = 0; j < p; j++) {
      double[] e = new double[p];
      e[j] = 1;
      double[] col = solve(e);
      for (int i = 0; i < p; i++) {
        inv[i][j] = col[i];
      }
    }
    // symmetrise against rounding
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < i; j++) {
        double m = (inv[i][j] + inv[j][i]) / 2;
        inv[i][j] = m;
        inv[j][i] = m;
      }
    }
    return inv;
  }

  /** The quadratic form {@code bᵀ A⁻¹ b}. */
  double quadratic(double[] b) {
    double[] x = solve(b);
    double s = 0;
    for (int i = 0; i < b.length; i++) {
      s += b[i] * x[i];
    }
    return s;
  }
}
