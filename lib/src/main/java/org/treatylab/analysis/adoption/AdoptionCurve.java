package org.treatylab.analysis.adoption;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.treatylab.base.Checks;
import org.treatylab.base.Tables;
import org.treatylab.data.Denominator;
import org.treatylab.data.Participant;
import org.treatylab.data.States;
import org.treatylab.data.Treaty;
import tech.tablesaw.api.Table;

/**
 * A treaty's cumulative signatures, consents to be bound (ratification, accession, acceptance,
 * approval, succession) or parties over time, counted from a reference date (the treaty's adoption, or
 * its opening for signature), as counts or as shares of all states.
 *
 * <ul>
 *   <li><b>What is counted</b> ({@link Measure}): {@link #consents()} (the default) counts every
 *       instrument deposited, including those of states that later withdrew, as Petrova's Figures 1–2
 *       count ratifications over the early years; {@link #parties()} (= {@link #netOfWithdrawals()})
 *       drops a state on its withdrawal's effective date; {@link #signatures()} counts every signature.
 *   <li><b>When</b>: {@link #steps()} has one step per instrument; {@link #byDay()}, {@link #byMonth()}
 *       and {@link #byYear()} choose the grid of {@link #points()}. The grid runs from the origin in
 *       whole months / years ({@link #sinceOrigin()}, the default) or over calendar month / year ends
 *       ({@link #inCalendarTime()}).
 *   <li><b>Shares</b>: {@code count(d) / N(d)}, where {@code N(d)} is the number of states at date
 *       {@code d} under a {@link Denominator} ({@link #shares(Denominator)}, by default UN members at
 *       the date, in which case only UN members count in the numerator) or a fixed number
 *       ({@link #sharesOf(int)}, for synthetic treaties).
 *   <li><b>Bounds</b>: a curve never runs past its treaty's {@link Treaty#statusDate() status date} (for
 *       the curated treaties, the date of the status page, column {@code status_as_at} of
 *       {@code treaties.csv}). {@link #countAt}, {@link #shareAt}, {@link #actorsAt},
 *       {@link #countAfterYears} and {@link #through} refuse a later date (e.g. "2027-07-08 is after the
 *       data's status date 2026-02-03"); {@link #firstYears} — a fixed horizon — stops at the status
 *       date instead, and {@link #endsAtStatusDate()} tells the charts to mark it. A withdrawal that
 *       takes effect after the status date (pending there: {@link Treaty#withdrawals()}) is not a step
 *       of the curve.
 * </ul>
 *
 * <pre>{@code
 * AdoptionCurve mbt = AdoptionCurve.of(Treaties.mineBan()).sinceOpening().byMonth().shares();
 * mbt.shareAt(LocalDate.of(1999, 3, 1));   // share of UN members that had ratified
 * }</pre>
 *
 * <p>Data: {@code treaty_participation.csv}, from the UN Treaty Collection status pages ({@link Treaty#source()}
 * cites the page and its date); UN membership from {@code un_membership.csv}.
 */
public final class AdoptionCurve {
  /** Where the clock starts. */
  public enum Origin {
    /** The date the treaty was adopted (the date under its title on the UNTC page). */
    ADOPTION,
    /** The date it opened for signature (falls back to adoption when the treaty has none). */
    OPENING
  }

  /** What the curve counts. */
  public enum Measure {
    /** Signatures (every signature, including those of states that later withdrew). */
    SIGNATURES("signatures"),
    /** Instruments of consent to be bound deposited, including those of states that later withdrew. */
    CONSENTS("instruments of consent"),
    /** Parties: consents net of withdrawals effective by the date. */
    PARTIES("parties");

    private final String label;

    Measure(String label) {
      this.label = label;
    }

    /** Returns the measure in words, e.g. "instruments of consent". */
    public String label() {
      return label;
    }
  }

  /** The grid of {@link #points()}. */
  public enum Resolution {
    /** One point per date on which the count changed. */
    DAY,
    /** One point per month. */
    MONTH,
    /** One point per year. */
    YEAR
  }

