package org.treatylab.claims;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What counts as reproducing a stated number, parsed from the ledger's tolerance column: {@code exact}
 * (rounding to the paper's precision allowed), {@code ±k} in the claim's unit ({@code ±1 pp},
 * {@code ±3 states}, {@code ±0.25 years}), {@code ±k %} (relative), {@code lower bound} (the paper's
 * number is a minimum: "over 5,426"), {@code upper bound}.
 */
public record Tolerance(Kind kind, double amount, String text) {
  /** The kinds of tolerance. */
  public enum Kind {
    EXACT,
    ABSOLUTE,
    RELATIVE,
    LOWER_BOUND,
    UPPER_BOUND
  }

  private static final Pattern PLUS_MINUS = Pattern.compile("±\\s*([0-9.]+)\\s*(%?)");

  /** Parses the ledger's tolerance text; anything unrecognised counts as exact. */
  public static Tolerance parse(String text) {
    return parse(text, "");
  }

  /**
   * Parses the ledger's tolerance text for a claim stated in {@code unit}: a tolerance in months for a
   * claim in years (or the reverse) is converted; {@code p >= x} makes the stated value a lower bound
   * (a test's verdict: "not significant at 5 %"), {@code <=} an upper bound.
   */
  public static Tolerance parse(String text, String unit) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
    if (t.startsWith("lower bound") || t.contains(">=")) {
      return new Tolerance(Kind.LOWER_BOUND, 0, text);
    }
    if (t.startsWith("upper bound") || t.contains("<=")) {
      return new Tolerance(Kind.UPPER_BOUND, 0, text);
    }
    Matcher m = PLUS_MINUS.matcher(t);
    if (m.find()) {
      double k = Double.parseDouble(m.group(1));
      if (!m.group(2).isEmpty()) {
        return new Tolerance(Kind.RELATIVE, k / 100, text);
      }
      if (t.contains("month") && u.contains("year")) {
        k /= 12;
      } else if (t.contains("year") && u.contains("month")) {
        k *= 12;
      }
      return new Tolerance(Kind.ABSOLUTE, k, text);
    }
    return new Tolerance(Kind.EXACT, 0, text);
  }

  /**
   * Returns true when {@code computed} reproduces {@code stated}. Exact allows the rounding the paper
   * used: a stated whole number matches anything that rounds to it.
   */
  public boolean accepts(double stated, double computed) {
    return switch (kind) {
      case EXACT -> Math.abs(stated - computed) <= halfUnitOf(stated) + 1e-9;
      case ABSOLUTE -> Math.abs(stated - computed) <= amount + 1e-9;
      case RELATIVE -> Math.abs(stated - computed) <= Math.abs(stated) * amount + 1e-9;
      case LOWER_BOUND -> computed >= stated - 1e-9;
      case UPPER_BOUND -> computed <= stated + 1e-9;
    };
  }

  /** Half of the last stated digit: 36 → 0.5, 0.1 → 0.05, 5426 → 0.5. */
  static double halfUnitOf(double stated) {
    String s = Double.toString(Math.abs(stated));
    if (s.contains("E")) {
      return 0.5;
    }
    int dot = s.indexOf('.');
    String decimals = s.substring(dot + 1).replaceAll("0+$", "");
    return 0.5 * Math.pow(10, -decimals.length());
  }
}
