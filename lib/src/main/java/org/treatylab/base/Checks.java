package org.treatylab.base;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * Argument checks shared by the data, analysis and chart packages, so that every public call refuses
 * what it cannot answer with one message that names the argument, the value and the fix.
 */
public final class Checks {
  private Checks() {}

  /**
   * Returns {@code value}, or throws {@link NullPointerException} naming the argument.
   *
   * @param argument the parameter's name as the caller's Javadoc gives it
   */
  public static <T> T notNull(T value, String argument) {
    if (value == null) {
      throw new NullPointerException(argument + " is null; pass a value");
    }
    return value;
  }

  /**
   * Returns {@code date} when it is not after {@code statusDate}, else throws
   * {@link IllegalArgumentException}: "2027-07-07 is after the data's status date 2026-02-03".
   *
   * @param date the date asked about (not null)
   * @param argument the parameter's name, for the null message
   * @param statusDate the last date the data describe
   */
  public static LocalDate notAfter(LocalDate date, String argument, LocalDate statusDate) {
    notNull(date, argument);
    if (statusDate != null && date.isAfter(statusDate)) {
      throw new IllegalArgumentException(date + " is after the data's status date " + statusDate
          + " (" + argument + "); ask about a date up to " + statusDate);
    }
    return date;
  }

  /**
   * Returns {@code value} when it is a number from {@code low} to {@code high} (inclusive), else throws
   * {@link IllegalArgumentException}: "share is 1.5; pass a number from 0 to 1", "years is NaN; pass a
   * number of 0 or more". NaN is always refused; an infinite {@code high} means no upper bound (and
   * refuses infinity itself).
   *
   * @param argument the parameter's name as the caller's Javadoc gives it
   * @param fix what to pass instead, in words, or null for the range itself
   */
  public static double inRange(double value, String argument, double low, double high, String fix) {
    if (!(value >= low && value <= high) || Double.isInfinite(value)) {
      String range = fix != null ? fix : Double.isInfinite(high) ? "a number of " + number(low) + " or more"
          : "a number from " + number(low) + " to " + number(high);
      throw new IllegalArgumentException(argument + " is " + value + "; pass " + range);
    }
    return value;
  }

  /**
   * Returns {@code value} when it is at least {@code min}, else throws {@link IllegalArgumentException}:
   * "draws is 0; pass 1 or more (e.g. 10000)".
   *
   * @param argument the parameter's name as the caller's Javadoc gives it
   * @param example a sensible value, shown in the message, or null
   */
  public static long atLeast(long value, String argument, long min, String example) {
    if (value < min) {
      throw new IllegalArgumentException(argument + " is " + value + "; pass " + min + " or more"
          + (example == null ? "" : " (e.g. " + example + ")"));
    }
    return value;
  }

  /**
   * Throws {@link IllegalArgumentException} when {@code from} is after {@code to}: "from 2001-01-01 is
   * after to 2000-01-01; pass from ≤ to". Neither may be null.
   */
  public static void ordered(LocalDate from, String fromArgument, LocalDate to, String toArgument) {
    notNull(from, fromArgument);
    notNull(to, toArgument);
    if (from.isAfter(to)) {
      throw new IllegalArgumentException(fromArgument + " " + from + " is after " + toArgument + " " + to + "; pass "
          + fromArgument + " ≤ " + toArgument);
    }
  }


  /** A bound as a user would write it: 0, 1, 0.5. */
  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /**
   * Throws {@link IllegalArgumentException} unless the table has the column; the message lists the
   * table's columns and suggests the nearest one.
   */
  public static void hasColumn(Table table, String column, String argument) {
    notNull(column, argument);
    if (!table.columnNames().contains(column)) {
      throw new IllegalArgumentException("no column '" + column + "' (" + argument + ") in table '" + table.name()
          + "'; its columns are " + table.columnNames()
          + nearest(column.strip(), table.columnNames()).map(c -> " — did you mean " + c + "?").orElse(""));
    }
  }

  /**
   * Returns an {@link IllegalArgumentException} for a name the data do not hold, in the style "unknown
   * measure 'civillian' — did you mean civilian? (known: child, civilian)". The suggestion is the known
   * name nearest to {@code given} ({@link #nearest}: a name it starts, or one a few edits away, any case,
   * surrounding blanks ignored); the message lists the known names when there are few, else counts them
   * and names {@code listedBy}, the call that lists them.
   *
   * @param what what the argument is, as a user would say it ("evidence figure", "cost parameter id")
   * @param given the value passed (not null: check it with {@link #notNull} first)
   * @param known the names the data hold
   * @param listedBy the call or file that lists the known names, or null
   */
  public static IllegalArgumentException unknown(String what, String given, Collection<String> known, String listedBy) {
    return unknown(what, null, given, known, listedBy);
  }