  /**
   * What a curve shows, besides its treaty: each builder method returns a curve with one field of this
   * spec changed.
   *
   * @param origin where the clock starts
   * @param measure what is counted
   * @param resolution the grid of points, or null for one point per step
   * @param calendar calendar month / year ends instead of whole months / years since the origin
   * @param shareScale values as shares of all states instead of counts
   * @param denominator what "all states" means, or null with a fixed number of states
   * @param fixedTotal the fixed number of states when {@code denominator} is null
   * @param through the last date shown (inclusive), or null for the data's status date
   */
  public record Spec(Origin origin, Measure measure, Resolution resolution, boolean calendar, boolean shareScale,
      Denominator denominator, int fixedTotal, LocalDate through) {
    /** The default: consents since adoption, one point per step, counts, UN members at each date. */
    static final Spec DEFAULT = new Spec(Origin.ADOPTION, Measure.CONSENTS, null, false, false,
        Denominator.UN_MEMBERS_AT_DATE, 0, null);

    Spec origin(Origin o) {
      return new Spec(o, measure, resolution, calendar, shareScale, denominator, fixedTotal, through);
    }

    Spec measure(Measure m) {
      return new Spec(origin, m, resolution, calendar, shareScale, denominator, fixedTotal, through);
    }

    Spec resolution(Resolution r) {
      return new Spec(origin, measure, r, calendar, shareScale, denominator, fixedTotal, through);
    }

    Spec calendar(boolean c) {
      return new Spec(origin, measure, resolution, c, shareScale, denominator, fixedTotal, through);
    }

    Spec scale(boolean share, Denominator d, int fixed) {
      return new Spec(origin, measure, resolution, calendar, share, d, fixed, through);
    }

    Spec through(LocalDate end) {
      return new Spec(origin, measure, resolution, calendar, shareScale, denominator, fixedTotal, end);
    }
  }

  private final Treaty treaty;
  private final Spec spec;
  private StateTotals totals;

  private AdoptionCurve(Treaty treaty, Spec spec) {
    this.treaty = Checks.notNull(treaty, "treaty");
    this.spec = spec;
  }

  /**
   * Returns the curve of {@code treaty}'s consents counted from its adoption. The curve ends at the
   * treaty's {@link Treaty#statusDate() status date}; asking for a date after it is an error.
   *
   * @param treaty not null
   */
  public static AdoptionCurve of(Treaty treaty) {
    return new AdoptionCurve(treaty, Spec.DEFAULT);
  }

  /**
   * Returns the consent curve of a treaty made from the given records (synthetic or outside data); see
   * {@link Treaty#of}.
   */
  public static AdoptionCurve of(String name, LocalDate adopted, LocalDate openedForSignature,
      List<Participant> participants) {
    return of(Treaty.of(name, name, adopted, openedForSignature, null, 0, participants));
  }

