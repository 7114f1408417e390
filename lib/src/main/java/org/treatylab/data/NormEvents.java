package org.treatylab.data;

import tech.tablesaw.api.Table;

/**
 * Norm-affirming events of one process (one row per counted number: low/high/preferred count, count
 * type, grade, source, quote) and the partial named state lists of its events.
 *
 * <p>Source: {@code events.csv} and {@code event_state_lists.csv}; see {@link Events}.
 */
public final class NormEvents {
  private final CuratedTable events;
  private final CuratedTable stateLists;

  NormEvents(CuratedTable events, CuratedTable stateLists) {
    this.events = events;
    this.stateLists = stateLists;
  }

  /** Returns only Petrova's norm-affirming indicators (no attendance counts with observers, no votes). */
  public NormEvents onlyNormAffirming() {
    Table t = events.table();
    return new NormEvents(events.with(t.where(t.booleanColumn("norm_affirming").isTrue())), stateLists);
  }

  /**
   * Returns the (first) date of the event with the given id (e.g. {@code "L8"}).
   *
   * @throws IllegalArgumentException when there is no such event
   */
  public java.time.LocalDate date(String eventId) {
    Table t = table();
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.stringColumn("event_id").get(r).equals(eventId)) {
        return t.dateColumn("date_start").get(r);
      }
    }
    throw new IllegalArgumentException("no event '" + eventId + "' in " + this);
  }

  /**
   * Returns the last date of the event with the given id (its first date for one-day events).
   *
   * @throws IllegalArgumentException when there is no such event
   */
  public java.time.LocalDate endDate(String eventId) {
    Table t = table();
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.stringColumn("event_id").get(r).equals(eventId)) {
        return t.dateColumn("date_end").get(r);
      }
    }
    throw new IllegalArgumentException("no event '" + eventId + "' in " + this);
  }

  /**
   * Returns the event's count as its sources give it: "low to high (preferred p)", or the one value.
   *
   * @throws IllegalArgumentException when there is no such event
   */
  public String countRange(String eventId) {
    Table t = table();
    Table row = t.where(t.stringColumn("event_id").isEqualTo(eventId));
    if (row.rowCount() != 1) {
      throw new IllegalArgumentException("no event '" + eventId + "' in " + this);
    }
    String low = row.intColumn("n_low").isMissing(0) ? "?" : String.valueOf(row.intColumn("n_low").get(0));
    String high = row.intColumn("n_high").isMissing(0) ? "?" : String.valueOf(row.intColumn("n_high").get(0));
    String pref = row.intColumn("n_preferred").isMissing(0) ? "none" : String.valueOf(row.intColumn("n_preferred").get(0));
    return eventId + ": " + (low.equals(high) ? low : low + " to " + high) + " (preferred " + pref + ")";
  }

  /**
   * Returns the preferred count of the event with the given id (e.g. {@code "L13"}).
   *
   * @throws IllegalArgumentException when there is no such event or it has no preferred count
   */
  public int preferredCount(String eventId) {
    Table t = events.table();
    Table row = t.where(t.stringColumn("event_id").isEqualTo(eventId));
    if (row.rowCount() != 1 || row.intColumn("n_preferred").isMissing(0)) {
      throw new IllegalArgumentException("no event '" + eventId + "' with a preferred count");
    }
    return row.intColumn("n_preferred").get(0);
  }

  /** Returns the events as a Tablesaw table. */
  public Table table() {
    return events.table();
  }

  /** Returns the named states per event list of this process (most lists are partial). */
  public Table stateLists() {
    return stateLists.table();
  }

  /** Returns the events dataset's sources, caveats and title. */
  public CuratedTable source() {
    return events;
  }

  @Override
  public String toString() {
    return events.toString();
  }
}
