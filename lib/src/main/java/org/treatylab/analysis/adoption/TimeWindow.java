package org.treatylab.analysis.adoption;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.Function;
import org.treatylab.base.Checks;
import org.treatylab.data.Participant;
import org.treatylab.data.Treaty;

/**
 * The states that acted in a window, with the window in words: the unit {@link Composition} measures.
 * Signature and consent windows run from a start date to an end date, both inclusive; windows given as a
 * length from the treaty's opening (or adoption) end the day before {@code start + length}, so "the first
 * month" of the MBT is 3 December 1997 to 2 January 1998.
 *
 * @param description the window in words, e.g. "Mine Ban Treaty signatures, 1997-12-03 to 1998-01-02"
 * @param from first day (may be null for custom windows)
 * @param to last day (may be null for custom windows)
 * @param actors ISO3 codes of the states that acted, in order of action
 */
public record TimeWindow(String description, LocalDate from, LocalDate to, List<String> actors) {
  /** Copies the actor list. */
  public TimeWindow {
    actors = List.copyOf(actors);
  }

  /**
   * Returns the states that signed within {@code length} of opening for signature (e.g. {@code
   * Period.ofMonths(1)}). Data: {@code treaty_participation.csv}.
   *
   * @param length a positive period; a zero or negative one is refused (the window would be empty)
   */
  public static TimeWindow signaturesWithin(Treaty treaty, Period length) {
    LocalDate start = Speed.start(treaty);
    Checks.notNull(length, "length");
    if (!start.plus(length).isAfter(start)) {
      throw new IllegalArgumentException("length is " + length + "; pass a positive period, e.g. Period.ofMonths(1)");
    }
    return signaturesBetween(treaty, start, start.plus(length).minusDays(1));
  }

  /**
   * Returns the states that signed between {@code from} and {@code to}, inclusive (e.g. a signing
   * ceremony). Data: {@code treaty_participation.csv}.
   *
   * @throws IllegalArgumentException when {@code from} is after {@code to}, {@code to} is after the data's
   *     status date, or {@code to} is before the treaty's adoption (nobody could have acted)
   */
  public static TimeWindow signaturesBetween(Treaty treaty, LocalDate from, LocalDate to) {
    return between(treaty, "signatures", Participant::signature, from, to);
  }

  /**
   * Returns the states that deposited consent within {@code years} of opening (or adoption): days =
   * round(years × 365.25). Data: {@code treaty_participation.csv}.
   *
   * @param years above 0; the window's end must not be after the data's status date
   */
  public static TimeWindow consentsWithinYears(Treaty treaty, double years) {
    LocalDate start = Speed.start(treaty);
    if (!(years > 0) || Double.isInfinite(years)) {
      throw new IllegalArgumentException("years is " + years + "; pass a number of years above 0, e.g. 2.5");
    }
    return consentsBetween(treaty, start, start.plusDays(Math.round(years * 365.25)).minusDays(1));
  }

  /**
   * Returns the states that deposited consent between {@code from} and {@code to}, inclusive. Data:
   * {@code treaty_participation.csv}.
   *
   * @throws IllegalArgumentException as {@link #signaturesBetween}
   */
  public static TimeWindow consentsBetween(Treaty treaty, LocalDate from, LocalDate to) {
    return between(treaty, "instruments of consent", Participant::consent, from, to);
  }

  /**
   * Returns a custom window: any list of states, described in words. The codes are checked against
   * {@code states.csv} (any case: {@code "fra"} is FRA).
   *
   * @throws IllegalArgumentException "unknown ISO3 code 'XXX' …" for a code the data do not list
   */
  public static TimeWindow of(String description, List<String> iso3) {
    Checks.notNull(description, "description");
    Checks.notNull(iso3, "iso3");
    if (iso3.isEmpty()) {
      throw new IllegalArgumentException("iso3 is empty; pass the ISO3 codes of the states that acted, e.g. List.of(\"FRA\")");
    }
    List<String> codes = new java.util.ArrayList<>();
    for (int i = 0; i < iso3.size(); i++) {
      codes.add(org.treatylab.data.States.iso3(Checks.notNull(iso3.get(i), "iso3[" + i + "]")));
    }
    return new TimeWindow(description, null, null, codes);
  }

  private static TimeWindow between(Treaty treaty, String what, Function<Participant, LocalDate> date, LocalDate from,
      LocalDate to) {
    Checks.notNull(treaty, "treaty");
    Checks.ordered(from, "from", to, "to");
    // a window that ends after the status date would be counted short without saying so
    treaty.requireKnown(to, "to");
    if (to.isBefore(treaty.adopted())) {
      throw new IllegalArgumentException("to " + to + " is before the " + treaty.shortName() + "'s adoption "
          + treaty.adopted() + ": no state could have acted; pass a window ending on or after it");
    }
    List<String> actors = treaty.participants().stream()
        .filter(p -> date.apply(p) != null && !date.apply(p).isBefore(from) && !date.apply(p).isAfter(to))
        .sorted(java.util.Comparator.comparing(date).thenComparing(Participant::iso3))
        .map(Participant::iso3).toList();
    return new TimeWindow(treaty.shortName() + " " + what + ", " + from + " to " + to + " (inclusive)", from, to, actors);
  }

  /** Returns the number of states that acted. */
  public int size() {
    return actors.size();
  }
}
