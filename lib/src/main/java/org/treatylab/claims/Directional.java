package org.treatylab.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treatylab.base.Checks;

/**
 * The one rule for directional claims ("more likely", "higher", "faster", "wider", "earlier", "slowed"):
 * a claim is reproduced only when the effect lies in the stated direction <em>and</em> a named test
 * rejects "no difference" at the level {@link #ALPHA} = 0.05, fixed before computing. An effect in the
 * stated direction that the test does not support is recorded as {@value #NOT_SIGNIFICANT} (the
 * ledger's verdict "differs"), one wording for every directional row; an effect against the stated
 * direction as "opposite direction". The tests themselves come from library code
 * ({@link org.treatylab.analysis.adoption.TwoByTwo#fisher()}, {@link org.treatylab.analysis.survival.LogRank},
 * a conditional binomial test of two Poisson rates); the data are those of the calling {@link Definitions}
 * method.
 */
public final class Directional {
  private Directional() {}

  /** The level every directional claim is tested at, fixed before computing. */
  public static final double ALPHA = 0.05;

  /** The one wording for an effect in the stated direction that the test does not support. */
  public static final String NOT_SIGNIFICANT = "direction holds, not significant";

  /** The wording for an effect against the stated direction. */
  public static final String OPPOSITE = "opposite direction";

  /**
   * One comparison: whether the effect lies in the stated direction, and the test of "no difference".
   *
   * @param name the comparison in words, e.g. "MBT vs APII"
   * @param inDirection true when the effect lies in the stated direction
   * @param test the test's name, e.g. "Fisher exact (two-sided)"
   * @param p the test's p value
   */
  public record Comparison(String name, boolean inDirection, String test, double p) {
    /** Checks the fields: a p value is a probability. */
    public Comparison {
      Checks.notNull(name, "name");
      Checks.notNull(test, "test");
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException(name + ": p value " + p + " is not a probability; pass the test's p in [0, 1]");
      }
    }

    /** Returns true when the effect is in the stated direction and p &lt; {@link #ALPHA}. */
    public boolean holds() {
      return inDirection && p < ALPHA;
    }

    /** Returns the comparison's outcome: {@code word}, {@value #NOT_SIGNIFICANT} or {@value #OPPOSITE}. */
    public String outcome(String word) {
      return holds() ? word : inDirection ? NOT_SIGNIFICANT : OPPOSITE;
    }

    /** Returns e.g. "MBT vs APII: log-rank p = 0.0001". */
    public String described() {
      return name + ": " + test + " p " + formatP(p);
    }
  }

  /**
   * The verdict text of one comparison: {@code word} when the effect is in the stated direction and
   * significant at {@link #ALPHA}, else {@value #NOT_SIGNIFICANT} or {@value #OPPOSITE}.
   */
  public static String verdict(String word, Comparison c) {
    requireWord(word);
    Checks.notNull(c, "comparison");
    return c.outcome(word);
  }

  /**
   * The verdict text of two comparisons claimed together ("both faster"): "both " + {@code word} when both
   * hold, else each failing comparison named under its outcome, e.g. "direction holds, not significant:
   * CCM vs PV".
   */
  public static String both(String word, Comparison first, Comparison second) {
    requireWord(word);
    Checks.notNull(first, "first");
    Checks.notNull(second, "second");
    if (first.holds() && second.holds()) {
      return "both " + word;
    }
    List<String> notSignificant = new ArrayList<>();
    List<String> opposite = new ArrayList<>();
    for (Comparison c : List.of(first, second)) {
      if (!c.holds()) {
        (c.inDirection() ? notSignificant : opposite).add(c.name());
      }
    }
    List<String> parts = new ArrayList<>();
    if (!opposite.isEmpty()) {
      parts.add(OPPOSITE + ": " + String.join(", ", opposite));
    }
    if (!notSignificant.isEmpty()) {
      parts.add(NOT_SIGNIFICANT + ": " + String.join(", ", notSignificant));
    }
    return String.join("; ", parts);
  }

  /** Returns the rule in words for a quantity, e.g. "rule: stated direction and log-rank p < 0.05". */
  public static String rule(String test) {
    return "rule: the stated direction and " + test + " p < " + ALPHA;
  }

  /** Formats a p value: "= 0.63", "< 0.0001". */
  static String formatP(double p) {
    return p < 1e-4 ? "< 0.0001" : String.format(Locale.ROOT, "= %.4f", p).replaceAll("0+$", "").replaceAll("\\.$", ".0");
  }

  private static void requireWord(String word) {
    Checks.notNull(word, "word");
    if (word.isBlank()) {
      throw new IllegalArgumentException("word is blank; pass the claim's word for the direction, e.g. \"higher\"");
    }
  }
}
