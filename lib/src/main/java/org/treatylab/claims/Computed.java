package org.treatylab.claims;

import org.treatylab.base.Checks;

/**
 * A claim's value as one of the {@link Definitions} computes it from the datasets, with the quantity in
 * words and the dataset rows used, before the {@link Ledger} judges it: {@code ledger.check(id,
 * Definitions.slowedAfterSigning(mbt, ccm))}. The ledger gives the verdict by the same rules as for its
 * other checks; a definition never sets a verdict.
 *
 * @param kind what was computed
 * @param values the values, in the order the paper states them (empty for text and not computable)
 * @param text the value as text (for {@link Kind#TEXT}), else ""
 * @param quantity the quantity computed in one sentence; for {@link Kind#NOT_COMPARABLE} what the data
 *     measure instead, for {@link Kind#NOT_COMPUTABLE} why the data do not settle the claim
 * @param rowsUsed the dataset rows the value was computed from
 */
public record Computed(Kind kind, double[] values, String text, String quantity, String rowsUsed) {

  /** What a definition computed. */
  public enum Kind {
    /** Numbers, compared with the claim's within its tolerance ({@link Ledger#check(String, String, String, double...)}). */
    NUMBERS,
    /** A text, compared exactly ({@link Ledger#checkText(String, String, String, String)}). */
    TEXT,
    /**
     * Numbers recomputed from the paper's own inputs only, compared as {@link #NUMBERS}; the ledger marks
     * a match {@link Verdict#ARITHMETIC_ONLY}, not reproduced ({@link Ledger#checkArithmetic}).
     */
    ARITHMETIC,
    /** Values of another quantity than the claim's ({@link Ledger#notComparable}). */
    NOT_COMPARABLE,
    /** Nothing the data can settle ({@link Ledger#notComputable}). */
    NOT_COMPUTABLE
  }

  /** Checks the fields and copies the values. */
  public Computed {
    Checks.notNull(kind, "kind");
    Checks.notNull(values, "values");
    Checks.notNull(text, "text");
    Checks.notNull(quantity, "quantity");
    Checks.notNull(rowsUsed, "rowsUsed");
    values = values.clone();
  }

  /** Returns numbers of the claim's quantity. */
  public static Computed numbers(String quantity, String rowsUsed, double... values) {
    return new Computed(Kind.NUMBERS, values, "", quantity, rowsUsed);
  }

  /**
   * Returns numbers recomputed from the paper's own inputs only: {@code quantity} names the paper's inputs
   * that no record checks.
   */
  public static Computed arithmetic(String quantity, String rowsUsed, double... values) {
    return new Computed(Kind.ARITHMETIC, values, "", quantity, rowsUsed);
  }

  /** Returns a text (a date, a status, a list of names) of the claim's quantity. */
  public static Computed text(String text, String quantity, String rowsUsed) {
    return new Computed(Kind.TEXT, new double[0], text, quantity, rowsUsed);
  }

  /** Returns values of another quantity: {@code whatTheDataMeasure} says which. */
  public static Computed notComparable(String whatTheDataMeasure, String rowsUsed, double... values) {
    return new Computed(Kind.NOT_COMPARABLE, values, "", whatTheDataMeasure, rowsUsed);
  }

  /** Returns that the data cannot settle the claim: {@code why} says what they give instead. */
  public static Computed notComputable(String why, String rowsUsed) {
    return new Computed(Kind.NOT_COMPUTABLE, new double[0], "", why, rowsUsed);
  }

  /** Returns the values (a copy). */
  @Override
  public double[] values() {
    return values.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Computed c && c.kind == kind && java.util.Arrays.equals(c.values, values)
        && c.text.equals(text) && c.quantity.equals(quantity) && c.rowsUsed.equals(rowsUsed);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(kind, java.util.Arrays.hashCode(values), text, quantity, rowsUsed);
  }

  @Override
  public String toString() {
    String value = kind == Kind.TEXT ? text : kind == Kind.NOT_COMPUTABLE ? "not computable"
        : java.util.Arrays.stream(values).mapToObj(ClaimCheck::format).collect(java.util.stream.Collectors.joining("; "));
    return value + " [" + quantity + "] (" + rowsUsed + ")";
  }
}
