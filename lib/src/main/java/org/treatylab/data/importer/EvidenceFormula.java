package org.treatylab.data.importer;

import java.util.Map;
import java.util.function.Function;

/**
 * The arithmetic of a derived evidence value, e.g. {@code (1 - {rub-usd.1998-08-14} / {rub-usd.1998-09-09}) * 100}:
 * numbers, references to other values in braces, {@code + - * /} and brackets. Evaluated by the importer
 * so that no derived number is typed in by hand.
 */
final class EvidenceFormula {
  private final String text;
  private final Function<String, Double> lookup;
  private int pos;

  private EvidenceFormula(String text, Function<String, Double> lookup) {
    this.text = text;
    this.lookup = lookup;
  }

  /**
   * Evaluates a formula.
   *
   * @param text the formula
   * @param lookup the value of a referenced value id; throws {@link IllegalArgumentException} for an unknown id
   * @throws IllegalArgumentException on a syntax error, an unknown reference or a division by zero
   */
  static double evaluate(String text, Function<String, Double> lookup) {
    EvidenceFormula f = new EvidenceFormula(text, lookup);
    double v = f.sum();
    f.skipSpaces();
    if (f.pos != text.length()) {
      throw new IllegalArgumentException("unexpected '" + text.substring(f.pos) + "' in formula");
    }
    return v;
  }

  /** Returns the formula with each {reference} replaced by its value, for the derivation text. */
  static String substitute(String text, Map<String, String> shown) {
    String out = text;
    for (Map.Entry<String, String> e : shown.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", e.getValue());
    }
    return out;
  }

  private double sum() {
    double v = product();
    while (true) {
      skipSpaces();
      if (eat('+')) {
        v += product();
      } else if (eat('-')) {
        v -= product();
      } else {
        return v;
      }
    }
  }

  private double product() {
    double v = atom();
    while (true) {
      skipSpaces();
      if (eat('*')) {
        v *= atom();
      } else if (eat('/')) {
        double d = atom();
        if (d == 0) {
          throw new IllegalArgumentException("division by zero in formula");
        }
        v /= d;
      } else {
        return v;
      }
    }
  }

  private double atom() {
    skipSpaces();
    if (eat('(')) {
      double v = sum();
      skipSpaces();
      if (!eat(')')) {
        throw new IllegalArgumentException("missing ')' in formula");
      }
      return v;
    }
    if (eat('{')) {
      int close = text.indexOf('}', pos);
      if (close < 0) {
        throw new IllegalArgumentException("missing '}' in formula");
      }
      String ref = text.substring(pos, close);
      pos = close + 1;
      return lookup.apply(ref);
    }
    int start = pos;
    while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
      pos++;
    }
    if (start == pos) {
      throw new IllegalArgumentException("expected a number, {value_id} or '(' at '" + text.substring(start) + "'");
    }
    return Double.parseDouble(text.substring(start, pos));
  }

  private boolean eat(char c) {
    if (pos < text.length() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void skipSpaces() {
    while (pos < text.length() && text.charAt(pos) == ' ') {
      pos++;
    }
  }
}
