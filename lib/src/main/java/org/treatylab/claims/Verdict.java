package org.treatylab.claims;

import java.util.Locale;

/**
 * The verdict on one claim, in a vocabulary that cannot flatter. A verdict is never set by hand: a
 * {@link Ledger} derives it from the claim's tolerance (fixed from the paper's own precision before
 * computing), or records why the data cannot compare.
 */
public enum Verdict {
  /** Same quantity, same definition, within the tolerance fixed from the paper's precision. */
  REPRODUCED,
  /** Same quantity and definition, outside the tolerance. */
  DIFFERS,
  /** The data measure something else (a different year, unit or population): the note says what. */
  NOT_COMPARABLE,
  /** No data settle it: the note names the data that would, and where they were searched for. */
  NOT_COMPUTABLE,
  /**
   * No public record could settle it (the author's interviews, a postulated threshold, a mechanism, private
   * diplomacy): the note says why no record could. Counted apart from {@link #NOT_COMPUTABLE}, which
   * names a record that would settle the claim but is not in the project's data.
   */
  NO_PUBLIC_RECORD,
  /**
   * Only the paper's own arithmetic was checked, and it holds: the claim's value follows from the paper's
   * own inputs within the tolerance, but no input was compared with data (e.g. a cost recomputed from a
   * device count the paper states and no record gives). Counted apart from {@link #REPRODUCED}, which
   * compares the claim with data; arithmetic that does not hold is {@link #DIFFERS}.
   */
  ARITHMETIC_ONLY,
  /** Not a verdict: a computable claim that no notebook cell checked (a gap the tests flag). */
  NOT_CHECKED;

  /** Returns the verdict as shown and written: "reproduced", "not comparable", .... */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Returns the verdict with the given label.
   *
   * @throws IllegalArgumentException naming the labels for an unknown one
   */
  public static Verdict ofLabel(String label) {
    for (Verdict v : values()) {
      if (v.label().equals(label)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown verdict '" + label + "'; verdicts are reproduced, differs, "
        + "not comparable, not computable, no public record, arithmetic only, not checked");
  }
}
