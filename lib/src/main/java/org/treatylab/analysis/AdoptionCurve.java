package org.treatylab.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.treatylab.data.Participant;
import org.treatylab.data.Treaty;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A treaty's cumulative consents to be bound (ratification, accession, acceptance, approval,
 * succession) over time: one step per instrument deposited, counted from a reference date (the
 * treaty's adoption, or its opening for signature). Counts every instrument deposited, including
 * those of states that later withdrew, as Petrova's Figures 1–2 count ratifications over the early
 * years; {@link #netOfWithdrawals()} counts parties instead.
 *
 * <p>Data: {@code treaty_participation.csv}, from the UN Treaty Collection status pages as at
 * 3 February 2026 (see {@link Treaty#source()}).
 */
public final class AdoptionCurve {
  /** Where the clock starts. */
  public enum Origin {
    /** The date the treaty was adopted (the date under its title on the UNTC page). */
    ADOPTION,
    /** The date it opened for signature (falls back to adoption when the treaty has none). */
    OPENING
  }

  private final Treaty treaty;
  private final Origin origin;
  private final boolean net;

  private AdoptionCurve(Treaty treaty, Origin origin, boolean net) {
    this.treaty = Objects.requireNonNull(treaty);
    this.origin = origin;
    this.net = net;
  }

  /** Returns the curve of {@code treaty}'s consents counted from its adoption. */
  public static AdoptionCurve of(Treaty treaty) {
    return new AdoptionCurve(treaty, Origin.ADOPTION, false);
  }

  /** Returns the same curve counted from the opening for signature. */
  public AdoptionCurve sinceOpening() {
    return new AdoptionCurve(treaty, Origin.OPENING, net);
  }

  /** Returns the same curve counted from adoption. */
  public AdoptionCurve sinceAdoption() {
    return new AdoptionCurve(treaty, Origin.ADOPTION, net);
  }

  /** Returns the curve of parties: a state that withdrew stops counting on the withdrawal's effective date. */
  public AdoptionCurve netOfWithdrawals() {
    return new AdoptionCurve(treaty, origin, true);
  }

  /** Returns the treaty. */
  public Treaty treaty() {
    return treaty;
  }

  /** Returns the date the clock starts. */
  public LocalDate originDate() {
    if (origin == Origin.OPENING && treaty.openedForSignature() != null) {
      return treaty.openedForSignature();
    }
    return treaty.adopted();
  }

  /** Returns what the clock counts from, in words, for axis titles. */
  public String originLabel() {
    return origin == Origin.OPENING && treaty.openedForSignature() != null ? "opening for signature" : "adoption";
  }

  /** One step of the curve: on {@code date}, the count became {@code count}. */
  public record Step(LocalDate date, long daysSinceOrigin, int count, String iso3, String event) {
    /** Returns the time since the origin in years (days / 365.25). */
    public double yearsSinceOrigin() {
      return daysSinceOrigin / 365.25;
    }
  }

  /** Returns the steps in date order (ties in ISO3 order, so the ordering is stable). */
  public List<Step> steps() {
    record Event(LocalDate date, int delta, String iso3, String what) {}
    List<Event> events = new ArrayList<>();
    for (Participant p : treaty.participants()) {
      if (p.consent() != null) {
        events.add(new Event(p.consent(), +1, p.iso3(), "consent"));
        if (net && p.leftOn() != null) {
          events.add(new Event(p.leftOn(), -1, p.iso3(), "withdrawal effective"));
        }
      }
    }
    events.sort(Comparator.comparing(Event::date).thenComparing(Event::iso3).thenComparing(Event::what));
    List<Step> steps = new ArrayList<>();
    int count = 0;
    LocalDate origin = originDate();
    for (Event e : events) {
      count += e.delta();
      steps.add(new Step(e.date(), ChronoUnit.DAYS.between(origin, e.date()), count, e.iso3(), e.what()));
    }
    return steps;
  }

  /** Returns the count on {@code date} (instruments deposited by then; parties when net). */
  public int countAt(LocalDate date) {
    int count = 0;
    for (Step s : steps()) {
      if (s.date().isAfter(date)) {
        break;
      }
      count = s.count();
    }
    return count;
  }

  /** Returns the count {@code years} after the origin. */
  public int countAfterYears(double years) {
    return countAt(originDate().plusDays(Math.round(years * 365.25)));
  }

  /** Returns the steps as a table: date, days and years since origin, count, state, event. */
  public Table table() {
    List<Step> steps = steps();
    Table t = Table.create(treaty.id() + " consents since " + originLabel());
    t.addColumns(
        DateColumn.create("date", steps.stream().map(Step::date)),
        IntColumn.create("days_since_origin", steps.stream().mapToInt(s -> (int) s.daysSinceOrigin()).toArray()),
        DoubleColumn.create("years_since_origin", steps.stream().mapToDouble(Step::yearsSinceOrigin).toArray()),
        IntColumn.create("count", steps.stream().mapToInt(Step::count).toArray()),
        StringColumn.create("iso3", steps.stream().map(Step::iso3)),
        StringColumn.create("event", steps.stream().map(Step::event)));
    return t;
  }

  @Override
  public String toString() {
    List<Step> steps = steps();
    return treaty.shortName() + ": " + (steps.isEmpty() ? 0 : steps.get(steps.size() - 1).count())
        + (net ? " parties" : " consents") + " since " + originLabel() + " (" + originDate() + ")";
  }
}
