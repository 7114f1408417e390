package org.treatylab.analysis.adoption;

import org.treatylab.base.Checks;
import org.treatylab.base.Tables;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.data.Denominator;
import org.treatylab.data.NormEvents;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The early-support series of a norm process: at each event date, how many states took a
 * norm-affirming step (supported a ban, endorsed a declaration, took part as full participants,
 * signed), with the evidence grade of the count. For Petrova's (2019) Figures 3 and 4 and for
 * {@link Tipping} on the support series.
 *
 * <p>Built from {@code events.csv} ({@link org.treatylab.data.Events}): the norm-affirming rows with a
 * count (the preferred count, else the lower bound), dated by the event's last day; where several rows
 * share a date, the largest count is kept. The counts are levels at each event, not increments, and
 * need not rise monotonically (fewer states negotiated in Oslo than endorsed the Brussels Declaration).
 */
public final class EventSeries {
  /**
   * One point of the series.
   *
   * @param id event id in {@code events.csv}, e.g. {@code L13}
   * @param date the event's last day
   * @param count states counted
   * @param grade the evidence grade, e.g. {@code solid} or {@code approximate}
   * @param countType what was counted, e.g. {@code declaration}
   * @param label the event in words
   */
  public record Event(String id, LocalDate date, int count, String grade, String countType, String label) {}

  private final String name;
  private final List<Event> events;

  private EventSeries(String name, List<Event> events) {
    this.name = name;
    this.events = events.stream().sorted(Comparator.comparing(Event::date).thenComparing(Event::id)).toList();
  }

  /** Returns the norm-affirming series of a process, e.g. {@code EventSeries.of(Events.ottawaProcess())}. */
  public static EventSeries of(NormEvents process) {
    Checks.notNull(process, "process");
    Table t = process.onlyNormAffirming().table();
    String name = t.rowCount() == 0 ? "events" : t.stringColumn("process").get(0);
    Map<LocalDate, Event> byDate = largestCountPerDate(t, kind -> true);
    return new EventSeries(name + " norm-affirming events", new ArrayList<>(byDate.values()));
  }

  /**
   * The dated counts of the rows whose count type is wanted: the preferred count, else the low bound,
   * rows with neither left out; where several share a date, the largest.
   */
  private static Map<LocalDate, Event> largestCountPerDate(Table t, java.util.function.Predicate<String> countType) {
    Map<LocalDate, Event> byDate = new LinkedHashMap<>();
    for (Row r : t) {
      if (!countType.test(r.getString("count_type"))) {
        continue;
      }
      Integer n = !r.isMissing("n_preferred") ? Integer.valueOf(r.getInt("n_preferred"))
          : !r.isMissing("n_low") ? Integer.valueOf(r.getInt("n_low")) : null;
      if (n == null) {
        continue;
      }
      Event e = new Event(r.getString("event_id"), r.getDate("date_end"), n, r.getString("grade"),
          r.getString("count_type"), r.getString("event"));
      byDate.merge(e.date(), e, (a, b) -> b.count() > a.count() ? b : a);
    }
    return byDate;
  }

  /**
   * One cumulative global series of a process, for differencing (growth between counts): the levels of
   * the norm-affirming counts of the given kinds only (e.g. the declaration endorsements {@code
   * full_declaration}, {@code declaration}, {@code declaration_cumulative}), the largest where several
   * share a date; a count below the series' running level cannot be a level of a cumulative global
   * series (a regional conference's declaration, new endorsers only) and is left out, named in
   * {@link Levels#leftOut()}. Count kinds that are new-only ({@code declaration_new}) are refused: they
   * are increments, not levels. Data: {@code events.csv}.
   *
   * @param process the process's events, e.g. {@code Events.osloProcess()}
   * @param seriesName the series in words, e.g. "Oslo Declaration endorsements (cumulative)"
   * @param countTypes the kinds of count that are levels of the series, one or more
   * @throws IllegalArgumentException for no kinds, a new-only kind, or kinds with no count in the process
   */
  public static Levels levelsOf(NormEvents process, String seriesName, java.util.Set<String> countTypes) {
    Checks.notNull(process, "process");
    Checks.notNull(seriesName, "seriesName");
    Checks.notNull(countTypes, "countTypes");
    if (countTypes.isEmpty()) {
      throw new IllegalArgumentException("countTypes is empty; pass the kinds of count that are levels of one series, "
          + "e.g. full_declaration, declaration, declaration_cumulative");
    }
    for (String k : countTypes) {
      if (k.endsWith("_new")) {
        throw new IllegalArgumentException("count type '" + k + "' counts new states only (an increment, not a level); "
            + "leave it out of a series that is differenced");
      }
    }
    EventSeries all = of(process);
    Map<LocalDate, Event> byDate = largestCountPerDate(process.onlyNormAffirming().table(), countTypes::contains);
    if (byDate.isEmpty()) {
      throw new IllegalArgumentException(all.name() + " has no count of the kinds " + new java.util.TreeSet<>(countTypes)
          + "; pass kinds the process's events.csv rows use");
    }
    List<Event> sorted = new ArrayList<>(byDate.values());
    sorted.sort(Comparator.comparing(Event::date).thenComparing(Event::id));
    List<Event> kept = new ArrayList<>();
    List<Event> leftOut = new ArrayList<>();
    int level = Integer.MIN_VALUE;
    for (Event e : sorted) {
      if (e.count() < level) {
        leftOut.add(e);
      } else {
        kept.add(e);
        level = e.count();
      }
    }
    return new Levels(new EventSeries(seriesName, kept), List.copyOf(leftOut));
  }

