package org.treatylab.analysis.adoption;

import org.treatylab.base.Checks;
import org.treatylab.base.Tables;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import tech.tablesaw.api.Table;

/**
 * A 2×2 contingency table {@code [[a, b], [c, d]]} with its tests of independence:
 *
 * <ul>
 *   <li>{@link #chiSquare()}: Pearson's {@code X² = Σ (O - E)² / E}, {@code E = row total × column total /
 *       N}, 1 degree of freedom (commons-math3 {@code ChiSquareTest});
 *   <li>{@link #chiSquareYates()}: with Yates's continuity correction, {@code Σ (max(0, |O - E| - ½))² / E};
 *   <li>{@link #fisher()}: Fisher's exact test, two-sided: the sum of the hypergeometric probabilities
 *       (commons-math3 {@code HypergeometricDistribution}, margins fixed) of all tables no more likely
 *       than the one observed (relative tolerance 10⁻⁷, as R's {@code fisher.test}).
 * </ul>
 *
 * <p>Use Fisher when an expected count is below 5 ({@link #minExpected()}).
 *
 * @param title what the table cross-classifies
 * @param rows the two row labels
 * @param columns the two column labels
 * @param counts the observed counts
 */
public record TwoByTwo(String title, String[] rows, String[] columns, long[][] counts) {
  /** Copies the labels and counts, so that the table cannot change after it is made. */
  public TwoByTwo {
    Checks.notNull(title, "title");
    Checks.notNull(rows, "rows");
    Checks.notNull(columns, "columns");
    Checks.notNull(counts, "counts");
    if (rows.length != 2 || columns.length != 2 || counts.length != 2 || counts[0].length != 2 || counts[1].length != 2) {
      throw new IllegalArgumentException("a 2×2 table needs 2 rows, 2 columns and 2×2 counts");
    }
    rows = rows.clone();
    columns = columns.clone();
    counts = new long[][] {counts[0].clone(), counts[1].clone()};
  }

  /** Returns the row labels (a copy). */
  @Override
  public String[] rows() {
    return rows.clone();
  }

  /** Returns the column labels (a copy). */
  @Override
  public String[] columns() {
    return columns.clone();
  }

  /** Returns the observed counts (a copy). */
  @Override
  public long[][] counts() {
    return new long[][] {counts[0].clone(), counts[1].clone()};
  }

  /** Returns the table {@code [[a, b], [c, d]]}. */
  public static TwoByTwo of(String title, String[] rows, String[] columns, long a, long b, long c, long d) {
    if (a < 0 || b < 0 || c < 0 || d < 0) {
      throw new IllegalArgumentException("counts are [[" + a + ", " + b + "], [" + c + ", " + d
          + "]]; pass counts of 0 or more");
    }
    return new TwoByTwo(title, rows.clone(), columns.clone(), new long[][] {{a, b}, {c, d}});
  }

  /** Returns the table {@code [[a, b], [c, d]]} with rows "row 1", "row 2" and columns "col 1", "col 2". */
  public static TwoByTwo of(long a, long b, long c, long d) {
    return of("2×2 table", new String[] {"row 1", "row 2"}, new String[] {"col 1", "col 2"}, a, b, c, d);
  }

  /**
   * Cross-tabulates two yes/no columns of a table (values {@code true}/{@code false}, as in the
   * Monitor's sub-Saharan lists): rows are {@code rowColumn} yes/no, columns {@code columnColumn}
   * yes/no. A row whose value is neither is an error naming the row, never silently dropped.
   *
   * @param table e.g. {@code Monitor.subSaharanLists().table()}
   * @param rowColumn e.g. {@code "lm2000_new_victims_1999_2000"}
   * @param columnColumn e.g. {@code "lm1999_ratified_by_1999_03_31"}
   */
  public static TwoByTwo crossTab(Table table, String rowColumn, String columnColumn) {
    Checks.notNull(table, "table");
    Checks.hasColumn(table, rowColumn, "rowColumn");
    Checks.hasColumn(table, columnColumn, "columnColumn");
    long[][] n = new long[2][2];
    for (int r = 0; r < table.rowCount(); r++) {
      n[yes(table, rowColumn, r) ? 0 : 1][yes(table, columnColumn, r) ? 0 : 1]++;
    }
    return of(
        rowColumn + " × " + columnColumn,
        new String[] {rowColumn + ": yes", rowColumn + ": no"},
        new String[] {columnColumn + ": yes", columnColumn + ": no"},
        n[0][0], n[0][1], n[1][0], n[1][1]);
  }

