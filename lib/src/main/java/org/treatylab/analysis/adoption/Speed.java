package org.treatylab.analysis.adoption;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.treatylab.base.Checks;
import org.treatylab.base.Tables;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;
import tech.tablesaw.api.Table;

/**
 * How fast treaties entered into force, compared side by side: days from opening for signature (or
 * from adoption, for treaties that never opened for signature, such as the CCW protocols) to the
 * instrument that triggered entry into force and to entry into force itself. For Petrova's (2019) "the
 * fastest entry into force of any major multilateral treaty", checked against every treaty in
 * {@code treaties.csv} (UN Treaty Collection status pages; {@link Treaty#source()} cites each page and its
 * date).
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
    // a treaty not (yet) in force has no rank and no days: its cells stay missing
    record Ranked(Integer rank, Treaty treaty, Integer daysToNth, Long daysToEif) {}
    List<Ranked> rows = new ArrayList<>();
    int r = 0;
    for (Treaty t : sorted) {
      OptionalLong d = daysToEntryIntoForce(t);
      Optional<Thresholds.Crossing> nth = t.instrumentsForEntryIntoForce() > 0
          ? daysToInstruments(t, t.instrumentsForEntryIntoForce()) : Optional.empty();
      rows.add(new Ranked(d.isPresent() ? ++r : null, t, nth.map(c -> (int) c.daysSinceOrigin()).orElse(null),
          d.isPresent() ? d.getAsLong() : null));
    }
    return Tables.of("days from opening (or adoption) to entry into force", rows)
        .integer("rank", Ranked::rank)
        .text("treaty_id", x -> x.treaty().id())
        .text("short_name", x -> x.treaty().shortName())
        .text("clock_from", x -> x.treaty().openedForSignature() != null ? "opening" : "adoption")
        .date("start", x -> start(x.treaty()))
        .integer("instruments_for_eif", x -> x.treaty().instrumentsForEntryIntoForce())
        .integer("days_to_nth_instrument", "days", Ranked::daysToNth)
        .date("entry_into_force", x -> x.treaty().entryIntoForce())
        .integer("days_to_eif", "days", x -> x.daysToEif() == null ? null : (int) (long) x.daysToEif())
        .number("years_to_eif", "years", x -> x.daysToEif() == null ? Double.NaN : x.daysToEif() / 365.25)
        .build();
  }
}
