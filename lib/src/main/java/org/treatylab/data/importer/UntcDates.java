package org.treatylab.data.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the two date styles of UN Treaty Collection pages: the table style {@code "3 Dec 1997"} and
 * the prose style {@code "3 December 1997"}. Everything else is not a date.
 */
final class UntcDates {
  /** A day, a month word and a year, as the pages write them (month words in English). */
  static final Pattern DATE = Pattern.compile("(\\d{1,2})\\s+([A-Z][a-z]+)\\s+(\\d{4})");

  // STRICT with the proleptic year 'uuuu': "31 Feb 2001" is an error, never clamped to 28 Feb.
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
  private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);

  /**
   * A day, month word and year that look like a date but name no calendar day ("31 Feb 2001"); the
   * caller turns it into an {@link ImportException} with file, line and field.
   */
  static final class ImpossibleDate extends RuntimeException {
    ImpossibleDate(String message) {
      super(message);
    }
  }

  private UntcDates() {}

  /**
   * Parses a whole string as one date; empty when it is not a day, month word and year.
   *
   * @throws ImpossibleDate when it has that shape but names no calendar day (31 Feb)
   */
  static Optional<LocalDate> parse(String text) {
    String t = normalise(text);
    Matcher m = DATE.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    return of(m);
  }

  /**
   * Returns the first date found anywhere in {@code text}.
   *
   * @throws ImpossibleDate when a day, month word and year name no calendar day
   */
  static Optional<LocalDate> first(String text) {
    Matcher m = DATE.matcher(normalise(text));
    while (m.find()) {
      Optional<LocalDate> d = of(m);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  static Optional<LocalDate> of(Matcher m) {
    String s = m.group(1) + " " + m.group(2) + " " + m.group(3);
    // "Sept" and similar abbreviations do not occur on the pages; both formats are tried strictly.
    for (DateTimeFormatter f : new DateTimeFormatter[] {SHORT, LONG}) {
      try {
        return Optional.of(LocalDate.parse(s, f));
      } catch (DateTimeParseException e) {
        // try the next style
      }
    }
    if (isMonth(m.group(2))) {
      throw new ImpossibleDate("'" + s + "' is not a calendar date (day " + m.group(1) + " does not exist in "
          + m.group(2) + " " + m.group(3) + ")");
    }
    return Optional.empty();
  }

  private static boolean isMonth(String word) {
    for (DateTimeFormatter f : new DateTimeFormatter[] {SHORT_MONTH, LONG_MONTH}) {
      try {
        f.parse(word);
        return true;
      } catch (DateTimeParseException e) {
        // not this style
      }
    }
    return false;
  }

  /** Turns non-breaking spaces and tabs, which the pages use for alignment, into single spaces. */
  static String normalise(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
  }
}
