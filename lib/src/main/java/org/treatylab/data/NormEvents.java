package org.treatylab.data;

import tech.tablesaw.api.Table;
import org.treatylab.base.Checks;

/**
 * Norm-affirming events of one process (one row per counted number: low/high/preferred count, count
 * type, grade, source, quote) and the partial named state lists of its events.
 *
 * <p>Source: {@code events.csv} and {@code event_state_lists.csv}; see {@link Events}.
 */
public final class NormEvents extends CuratedRows {
  private final CuratedTable stateLists;

  NormEvents(CuratedTable events, CuratedTable stateLists) {
    super(events);
    this.stateLists = stateLists;
  }

  /** Returns only Petrova's norm-affirming indicators (no attendance counts with observers, no votes). */
  public NormEvents onlyNormAffirming() {
    Table t = table();
    return new NormEvents(withRows(t.where(t.booleanColumn("norm_affirming").isTrue())), stateLists);
  }

  /**
   * Returns the row of an event of this process, or throws: "unknown event id 'L88' — did you mean L8?
   * (known: …)", or, for an event {@link #onlyNormAffirming()} left out, a message that says so.
   */
  private Table row(String eventId) {
    Checks.notNull(eventId, "eventId");
    Table t = table();
    Table row = t.where(t.stringColumn("event_id").isEqualTo(eventId));
    if (row.rowCount() == 1) {
      return row;
    }
    if (row.rowCount() > 1) {
      throw new IllegalStateException(row.rowCount() + " rows for event '" + eventId + "' in " + this);
    }
    Table all = CuratedTable.load(source().name()).table();
    Table dropped = all.where(all.stringColumn("event_id").isEqualTo(eventId));
    if (dropped.rowCount() == 1 && dropped.stringColumn("process").get(0).equals(process())) {
      throw new IllegalArgumentException("event '" + eventId + "' (eventId) is not a norm-affirming indicator, so "
          + "onlyNormAffirming() left it out; ask the whole process (Events.ottawaProcess() or Events.osloProcess())");
    }
    throw Checks.unknown("event id", eventId, t.stringColumn("event_id").asList(), "table()");
  }

  /** The process of these events ({@code landmines} or {@code cluster-munitions}), or "" when none is held. */
  private String process() {
    Table t = table();
    return t.rowCount() == 0 ? "" : t.stringColumn("process").get(0);
  }

  /**
   * Returns the (first) date of the event with the given id (e.g. {@code "L8"}), from {@code events.csv}.
   *
   * @throws IllegalArgumentException when this process has no such event, with the nearest id
   */
  public java.time.LocalDate date(String eventId) {
    return row(eventId).dateColumn("date_start").get(0);
  }

  /**
   * Returns the last date of the event with the given id (its first date for one-day events), from
   * {@code events.csv}.
   *
   * @throws IllegalArgumentException when this process has no such event, with the nearest id
   */
  public java.time.LocalDate endDate(String eventId) {
    return row(eventId).dateColumn("date_end").get(0);
  }

  /**
   * Returns the event's count as its sources give it: "low to high (preferred p)", or the one value
   * ({@code events.csv}).
   *
   * @throws IllegalArgumentException when this process has no such event, with the nearest id
   */
  public String countRange(String eventId) {
    Table row = row(eventId);
    String low = row.intColumn("n_low").isMissing(0) ? "?" : String.valueOf(row.intColumn("n_low").get(0));
    String high = row.intColumn("n_high").isMissing(0) ? "?" : String.valueOf(row.intColumn("n_high").get(0));
    String pref = row.intColumn("n_preferred").isMissing(0) ? "none" : String.valueOf(row.intColumn("n_preferred").get(0));
    return eventId + ": " + (low.equals(high) ? low : low + " to " + high) + " (preferred " + pref + ")";
  }

  /**
   * Returns the preferred count of the event with the given id (e.g. {@code "L13"}), from {@code events.csv}.
   *
   * @throws IllegalArgumentException when this process has no such event (with the nearest id), or the
   *     event has no preferred count (naming the range its sources give)
   */
  public int preferredCount(String eventId) {
    Table row = row(eventId);
    if (row.intColumn("n_preferred").isMissing(0)) {
      throw new IllegalArgumentException("event '" + eventId + "' (eventId) has no preferred count; its sources give "
          + countRange(eventId) + ": use countRange(\"" + eventId + "\") or table()");
    }
    return row.intColumn("n_preferred").get(0);
  }

  /** Returns the named states per event list of this process (most lists are partial). */
  public Table stateLists() {
    return stateLists.table();
  }

  @Override
  public String toString() {
    return source().toString();
  }
}
