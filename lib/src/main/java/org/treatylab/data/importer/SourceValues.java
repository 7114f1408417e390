package org.treatylab.data.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing of the number-and-words cells that transcriptions use ("70 (about)", "9220",
 * "470000 (all mines, secondary)", "LM2008"), each failure an {@link ImportException} naming the cell.
 */
final class SourceValues {
  private static final Pattern NUMBER_WITH_NOTE =
      Pattern.compile("^([<>]?)\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(?:\\((.*)\\))?\\s*$");
  private static final Pattern EDITION = Pattern.compile("(?:LM\\s?|c\\.\\s?|\\b)((?:19|20)\\d\\d)\\b");

  private SourceValues() {}

  /** A number with its comparator ("&gt;", "&lt;" or "") and the words in brackets after it. */
  record Noted(double value, String comparator, String note) {}

  /**
   * Returns the whole number in the cell, or null when the cell is empty. Every number the sources
   * transcribe is a count, an amount, an area or a year: a negative value is an error.
   */
  static Long integerOrNull(SourceCsv.Row row, String column) {
    String v = row.get(column);
    if (v.isEmpty()) {
      return null;
    }
    long n;
    try {
      n = Long.parseLong(v.replace(",", ""));
    } catch (NumberFormatException e) {
      throw row.error(column, "'" + v + "' is not a whole number");
    }
    if (n < 0) {
      throw row.error(column, "negative value " + v + ": a count cannot be negative");
    }
    return n;
  }

  /** Returns the non-negative number in the cell, or null when the cell is empty. */
  static Double numberOrNull(SourceCsv.Row row, String column) {
    String v = row.get(column);
    if (v.isEmpty()) {
      return null;
    }
    double d;
    try {
      d = Double.parseDouble(v.replace(",", ""));
    } catch (NumberFormatException e) {
      throw row.error(column, "'" + v + "' is not a number");
    }
    if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) {
      throw row.error(column, "value " + v + " is negative or not finite: an amount or count cannot be");
    }
    return d;
  }

  /** Parses "70 (about)" or "&gt;33 (more than one-third)"; returns null when the text does not match. */
  static Noted noted(String text) {
    Matcher m = NUMBER_WITH_NOTE.matcher(text.trim());
    if (!m.matches()) {
      return null;
    }
    return new Noted(
        Double.parseDouble(m.group(2).replace(",", "")), m.group(1), m.group(3) == null ? "" : m.group(3).trim());
  }

  /** Returns the number at the start of a cell such as "470000 (all mines, secondary)", or null if empty. */
  static Noted notedOrNull(SourceCsv.Row row, String column) {
    String v = row.get(column);
    if (v.isEmpty()) {
      return null;
    }
    Noted n = noted(v);
    if (n == null) {
      throw row.error(column, "'" + v + "' is not a number with an optional note in brackets");
    }
    return n;
  }

  /**
   * Returns the year of the report edition named in a cell ("LM2008", "LM2005 press release",
   * "Clearing the Mines 2020", "c.2016 Monitor chart").
   *
   * @throws ImportException when the cell is empty or names no year: a figure without an edition
   *     cannot be placed in the revision history
   */
  static int editionYear(SourceCsv.Row row, String column) {
    String v = row.get(column);
    Matcher m = EDITION.matcher(v);
    if (v.isEmpty() || !m.find()) {
      throw row.error(column, "year without an edition: '" + v + "' names no report edition (e.g. LM2008)");
    }
    return Integer.parseInt(m.group(1));
  }

  /** Returns the data year in the cell, checked to lie in 1990–2100. */
  static int dataYear(SourceCsv.Row row, String column) {
    Long y = integerOrNull(row, column);
    if (y == null || y < 1990 || y > 2100) {
      throw row.error(column, "'" + row.get(column) + "' is not a data year");
    }
    return y.intValue();
  }

  /** Checks a percentage lies in 0–100. */
  static double share(SourceCsv.Row row, String column, double pct) {
    if (pct < 0 || pct > 100) {
      throw row.error(column, "share " + format(pct) + " % is outside 0–100 %");
    }
    return pct;
  }

  /** Formats a number without a trailing ".0" for whole values. */
  static String format(Double d) {
    if (d == null) {
      return null;
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