  /**
   * One cumulative global series and the counts of its kinds left out because they fall below the
   * running level (see {@link #levelsOf}).
   *
   * @param series the levels, in date order, never falling
   * @param leftOut the counts below the running level, in date order
   */
  public record Levels(EventSeries series, List<Event> leftOut) {
    /** Returns the left-out counts in words: "C12 (38 on 2008-04-01)", or "none". */
    public String leftOutDescribed() {
      return leftOut.isEmpty() ? "none" : String.join(", ", leftOut.stream()
          .map(e -> e.id() + " (" + e.count() + " on " + e.date() + ")").toList());
    }
  }

  /** Returns a series made of the given events (synthetic data or another process): one event or more. */
  public static EventSeries of(String name, List<Event> events) {
    Checks.notNull(name, "name");
    Checks.notNull(events, "events");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("events is empty; pass one dated count or more");
    }
    for (int i = 0; i < events.size(); i++) {
      Checks.notNull(events.get(i), "events[" + i + "]");
    }
    return new EventSeries(name, events);
  }

  /**
   * The support a norm had just before a date (the launch of the alternative negotiations, in
   * Petrova's account): the last event before it, its count and that count as a share of the UN
   * members then.
   */
  public record SupportBefore(LocalDate before, Event event, int unMembers) {
    /** Returns the count as a share of UN members at the event's date. */
    public double share() {
      return event.count() / (double) unMembers;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%d states (%.1f %% of %d UN members) on %s, before %s: %s [%s]",
          event.count(), 100 * share(), unMembers, event.date(), before, event.label(), event.grade());
    }
  }

  /**
   * Returns the last event strictly before {@code date} with its share of UN members then.
   *
   * @param date not after the data's status date ({@code treaties.csv} {@code status_as_at})
   * @throws IllegalArgumentException when no event precedes the date (the message names the first event)
   */
  public SupportBefore supportBefore(LocalDate date) {
    Checks.notAfter(date, "date", org.treatylab.data.States.statusDate());
    Event last = null;
    for (Event e : events) {
      if (e.date().isBefore(date)) {
        last = e;
      }
    }
    if (last == null) {
      throw new IllegalArgumentException("no event of " + name + " before " + date
          + (events.isEmpty() ? "" : "; the first is " + events.get(0).id() + " on " + events.get(0).date()
              + ": pass a later date"));
    }
    return new SupportBefore(date, last, org.treatylab.data.States.unMembersAt(last.date()));
  }

  /** Returns only the events whose count is graded {@code solid}. */
  public EventSeries onlySolid() {
    return new EventSeries(name + " (solid)", events.stream().filter(e -> "solid".equals(e.grade())).toList());
  }

  /** Returns the series' name. */
  public String name() {
    return name;
  }

  /** Returns the events in date order. */
  public List<Event> events() {
    return events;
  }

  /**
   * Returns the counts as a {@link CumulativeSeries} from the first event's date, with the share of UN members
   * at each date.
   */
  public CumulativeSeries series() {
    StateTotals totals = StateTotals.of(Denominator.UN_MEMBERS_AT_DATE);
    return series(totals);
  }

  CumulativeSeries series(StateTotals totals) {
    LocalDate origin = events.isEmpty() ? LocalDate.MIN : events.get(0).date();
    return new CumulativeSeries(name, origin, events.stream().map(Event::date).toList(),
        events.stream().mapToDouble(e -> ChronoUnit.DAYS.between(origin, e.date()) / 365.25).toArray(),
        events.stream().mapToDouble(Event::count).toArray(),
        events.stream().mapToDouble(e -> (double) e.count() / totals.at(e.date())).toArray());
  }

  /** Returns the events as a table: id, date, count, grade, count type, event. */
  public Table table() {
    return Tables.of(name, events)
        .text("event_id", Event::id)
        .date("date", Event::date)
        .integer("count", "states", Event::count)
        .text("grade", Event::grade)
        .text("count_type", Event::countType)
        .text("event", Event::label)
        .build();
  }


  @Override
  public String toString() {
    return name + ": " + events.size() + " dated counts";
  }
}
