package org.treatylab.data.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence states a number, in digits ("5,695", "5695", "15.000", "6.29", "1%") or in English
 * words ("fifty", "twenty-eight", "third", "twenty-first"). Used to check that every curated row's quote
 * is the sentence that states the row's own value.
 */
public final class NumberMentions {
  private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen"};
  private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
      "ninety"};
  private static final String[] ORDINAL_ONES = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
      "sixteenth", "seventeenth", "eighteenth", "nineteenth"};

  private NumberMentions() {}

  // A number as written: digit groups of three after a comma, dot or no-break space, with an optional
  // decimal part, or a plain run of digits with an optional decimal part. "2016,1469000" is two numbers;
  // digits glued to a letter are a name, not a number ("LM2003", "X01").
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\d\\p{L}])(?:\\d{1,3}([,.\u00a0\u202f])\\d{3}(?:\\1\\d{3})*(?:\\.\\d+)?(?![\\d])|\\d+(?:\\.\\d+)?)(?![\\d])");

  /** Returns true when {@code text} states {@code value} in digits or words. */
  public static boolean states(String text, double value) {
    for (double n : numbers(text)) {
      if (Math.abs(n - value) < 1e-9 * Math.max(1, Math.abs(value))) {
        return true;
      }
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (value == Math.rint(value) && value >= 0 && value < 100) {
      for (String word : wordForms((int) value)) {
        if (Pattern.compile("(?<![a-z])" + Pattern.quote(word) + "(?![a-z])").matcher(lower).find()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns the numbers written in digits in {@code text}; "15.000" gives both 15000 (dot as thousands
   * separator, as some sources write) and 15.
   */
  static List<Double> numbers(String text) {
    List<Double> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String token = m.group();
      String sep = m.group(1);
      if (sep == null) {
        out.add(Double.parseDouble(token));
      } else if (sep.equals(".") && token.indexOf('.') == token.lastIndexOf('.')) {
        out.add(Double.parseDouble(token.replace(".", "")));
        out.add(Double.parseDouble(token));
      } else if (sep.equals(".")) {
        out.add(Double.parseDouble(token.replace(".", "")));
      } else {
        out.add(Double.parseDouble(token.replace(sep, "")));
      }
    }
    return out;
  }

  /** Cardinal and ordinal words for 0–99, with hyphen or space between tens and ones. */
  static List<String> wordForms(int n) {
    List<String> out = new ArrayList<>();
    if (n < 20) {
      out.add(ONES[n]);
      out.add(ORDINAL_ONES[n]);
    } else if (n % 10 == 0) {
      out.add(TENS[n / 10]);
      out.add(TENS[n / 10].replaceAll("y$", "ieth"));
    } else {
      for (String sep : List.of("-", " ")) {
        out.add(TENS[n / 10] + sep + ONES[n % 10]);
        out.add(TENS[n / 10] + sep + ORDINAL_ONES[n % 10]);
      }
    }
    return out;
  }
}
