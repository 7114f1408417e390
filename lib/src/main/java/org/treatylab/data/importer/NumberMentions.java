package org.treatylab.data.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence states a number: the one reader behind every "does this quote state this row's
 * value?" check of the importers (Landmine Monitor, events, claims evidence).
 *
 * <p>A value is stated when the sentence writes it in digits, with or without thousands separators
 * ("5426", "5,426", "15.000", "11 700"; "281.50" for 281.5), scaled by a word ("110 million", "$2.5
 * billion", the ends of a range: "60-70 million", "$50- to $100-billion"), as a money amount in cents
 * ("40 cents" for US$0.40), or in English words ("forty-six", "ninety"). Ordinals ("twenty-first") state a
 * rank only ({@link #statesRank}) and fractions in words ("three quarters") a percentage only
 * ({@link #statesShare}): "the first country" is not a count of one, "one-third" is not exactly 33 %.
 * Anything else — "more than 40" for 41, a sum or a difference — is an interpretation that the curated row
 * must name in its {@code derivation} column.
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
  private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9);
  /** Fractions in words that are exactly a whole percentage; "one-third" (33.3…) is not among them. */
  private static final Map<String, Integer> EXACT_FRACTIONS = Map.of("half", 50, "a quarter", 25, "one quarter", 25,
      "three quarters", 75, "one fifth", 20, "two fifths", 40, "three fifths", 60, "four fifths", 80, "one tenth", 10);

  private NumberMentions() {}

  // A number as written: digit groups of three after a comma, dot, space or no-break space, with an
  // optional decimal part, or a plain run of digits with an optional decimal part. "2016,1469000" is two
  // numbers; digits after a Latin letter are a name, not a number ("LM2003", "X01", "km2"), and "21st" is a rank.
  private static final String NUMBER_TEXT =
      "(?<![\\d\\p{IsLatin}])(?:\\d{1,3}([,.\u00a0\u202f ])\\d{3}(?:\\1\\d{3})*(?:\\.\\d+)?(?![\\d])|\\d+(?:\\.\\d+)?)(?!\\d|(?:st|nd|rd|th)\\b)";
  private static final Pattern NUMBER = Pattern.compile(NUMBER_TEXT);
  // A number, or a range of two, followed by a scale word: "110 million", "60-70 million", "$50- to $100-billion".
  private static final Pattern SCALED = Pattern.compile("(\\d[\\d,.]*)(?:\\s*[-–]\\s*(?:to\\s*)?\\$?(\\d[\\d,.]*))?[\\s-]*"
      + "(thousand|million|billion)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CENTS = Pattern.compile("(?<![\\d.,])(\\d+)\\s*cents\\b", Pattern.CASE_INSENSITIVE);

  /** Returns true when {@code text} states {@code value} in digits, scaled digits, cents or cardinal words. */
  public static boolean states(String text, double value) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    for (double n : numbers(text)) {
      if (same(n, value)) {
        return true;
      }
    }
    Matcher cents = CENTS.matcher(text);
    while (cents.find()) {
      if (same(Double.parseDouble(cents.group(1)) / 100, value)) {
        return true;
      }
    }
    return value == Math.rint(value) && value >= 0 && value < 100 && hasWord(text, cardinalWords((int) value));
  }

  /**
   * Returns true when {@code text} states the rank {@code value}: as {@link #states} does, or as an ordinal
   * ("the third conference", "21st"). An ordinal that is the denominator of a fraction ("more than a third",
   * "one-fifth", "two thirds") states no rank.
   */
  public static boolean statesRank(String text, double value) {
    if (states(text, value)) {
      return true;
    }
    if (text == null || value != Math.rint(value) || value < 0 || value >= 100) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT).replace('-', ' ');
    for (String word : ordinalWords((int) value)) {
      Matcher m = Pattern.compile("(?<![a-z0-9])" + Pattern.quote(word.replace('-', ' ')) + "(?![a-z])").matcher(lower);
      while (m.find()) {
        if (value < 3 || !FRACTION_BEFORE.matcher(lower.substring(0, m.start())).find()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words before an ordinal that make it a fraction: "a third", "one fifth", "two thirds" (1 and 2 are no denominators). */
  private static final Pattern FRACTION_BEFORE = Pattern.compile("(?:^|[^a-z])(?:a|an|one|two|three|four|five|six|seven|eight|nine|\\d+)\\s+$");

  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");
  private static final String MONTH_NAME = String.join("|", MONTHS);
  // A month's name (capitalised: "may" is a verb) with its year: "July 2008", "13 September 1995",
  // "July 9, 2008", and either month of a dated range whose year follows the second: "25 September to 13 October 1995".
  private static final Pattern MONTH_WITH_YEAR = Pattern.compile("(?<![A-Za-z])(" + MONTH_NAME + ")(?![A-Za-z])"
      + "(?=(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?"
      + "(?:\\s*(?:-|–|to|until)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:" + MONTH_NAME + ")(?:\\s+\\d{1,2},?)?)?"
      + "\\s+(\\d{4})(?!\\d))");

  /**
   * Returns true when {@code text} states month {@code month} (1-12) of {@code year}: the month's name with
   * that year ("July 2008", "13 September 1995", "July 9, 2008"), or the first or last month of a dated
   * range the year closes ("25 September to 13 October 1995"). A month's name without its year ("(19-30
   * May)"), with another year, or a month number in digits states no month: a bare "7" is no date.
   */
  public static boolean statesMonth(String text, double month, int year) {
    if (text == null || month != Math.rint(month) || month < 1 || month > 12) {
      return false;
    }
    Matcher m = MONTH_WITH_YEAR.matcher(text);
    while (m.find()) {
      if (MONTHS.indexOf(m.group(1)) + 1 == (int) month && Integer.parseInt(m.group(2)) == year) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns true when {@code text} states the percentage {@code percent}: as {@link #states} does, or as a
   * fraction in words that is exactly it ("three quarters" for 75, "one-fifth" for 20, "half" for 50).
   */
  public static boolean statesShare(String text, double percent) {
    if (states(text, percent)) {
      return true;
    }
    for (Map.Entry<String, Integer> f : EXACT_FRACTIONS.entrySet()) {
      if (f.getValue() == percent && hasWord(text, List.of(f.getKey()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(double a, double b) {
    return Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(b));
  }

  private static boolean hasWord(String text, List<String> words) {
    String lower = text.toLowerCase(Locale.ROOT).replace('-', ' ');
    for (String word : words) {
      if (Pattern.compile("(?<![a-z])" + Pattern.quote(word.replace('-', ' ')) + "(?![a-z])").matcher(lower).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the numbers written in digits in {@code text}, and each scaled by a following scale word.
   * A token with a dot or space between digit groups gives both readings: "15.000" is 15000 and 15;
   * "1997 100" is 1997100, 1997 and 100.
   */
  static List<Double> numbers(String text) {
    String s = text.replace('\u2009', ' ');
    List<Double> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(s);
    while (m.find()) {
      String token = m.group();
      String sep = m.group(1);
      if (sep == null) {
        out.add(Double.parseDouble(token));
        continue;
      }
      out.add(Double.parseDouble(token.replace(sep, "")));
      if (sep.equals(".") && token.indexOf('.') == token.lastIndexOf('.')) {
        out.add(Double.parseDouble(token)); // a dot may be a decimal point: "6.290"
      } else if (!sep.equals(".") && !sep.equals(",")) {
        for (String part : token.split(Pattern.quote(sep))) {
          out.add(Double.parseDouble(part)); // a space may part two numbers: "in 1997 100 states"
        }
      }
    }
    Matcher scaled = SCALED.matcher(s);
    while (scaled.find()) {
      double scale = SCALES.get(scaled.group(3).toLowerCase(Locale.ROOT));
      for (int g = 1; g <= 2; g++) {
        String n = scaled.group(g);
        if (n != null && n.matches("\\d+(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?")) {
          out.add(Double.parseDouble(n.replace(",", "")) * scale);
        }
      }
    }
    return out;
  }

  /** Cardinal words for 0–99, with hyphen or space between tens and ones. */
  static List<String> cardinalWords(int n) {
    if (n < 20) {
      return List.of(ONES[n]);
    }
    return List.of(TENS[n / 10] + (n % 10 == 0 ? "" : "-" + ONES[n % 10]));
  }

  /** Ordinal words for 0–99 ("twenty-first", "fiftieth"), and the digit form with its suffix ("21st"). */
  static List<String> ordinalWords(int n) {
    String word = n < 20 ? ORDINAL_ONES[n]
        : n % 10 == 0 ? TENS[n / 10].replaceAll("y$", "ieth") : TENS[n / 10] + "-" + ORDINAL_ONES[n % 10];
    String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return List.of(word, n + suffix);
  }
}