  private static boolean yes(Table t, String column, int row) {
    String v = t.column(column).getString(row).trim().toLowerCase(java.util.Locale.ROOT);
    return switch (v) {
      case "true", "yes", "y", "1" -> true;
      case "false", "no", "n", "0" -> false;
      default -> throw new IllegalArgumentException(
          "row " + (row + 1) + " of " + t.name() + ": column " + column + " is '" + v + "', not yes/no");
    };
  }

  /** Returns the total count N. */
  public long total() {
    return counts[0][0] + counts[0][1] + counts[1][0] + counts[1][1];
  }

  /** Returns the expected counts under independence: row total × column total / N. */
  public double[][] expected() {
    double n = total();
    double[][] e = new double[2][2];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        e[i][j] = (counts[i][0] + counts[i][1]) * (double) (counts[0][j] + counts[1][j]) / n;
      }
    }
    return e;
  }

  /** Returns the smallest expected count. */
  public double minExpected() {
    double[][] e = expected();
    return Math.min(Math.min(e[0][0], e[0][1]), Math.min(e[1][0], e[1][1]));
  }

  /**
   * Refuses a table with a row or column that sums to 0: its expected counts are 0 and the chi-square
   * statistic is 0/0.
   */
  private void requireMargins(String test) {
    for (int i = 0; i < 2; i++) {
      if (counts[i][0] + counts[i][1] == 0) {
        throw new IllegalArgumentException(test + " is undefined for " + this + ": row '" + rows[i]
            + "' sums to 0; pass a table with every row and column above 0 (or use fisher())");
      }
      if (counts[0][i] + counts[1][i] == 0) {
        throw new IllegalArgumentException(test + " is undefined for " + this + ": column '" + columns[i]
            + "' sums to 0; pass a table with every row and column above 0 (or use fisher())");
      }
    }
  }

  /**
   * Returns Pearson's chi-square test without continuity correction.
   *
   * @throws IllegalArgumentException when a row or column sums to 0
   */
  public Significance chiSquare() {
    requireMargins("Pearson chi-square");
    ChiSquareTest t = new ChiSquareTest();
    return new Significance("Pearson chi-square", t.chiSquare(counts), 1, t.chiSquareTest(counts), this);
  }

  /**
   * Returns Pearson's chi-square test with Yates's continuity correction.
   *
   * @throws IllegalArgumentException when a row or column sums to 0
   */
  public Significance chiSquareYates() {
    requireMargins("Pearson chi-square with Yates correction");
    double[][] e = expected();
    double x2 = 0;
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        double dev = Math.max(0, Math.abs(counts[i][j] - e[i][j]) - 0.5);
        x2 += dev * dev / e[i][j];
      }
    }
    double p = 1 - new ChiSquaredDistribution(1).cumulativeProbability(x2);
    return new Significance("Pearson chi-square with Yates correction", x2, 1, p, this);
  }

  /**
   * Returns Fisher's exact test, two-sided; the statistic is the probability of the observed table.
   *
   * @throws IllegalArgumentException for an empty table (N = 0)
   */
  public Significance fisher() {
    if (total() == 0) {
      throw new IllegalArgumentException("Fisher exact test is undefined for " + this + ": N = 0; pass a table with counts");
    }
    long a = counts[0][0];
    int n = (int) total();
    int row1 = (int) (counts[0][0] + counts[0][1]);
    int col1 = (int) (counts[0][0] + counts[1][0]);
    HypergeometricDistribution h = new HypergeometricDistribution(null, n, col1, row1);
    return new Significance("Fisher exact (two-sided)", h.probability((int) a), 0,
        org.treatylab.analysis.common.ExactTests.twoSidedP(h, (int) a), this);
  }

  /** Returns the three tests as a table: test, statistic, df, p value. */
  public Table tests() {
    Significance[] all = {chiSquare(), chiSquareYates(), fisher()};
    Table t = all[0].table();
    for (int i = 1; i < all.length; i++) {
      t.append(all[i].table());
    }
    return t.setName(title + ": tests of independence");
  }

  /** Returns observed and expected counts as a table: row label, then observed and expected per column. */
  public Table table() {
    double[][] e = expected();
    Tables.Builder<Integer> table = Tables.rows(title, 2).text("", i -> rows[i]);
    for (int j = 0; j < 2; j++) {
      final int col = j;
      table.number(columns[j], "count", i -> counts[i][col])
          .number(columns[j] + " (expected)", "count", i -> e[i][col]);
    }
    return table.build();
  }


  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%s: [[%d, %d], [%d, %d]] (rows %s / %s, columns %s / %s)", title, counts[0][0],
        counts[0][1], counts[1][0], counts[1][1], rows[0], rows[1], columns[0], columns[1]);
  }
}
