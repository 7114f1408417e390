package org.treatylab.data;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
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
   * Throws {@link IllegalArgumentException} unless the table has the column; the message lists the
   * table's columns.
   */
  public static void hasColumn(Table table, String column, String argument) {
    notNull(column, argument);
    if (!table.columnNames().contains(column)) {
      throw new IllegalArgumentException("no column '" + column + "' (" + argument + ") in table '" + table.name()
          + "'; its columns are " + table.columnNames());
    }
  }

  /** Returns the candidate nearest to {@code wrong} by edit distance (case-insensitive), if close enough. */
  static Optional<String> nearest(String wrong, Collection<String> candidates) {
    String w = wrong.toLowerCase(Locale.ROOT);
    return candidates.stream()
        .filter(c -> c.toLowerCase(Locale.ROOT).startsWith(w) || w.startsWith(c.toLowerCase(Locale.ROOT))
            || distance(w, c.toLowerCase(Locale.ROOT)) <= Math.max(1, w.length() / 3))
        .min(Comparator.comparingInt((String c) -> distance(w, c.toLowerCase(Locale.ROOT))).thenComparing(c -> c));
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