  /**
   * Returns the curve of a plain list of dates, one per instrument (for example ratifications you
   * collected yourself): counted from the earliest date, ending at the latest. The actors have no state
   * codes, so show shares with {@link #sharesOf(int)}.
   *
   * @param name the name charts and tables show
   * @param dates one date per instrument, in any order; not empty, no nulls
   */
  public static AdoptionCurve ofDates(String name, List<LocalDate> dates) {
    Checks.notNull(name, "name");
    Checks.notNull(dates, "dates");
    if (dates.isEmpty()) {
      throw new IllegalArgumentException("dates is empty; pass one date per instrument");
    }
    List<LocalDate> sorted = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      sorted.add(Checks.notNull(dates.get(i), "dates[" + i + "]"));
    }
    sorted.sort(Comparator.naturalOrder());
    List<Participant> participants = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      String actor = String.format(java.util.Locale.ROOT, "#%04d", i + 1);
      participants.add(new Participant(name, actor, actor, null, sorted.get(i), "consent", false, null, null, null));
    }
    return of(Treaty.of(name, name, sorted.get(0), null, null, 0, participants));
  }

  private AdoptionCurve with(Spec s) {
    return new AdoptionCurve(treaty, s);
  }

  /** Returns what the curve shows (origin, measure, grid, scale, cut-off). */
  public Spec spec() {
    return spec;
  }

  /** Returns the same curve counted from the opening for signature. */
  public AdoptionCurve sinceOpening() {
    return with(spec.origin(Origin.OPENING));
  }

  /** Returns the same curve counted from adoption. */
  public AdoptionCurve sinceAdoption() {
    return with(spec.origin(Origin.ADOPTION));
  }

  /** Returns the curve of parties: a state that withdrew stops counting on the withdrawal's effective date. */
  public AdoptionCurve netOfWithdrawals() {
    return parties();
  }

  /** Returns the curve of parties (consents net of withdrawals effective by each date). */
  public AdoptionCurve parties() {
    return with(spec.measure(Measure.PARTIES));
  }

  /** Returns the curve of instruments of consent deposited (withdrawals not subtracted). */
  public AdoptionCurve consents() {
    return with(spec.measure(Measure.CONSENTS));
  }

  /** Returns the curve of signatures. */
  public AdoptionCurve signatures() {
    return with(spec.measure(Measure.SIGNATURES));
  }

  /** Returns the curve with one point per date on which the count changed. */
  public AdoptionCurve byDay() {
    return with(spec.resolution(Resolution.DAY));
  }

  /** Returns the curve with one point per month (months since the origin, or calendar month ends). */
  public AdoptionCurve byMonth() {
    return with(spec.resolution(Resolution.MONTH));
  }

  /** Returns the curve with one point per year (years since the origin, or calendar year ends). */
  public AdoptionCurve byYear() {
    return with(spec.resolution(Resolution.YEAR));
  }

  /** Returns the curve on a calendar grid (month or year ends; charts use calendar years on the x axis). */
  public AdoptionCurve inCalendarTime() {
    return with(spec.calendar(true));
  }

  /** Returns the curve on a grid of whole months / years since the origin (the default). */
  public AdoptionCurve sinceOrigin() {
    return with(spec.calendar(false));
  }

  /** Returns the curve shown as shares of UN members at each date (charts and {@link CumulativeSeries} values). */
  public AdoptionCurve shares() {
    return shares(spec.denominator() == null ? Denominator.UN_MEMBERS_AT_DATE : spec.denominator());
  }

  /** Returns the curve shown as shares of all states at each date, with the given denominator. */
  public AdoptionCurve shares(Denominator d) {
    return with(spec.scale(true, Checks.notNull(d, "denominator"), 0));
  }

  /** Returns the curve shown as shares of a fixed number of states (for synthetic treaties): 1 or more. */
  public AdoptionCurve sharesOf(int numberOfStates) {
    Checks.atLeast(numberOfStates, "numberOfStates", 1, "193");
    return with(spec.scale(true, null, numberOfStates));
  }

  /** Returns the curve shown as counts (the default). */
  public AdoptionCurve counts() {
    return with(spec.scale(false, spec.denominator(), spec.fixedTotal()));
  }

  /**
   * Returns the curve cut at {@code end} (inclusive): later steps and grid points are dropped.
   *
   * @param end not null, not after the treaty's status date, not before its adoption (or opening)
   * @throws IllegalArgumentException "2030-01-01 is after the data's status date 2026-02-03", or "end
   *     1990-01-01 is before the Mine Ban Treaty's adoption 1997-09-18: the curve would be empty"
   */
  public AdoptionCurve through(LocalDate end) {
    treaty.requireKnown(end, "end");
    LocalDate first = treaty.openedForSignature() != null && treaty.openedForSignature().isBefore(treaty.adopted())
        ? treaty.openedForSignature() : treaty.adopted();
    if (end.isBefore(first)) {
      throw new IllegalArgumentException("end " + end + " is before the " + treaty.shortName() + "'s adoption " + first
          + ": the curve would be empty; pass a date from " + first + " to " + treaty.statusDate());
    }
    return with(spec.through(end));
  }

  /**
   * Returns the curve over its first {@code years} years after the origin, or up to the treaty's status
   * date when that comes first (a fixed-horizon figure of a young treaty stops there;
   * {@link #endsAtStatusDate()} says so, and the charts mark it).
   *
   * @param years more than 0
   */
  public AdoptionCurve firstYears(double years) {
    if (!(years > 0)) {
      throw new IllegalArgumentException("years is " + years + "; pass a number of years above 0");
    }
    LocalDate end = originDate().plusDays(Math.round(years * 365.25));
    return with(spec.through(end.isAfter(treaty.statusDate()) ? treaty.statusDate() : end));
  }

  /** Returns the last date the curve shows: its cut-off, else the treaty's status date. */
  public LocalDate endDate() {
    return spec.through() != null ? spec.through() : treaty.statusDate();
  }

  /** Returns true when the curve ends at the data's status date (rather than at a cut-off before it). */
  public boolean endsAtStatusDate() {
    return endDate().equals(treaty.statusDate());
  }

  /** Returns the treaty. */
  public Treaty treaty() {
    return treaty;
  }

  /** Returns what is counted. */
  public Measure measure() {
    return spec.measure();
  }

  /** Returns true when the curve is shown as shares of all states. */
  public boolean isShareScale() {
    return spec.shareScale();
  }

  /** Returns true when the grid and charts use calendar time. */
  public boolean isCalendarTime() {
    return spec.calendar();
  }

  /** Returns the date the clock starts. */
  public LocalDate originDate() {
    if (spec.origin() == Origin.OPENING && treaty.openedForSignature() != null) {
      return treaty.openedForSignature();
    }
    return treaty.adopted();
  }

  /** Returns what the clock counts from, in words, for axis titles. */
  public String originLabel() {
    return spec.origin() == Origin.OPENING && treaty.openedForSignature() != null ? "opening for signature" : "adoption";
  }

  /** Returns what "all states" means in {@link #shareAt} and {@link #points()}, in words. */
  public String denominatorLabel() {
    return totals().label();
  }

  /** One step of the curve: on {@code date}, the count became {@code count}. */
  public record Step(LocalDate date, long daysSinceOrigin, int count, String iso3, String event) {
    /** Returns the time since the origin in years (days / 365.25). */
    public double yearsSinceOrigin() {
      return daysSinceOrigin / 365.25;
    }
  }

  /**
   * One point of the curve on its grid.
   *
   * @param date the date (counts include instruments of that day)
   * @param daysSinceOrigin days since the origin
   * @param count the count at the date
   * @param states the number of all states at the date (the denominator)
   * @param share the count of states that count in the numerator, divided by {@code states}
   */
  public record Point(LocalDate date, long daysSinceOrigin, int count, int states, double share) {
    /** Returns the time since the origin in years (days / 365.25). */
    public double yearsSinceOrigin() {
      return daysSinceOrigin / 365.25;
    }

    /** Returns the date as a calendar year with a fraction (1999.5 is about 1 July 1999). */
    public double calendarYear() {
      return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    }
  }

  /** Returns the steps in date order (ties in ISO3 order, so the ordering is stable). */
  public List<Step> steps() {
    record Event(LocalDate date, int delta, String iso3, String what) {}
    List<Event> events = new ArrayList<>();
    for (Participant p : treaty.participants()) {
      if (spec.measure() == Measure.SIGNATURES) {
        if (p.signature() != null) {
          events.add(new Event(p.signature(), +1, p.iso3(), "signature"));
        }
      } else if (p.consent() != null) {
        events.add(new Event(p.consent(), +1, p.iso3(), "consent"));
        if (spec.measure() == Measure.PARTIES && p.leftOn() != null) {
          events.add(new Event(p.leftOn(), -1, p.iso3(), "withdrawal effective"));
        }
      }
    }
    events.sort(Comparator.comparing(Event::date).thenComparing(Event::iso3).thenComparing(Event::what));
    List<Step> steps = new ArrayList<>();
    int count = 0;
    LocalDate origin = originDate();
    LocalDate end = endDate();
    for (Event e : events) {
      if (e.date().isAfter(end)) {
        break; // after the cut-off, or a projection past the status date (a pending withdrawal)
      }
      count += e.delta();
      steps.add(new Step(e.date(), ChronoUnit.DAYS.between(origin, e.date()), count, e.iso3(), e.what()));
    }
    return steps;
  }

  /**
   * Returns the count on {@code date} (signatures / instruments deposited by then; parties when net).
   *
   * @param date not null, not after the treaty's status date
   */
  public int countAt(LocalDate date) {
    treaty.requireKnown(date, "date");
    int count = 0;
    for (Step s : steps()) {
      if (s.date().isAfter(date)) {
        break;
      }
      count = s.count();
    }
    return count;
  }

  /**
   * Returns the count {@code years} after the origin.
   *
   * @param years 0 or more (NaN and negative numbers are refused: before the origin nothing is counted)
   * @throws IllegalArgumentException when that date is after the treaty's status date (a treaty adopted
   *     in 2017 has no count 10 years on)
   */
  public int countAfterYears(double years) {
    Checks.inRange(years, "years", 0, Double.POSITIVE_INFINITY, "a number of years of 0 or more since "
        + originLabel() + " (" + originDate() + ")");
    LocalDate date = originDate().plusDays(Math.round(years * 365.25));
    if (date.isAfter(treaty.statusDate())) {
      throw new IllegalArgumentException(date + " is after the data's status date " + treaty.statusDate() + " ("
          + years + " years after " + originLabel() + " of the " + treaty.id() + ", " + originDate() + "); ask about "
          + "a date up to " + treaty.statusDate());
    }
    return countAt(date);
  }

  /**
   * Returns the share of all states counted at {@code date}: the actors that count in the numerator
   * (UN members at the date, under the default denominator) divided by the number of states then.
   *
   * @param date not null, not after the treaty's status date; under a UN denominator
   *     ({@code un_membership.csv}) not before the UN's founding, 24 October 1945 (no states to share among)
   */
  public double shareAt(LocalDate date) {
    treaty.requireKnown(date, "date");
    StateTotals t = totals();
    int states = t.at(date);
    if (states == 0) {
      States.notBeforeUn(date, "date");
    }
    long numerator = actorsAt(date).stream().filter(iso3 -> t.counts(iso3, date)).count();
    return (double) numerator / states;
  }

  /** Returns the ISO3 codes counted at {@code date} (at the cut-off date when later), in order of consent. */
  public List<String> actorsAt(LocalDate date) {
    treaty.requireKnown(date, "date");
    LocalDate d = spec.through() != null && date.isAfter(spec.through()) ? spec.through() : date;
    List<String> out = new ArrayList<>();
    for (Participant p : treaty.participants()) {
      boolean counted = switch (spec.measure()) {
        case SIGNATURES -> p.signature() != null && !p.signature().isAfter(d);
        case CONSENTS -> p.consent() != null && !p.consent().isAfter(d);
        case PARTIES -> p.isPartyAt(d);
      };
      if (counted) {
        out.add(p.iso3());
      }
    }
    return out;
  }

  /**
   * Returns the points on the chosen grid ({@link Resolution#DAY} when none was chosen): from the
   * origin (or its calendar month / year end) to the last step, or to {@link #through} when set.
   */
  public List<Point> points() {
    List<Step> steps = steps();
    LocalDate origin = originDate();
    List<LocalDate> grid = new ArrayList<>();
    Resolution r = spec.resolution() == null ? Resolution.DAY : spec.resolution();
    // a cut-off ends the grid there; otherwise the grid ends at the last step, never after the status date
    LocalDate end = spec.through() != null ? spec.through() : steps.isEmpty() ? origin : steps.get(steps.size() - 1).date();
    LocalDate status = treaty.statusDate();
    if (r == Resolution.DAY) {
      for (Step s : steps) {
        if (grid.isEmpty() || !grid.get(grid.size() - 1).equals(s.date())) {
          grid.add(s.date());
        }
      }
    } else if (spec.calendar()) {
      YearMonth m = YearMonth.from(origin);
      while (true) {
        LocalDate d = r == Resolution.MONTH ? m.atEndOfMonth() : LocalDate.of(m.getYear(), 12, 31);
        if (d.isAfter(status)) {
          grid.add(status); // the last period is cut at the status date: the data do not reach its end
          break;
        }
        grid.add(d);
        if (!d.isBefore(end)) {
          break;
        }
        m = r == Resolution.MONTH ? m.plusMonths(1) : m.plusYears(1);
      }
    } else {
      for (int k = 0; ; k++) {
        LocalDate d = r == Resolution.MONTH ? origin.plusMonths(k) : origin.plusYears(k);
        if (d.isAfter(status)) {
          break; // no whole month / year after the status date
        }
        grid.add(d);
        if (!d.isBefore(end)) {
          break;
        }
      }
    }
    StateTotals t = totals();
    List<Point> out = new ArrayList<>();
    int i = 0;
    int count = 0;
    for (LocalDate d : grid) {
      while (i < steps.size() && !steps.get(i).date().isAfter(d)) {
        count = steps.get(i++).count();
      }
      long numerator = actorsAt(d).stream().filter(iso3 -> t.counts(iso3, d)).count();
      int states = t.at(d);
      out.add(new Point(d, ChronoUnit.DAYS.between(origin, d), count, states, (double) numerator / states));
    }
    return out;
  }

  /**
   * Returns the points as a {@link CumulativeSeries}: values are counts, or shares when {@link #shares()} was
   * chosen. The input of {@link Tipping} and {@link Diffusion}.
   */
  public CumulativeSeries series() {
    List<Point> pts = points();
    boolean shareScale = spec.shareScale();
    return new CumulativeSeries(treaty.shortName() + " " + spec.measure().label() + (shareScale ? " (share of states)" : ""),
        originDate(), pts.stream().map(Point::date).toList(),
        pts.stream().mapToDouble(Point::yearsSinceOrigin).toArray(),
        pts.stream().mapToDouble(p -> shareScale ? p.share() : p.count()).toArray(),
        pts.stream().mapToDouble(Point::share).toArray());
  }

  /**
   * Returns the curve as a table. Without a chosen grid: one row per step (date, days and years since
   * origin, count, state, event). After {@link #byDay()}, {@link #byMonth()} or {@link #byYear()}: one
   * row per point (date, days and years since origin, count, states, share).
   */
  public Table table() {
    if (spec.resolution() != null) {
      return Tables.of(treaty.id() + " " + spec.measure().label() + " since " + originLabel() + " by "
              + spec.resolution().name().toLowerCase(java.util.Locale.ROOT), points())
          .date("date", Point::date)
          .integer("days_since_origin", "days", p -> (int) p.daysSinceOrigin())
          .number("years_since_origin", "years", Point::yearsSinceOrigin)
          .integer("count", Point::count)
          .integer("states", Point::states)
          .number("share", "fraction of the states (0 to 1)", Point::share)
          .build();
    }
    return Tables.of(treaty.id() + " " + (spec.measure() == Measure.CONSENTS ? "consents" : spec.measure().label())
            + " since " + originLabel(), steps())
        .date("date", Step::date)
        .integer("days_since_origin", "days", s -> (int) s.daysSinceOrigin())
        .number("years_since_origin", "years", Step::yearsSinceOrigin)
        .integer("count", Step::count)
        .text("iso3", Step::iso3)
        .text("event", Step::event)
        .build();
  }

  private StateTotals totals() {
    if (totals == null) {
      totals = spec.denominator() != null ? StateTotals.of(spec.denominator()) : StateTotals.fixed(spec.fixedTotal());
    }
    return totals;
  }

  @Override
  public String toString() {
    List<Step> steps = steps();
    String what = switch (spec.measure()) {
      case CONSENTS -> " consents";
      case PARTIES -> " parties";
      case SIGNATURES -> " signatures";
    };
    return treaty.shortName() + ": " + (steps.isEmpty() ? 0 : steps.get(steps.size() - 1).count())
        + what + " since " + originLabel() + " (" + originDate() + ")";
  }
}
