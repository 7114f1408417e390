package org.treatylab.analysis;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.Function;
import org.treatylab.data.Checks;
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
public record Window(String description, LocalDate from, LocalDate to, List<String> actors) {
  /** Copies the actor list. */
  public Window {
    actors = List.copyOf(actors);
  }

  /** Returns the states that signed within {@code length} of opening for signature (e.g. {@code Period.ofMonths(1)}). */
  public static Window signaturesWithin(Treaty treaty, Period length) {
    LocalDate start = Speed.start(treaty);
    return signaturesBetween(treaty, start, start.plus(length).minusDays(1));
  }

  /** Returns the states that signed between {@code from} and {@code to}, inclusive (e.g. a signing ceremony). */
  public static Window signaturesBetween(Treaty treaty, LocalDate from, LocalDate to) {
    return between(treaty, "signatures", Participant::signature, from, to);
  }

  /** Returns the states that deposited consent within {@code years} of opening (or adoption): days = round(years × 365.25). */
  public static Window consentsWithinYears(Treaty treaty, double years) {
    LocalDate start = Speed.start(treaty);
    return consentsBetween(treaty, start, start.plusDays(Math.round(years * 365.25)).minusDays(1));
  }

  /** Returns the states that deposited consent between {@code from} and {@code to}, inclusive. */
  public static Window consentsBetween(Treaty treaty, LocalDate from, LocalDate to) {
    return between(treaty, "instruments of consent", Participant::consent, from, to);
  }

  /** Returns a custom window: any list of states, described in words. */
  public static Window of(String description, List<String> iso3) {
    return new Window(description, null, null, iso3);
  }

  private static Window between(Treaty treaty, String what, Function<Participant, LocalDate> date, LocalDate from,
      LocalDate to) {
    Checks.notNull(treaty, "treaty");
    Checks.notNull(from, "from");
    // a window that ends after the status date would be counted short without saying so
    treaty.requireKnown(to, "to");
    List<String> actors = treaty.participants().stream()
        .filter(p -> date.apply(p) != null && !date.apply(p).isBefore(from) && !date.apply(p).isAfter(to))
        .sorted(java.util.Comparator.comparing(date).thenComparing(Participant::iso3))
        .map(Participant::iso3).toList();
    return new Window(treaty.shortName() + " " + what + ", " + from + " to " + to + " (inclusive)", from, to, actors);
  }

  /** Returns the number of states that acted. */
  public int size() {
    return actors.size();
  }
}