  /**
   * As {@link #unknown(String, String, Collection, String)}, naming the parameter too when the call takes
   * several of one kind: "unknown area id 'chechyna' (partId) — did you mean chechnya? …".
   *
   * @param argument the parameter's name as the caller's Javadoc gives it, or null
   */
  public static IllegalArgumentException unknown(String what, String argument, String given, Collection<String> known,
      String listedBy) {
    SortedSet<String> names = new TreeSet<>(known);
    String hint = given.isBlank() ? "" : nearest(given.strip(), names).map(n -> " — did you mean " + n + "?").orElse("");
    String list = names.size() <= MAX_LISTED ? " (known: " + String.join(", ", names) + ")"
        : " (" + names.size() + " known, e.g. " + String.join(", ", List.copyOf(names).subList(0, 5))
            + (listedBy == null ? "" : "; " + listedBy + " lists them all") + ")";
    return new IllegalArgumentException("unknown " + what + " '" + given + "'" + (argument == null ? "" : " (" + argument + ")")
        + hint + list);
  }

  /** Known names listed in full in an {@link #unknown} message up to this many. */
  private static final int MAX_LISTED = 40;

  /**
   * Returns {@code year} when {@code years} holds it, else throws {@link IllegalArgumentException} naming
   * the argument, the value and the years that can be asked about: "dataYear 2030 is after the last year
   * of monitor_casualties (2024); ask about 1999–2024", "dataYear 1950 is before the first year of …",
   * or, for a year inside the range with no row, "dataYear 2004 is not in … (a gap); it holds 2001–2003,
   * 2005, 2006".
   *
   * @param year the year asked about
   * @param argument the parameter's name as the caller's Javadoc gives it
   * @param years the years the data hold
   * @param series what the years are of, e.g. the dataset's name
   */
  public static int yearIn(int year, String argument, Collection<Integer> years, String series) {
    SortedSet<Integer> held = new TreeSet<>(years);
    if (held.contains(year)) {
      return year;
    }
    if (held.isEmpty()) {
      throw new IllegalArgumentException(argument + " " + year + ": " + series + " holds no years");
    }
    String ask = "ask about " + yearList(held);
    if (year > held.last()) {
      throw new IllegalArgumentException(argument + " " + year + " is after the last year of " + series + " ("
          + held.last() + "); " + ask);
    }
    if (year < held.first()) {
      throw new IllegalArgumentException(argument + " " + year + " is before the first year of " + series + " ("
          + held.first() + "); " + ask);
    }
    throw new IllegalArgumentException(argument + " " + year + " is a gap in " + series + ": no row for it; " + ask);
  }

  /**
   * Returns years as runs, e.g. "1999–2024" or "2001–2003, 2005, 2006": three or more consecutive years
   * as a range, others one by one.
   */
  public static String yearList(Collection<Integer> years) {
    List<Integer> sorted = List.copyOf(new TreeSet<>(years));
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
        j++;
      }
      if (out.length() > 0) {
        out.append(", ");
      }
      if (j - i >= 2) {
        out.append(sorted.get(i)).append('–').append(sorted.get(j));
        i = j + 1;
      } else {
        out.append(sorted.get(i));
        i++;
      }
    }
    return out.toString();
  }

  /**
   * Returns the candidate nearest to {@code wrong} by edit distance (case-insensitive), if close enough;
   * of equally distant ones, the one sharing the longest start with {@code wrong} ("treaty.csv" suggests
   * treaties.csv, not areas.csv), then the first in alphabetical order.
   */
  public static Optional<String> nearest(String wrong, Collection<String> candidates) {
    String w = wrong.toLowerCase(Locale.ROOT);
    return candidates.stream()
        .filter(c -> c.toLowerCase(Locale.ROOT).startsWith(w) || w.startsWith(c.toLowerCase(Locale.ROOT))
            || distance(w, c.toLowerCase(Locale.ROOT)) <= Math.max(1, w.length() / 3))
        .min(Comparator.comparingInt((String c) -> distance(w, c.toLowerCase(Locale.ROOT)))
            .thenComparingInt(c -> -commonStart(w, c.toLowerCase(Locale.ROOT)))
            .thenComparing(c -> c));
  }

  /** The length of the longest common start of two strings. */
  private static int commonStart(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
