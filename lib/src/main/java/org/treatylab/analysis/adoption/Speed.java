package org.treatylab.analysis.adoption;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.treatylab.base.Checks;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How fast treaties entered into force, compared side by side: days from opening for signature (or
 * from adoption, for treaties that never opened for signature, such as the CCW protocols) to the
 * instrument that triggered entry into force and to entry into force itself. For Petrova's (2019) "the
 * fastest entry into force of any major multilateral treaty", checked against every treaty in
 * {@code treaties.csv} (UN Treaty Collection status pages as at 3 February 2026).
 *
 * <pre>{@code
 * Speed.ranking();                                  // every treaty, fastest first
 * Speed.daysToEntryIntoForce(Treaties.mineBan());   // 453
 * }</pre>
 */
public final class Speed {
  private Speed() {}

  /** Returns the date the speed clock starts: opening for signature, or adoption when there was none. */
  public static LocalDate start(Treaty treaty) {
    Checks.notNull(treaty, "treaty");
    return treaty.openedForSignature() != null ? treaty.openedForSignature() : treaty.adopted();
  }

  /** Returns the days from {@link #start} to entry into force, or empty when the treaty is not in force. */
  public static OptionalLong daysToEntryIntoForce(Treaty treaty) {
    Checks.notNull(treaty, "treaty");
    return treaty.entryIntoForce() == null ? OptionalLong.empty()
        : OptionalLong.of(ChronoUnit.DAYS.between(start(treaty), treaty.entryIntoForce()));
  }

  /**
   * Returns when the {@code n}-th instrument of consent was deposited, counted from {@link #start}, or
   * empty when fewer were deposited by the treaty's status date.
   *
   * @param n 1 or more
   */
  public static Optional<Thresholds.Crossing> daysToInstruments(Treaty treaty, int n) {
    return Thresholds.firstCount(AdoptionCurve.of(treaty).sinceOpening(), n);
  }

  /**
   * Returns the rank of {@code treatyId} (1 = fastest) among {@code treaties} by days to entry into
   * force, counted as in {@link #ranking(List)}.
   *
   * @throws IllegalArgumentException when the treaty is not among them ("unknown treaty id 'mbtt' — did
   *     you mean mbt?") or not in force
   */
  public static int rankOf(String treatyId, List<Treaty> treaties) {
    Checks.notNull(treatyId, "treatyId");
    Table t = ranking(treaties);
    List<String> ids = t.stringColumn("treaty_id").asList();
    if (!ids.contains(treatyId)) {
      throw Checks.unknown("treaty id", "treatyId", treatyId, ids, "Speed.ranking()");
    }
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.stringColumn("treaty_id").get(r).equals(treatyId) && !t.intColumn("rank").isMissing(r)) {
        return t.intColumn("rank").getInt(r);
      }
    }
    throw new IllegalArgumentException(treatyId + " is not in force at the data's status date, so it has no rank"
        + " among " + treaties.size() + " treaties; rank a treaty in force");
  }

  /** Returns every treaty in {@code treaties.csv} ranked by {@link #daysToEntryIntoForce}, fastest first. */
  public static Table ranking() {
    return ranking(Treaties.all());
  }

  /**
   * Returns the treaties ranked by days from opening (or adoption) to entry into force, fastest first;
   * treaties not in force come last, without a rank. Columns: rank, treaty_id, short_name, clock_from
   * (opening / adoption), start, instruments_for_eif, days_to_nth_instrument, entry_into_force,
   * days_to_eif, years_to_eif. Data: {@code treaties.csv} and {@code treaty_participation.csv}.
   *
   * @param treaties not empty, no nulls
   */
  public static Table ranking(List<Treaty> treaties) {
    Checks.notNull(treaties, "treaties");
    if (treaties.isEmpty()) {
      throw new IllegalArgumentException("treaties is empty; pass one treaty or more, e.g. Treaties.all()");
    }
    for (int i = 0; i < treaties.size(); i++) {
      Checks.notNull(treaties.get(i), "treaties[" + i + "]");
    }
    List<Treaty> sorted = new ArrayList<>(treaties);
    sorted.sort(Comparator.comparingLong((Treaty t) -> daysToEntryIntoForce(t).orElse(Long.MAX_VALUE))
        .thenComparing(Treaty::id));
    IntColumn rank = IntColumn.create("rank");
    StringColumn id = StringColumn.create("treaty_id");
    StringColumn name = StringColumn.create("short_name");
    StringColumn from = StringColumn.create("clock_from");
    DateColumn start = DateColumn.create("start");
    IntColumn n = IntColumn.create("instruments_for_eif");
    IntColumn daysN = IntColumn.create("days_to_nth_instrument");
    DateColumn eif = DateColumn.create("entry_into_force");
    IntColumn days = IntColumn.create("days_to_eif");
    DoubleColumn years = DoubleColumn.create("years_to_eif");
    int r = 0;
    for (Treaty t : sorted) {
      OptionalLong d = daysToEntryIntoForce(t);
      if (d.isPresent()) {
        rank.append(++r);
      } else {
        rank.appendMissing();
      }
      id.append(t.id());
      name.append(t.shortName());
      from.append(t.openedForSignature() != null ? "opening" : "adoption");
      start.append(start(t));
      n.append(t.instrumentsForEntryIntoForce());
      Optional<Thresholds.Crossing> nth = t.instrumentsForEntryIntoForce() > 0
          ? daysToInstruments(t, t.instrumentsForEntryIntoForce()) : Optional.empty();
      if (nth.isPresent()) {
        daysN.append((int) nth.get().daysSinceOrigin());
      } else {
        daysN.appendMissing();
      }
      eif.append(t.entryIntoForce());
      if (d.isPresent()) {
        days.append((int) d.getAsLong());
        years.append(d.getAsLong() / 365.25);
      } else {
        days.appendMissing();
        years.appendMissing();
      }
    }
    return Table.create("days from opening (or adoption) to entry into force", rank, id, name, from, start, n,
        daysN, eif, days, years);
  }
}
