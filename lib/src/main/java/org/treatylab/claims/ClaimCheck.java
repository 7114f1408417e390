package org.treatylab.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A paper's number next to the project's, with a verdict: the unit of a reproduction. Made and kept by
 * a {@link Ledger}, never set by hand.
 *
 * @param claim the claim checked
 * @param computed the project's value(s), in the order the paper states them (empty for text)
 * @param computedText the project's value when it is not a number (a date, a status), else empty
 * @param verdict the verdict (see {@link Verdict})
 * @param reason the comparison in words: stated vs computed and the tolerance; or what the data measure
 *     instead (not comparable); or what would settle it (not computable)
 * @param how the quantity computed: what was counted, over which window and denominator
 * @param rowsUsed the dataset rows the value was computed from (dataset, filter, row count)
 */
public record ClaimCheck(
    Claim claim, List<Double> computed, String computedText, Verdict verdict, String reason, String how,
    String rowsUsed) {

  static ClaimCheck of(Claim claim, double[] computed, String how, String rowsUsed) {
    List<Double> stated = claim.numbers();
    if (stated.size() != computed.length) {
      throw new IllegalArgumentException(
          claim.id() + " states " + stated.size() + " value(s) (" + claim.values() + ") but "
              + computed.length + " were given");
    }
    Tolerance tolerance = Tolerance.parse(claim.tolerance(), claim.unit());
    boolean all = true;
    List<String> parts = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < computed.length; i++) {
      if (!Double.isFinite(computed[i])) {
        throw new IllegalArgumentException(claim.id() + ": computed value " + (i + 1) + " is " + computed[i]
            + "; a value the data cannot give is recorded with Ledger.notComputable, not as a number");
      }
      boolean ok = tolerance.accepts(stated.get(i), computed[i]);
      all &= ok;
      values.add(computed[i]);
      parts.add("paper " + format(stated.get(i), claim.unit()) + ", data " + format(computed[i], claim.unit())
          + (ok ? "" : " (outside)"));
    }
    String reason = String.join("; ", parts) + " " + claim.unit() + " — tolerance: " + claim.tolerance();
    return new ClaimCheck(claim, values, "", all ? Verdict.REPRODUCED : Verdict.DIFFERS, reason, how, rowsUsed);
  }

  static ClaimCheck ofText(Claim claim, String computed, String how, String rowsUsed) {
    boolean ok = claim.values().trim().equalsIgnoreCase(computed.trim());
    String reason = "paper " + claim.values() + ", data " + computed;
    return new ClaimCheck(claim, List.of(), computed, ok ? Verdict.REPRODUCED : Verdict.DIFFERS, reason, how,
        rowsUsed);
  }

  /** Formats a number in a claim's unit: years without a thousands separator. */
  public static String format(double v, String unit) {
    boolean year = unit != null && unit.toLowerCase(Locale.ROOT).matches("(?s).*\\byear\\b.*") && v >= 1000 && v < 3000;
    return year && Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString((long) Math.rint(v)) : format(v);
  }

  /** Formats a number as a reader expects: no trailing zeros, at most two decimals. */
  public static String format(double v) {
    if (Math.abs(v - Math.rint(v)) < 1e-9) {
      return String.format(Locale.ROOT, "%,d", (long) Math.rint(v));
    }
    return String.format(Locale.ROOT, "%,.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  /** Returns the computed value(s) as text, as shown in the ledger. */
  public String computedAsText() {
    if (!computedText.isEmpty()) {
      return computedText;
    }
    List<String> out = new ArrayList<>();
    computed.forEach(v -> out.add(format(v, claim.unit())));
    return String.join("; ", out);
  }

  @Override
  public String toString() {
    return claim.id() + ": " + verdict.label() + " — " + reason + (how.isEmpty() ? "" : " [" + how + "]");
  }
}
