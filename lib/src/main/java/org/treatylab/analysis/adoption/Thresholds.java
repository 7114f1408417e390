package org.treatylab.analysis.adoption;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.treatylab.base.Checks;
import org.treatylab.base.Tables;
import tech.tablesaw.api.Table;

/**
 * When an adoption curve first reaches a count or a share of all states: "the 40th instrument", "15 %
 * of states", "one-third", "half". The share at a date is {@link AdoptionCurve#shareAt}: the actors
 * counted by then (UN members only, under the default denominator) over the number of states then.
 * Crossings are looked for at the dates on which the count changes, so the date returned is the deposit
 * (or signature) that carried the curve over the line.
 *
 * <pre>{@code
 * AdoptionCurve mbt = AdoptionCurve.of(Treaties.mineBan()).sinceOpening();
 * Thresholds.firstShare(mbt, 0.15);          // Optional[15 % of states: 1998-..., day ...]
 * Thresholds.firstCount(mbt, 40);            // the 40th instrument
 * Thresholds.table(mbt);                     // 15 %, one-third, half, and the N for entry into force
 * }</pre>
 */
public final class Thresholds {
  /** The shares Petrova's argument turns on: 15 %, one-third, one-half. */
  public static final double[] PAPER_SHARES = {0.15, 1.0 / 3, 0.5};

  private Thresholds() {}

  /**
   * The first date a curve reached a threshold.
   *
   * @param what the threshold in words, e.g. "15 % of states" or "40 instruments of consent"
   * @param date the date it was reached
   * @param daysSinceOrigin days from the curve's origin (adoption or opening) to {@code date}
   * @param count the curve's count on that date
   * @param share the share of all states on that date (0–1)
   */
  public record Crossing(String what, LocalDate date, long daysSinceOrigin, int count, double share) {
    /** Returns the time from the origin in years (days / 365.25). */
    public double yearsSinceOrigin() {
      return daysSinceOrigin / 365.25;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%s: %s, day %d (%.2f years), count %d, share %.1f %%", what, date, daysSinceOrigin,
          yearsSinceOrigin(), count, 100 * share);
    }
  }

  /**
   * Returns the first date the curve's share of all states is at least {@code share}, or empty if it
   * never is.
   *
   * @param curve not null
   * @param share a fraction above 0 and at most 1, e.g. 0.15 (not 15)
   * @throws IllegalArgumentException "share is 15.0; pass a fraction above 0 and at most 1 (0.15 for 15 %)"
   */
  public static Optional<Crossing> firstShare(AdoptionCurve curve, double share) {
    Checks.notNull(curve, "curve");
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("share is " + share + "; pass a fraction above 0 and at most 1 (0.15 for 15 %)");
    }
    for (AdoptionCurve.Point p : curve.byDay().points()) {
      if (p.share() >= share - 1e-12) {
        return Optional.of(new Crossing(shareLabel(share) + " of states", p.date(), p.daysSinceOrigin(),
            p.count(), p.share()));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the first date the curve's count is at least {@code n}, or empty if it never is.
   *
   * @param curve not null
   * @param n 1 or more (a count of 0 or less is reached before the first instrument: refused)
   */
  public static Optional<Crossing> firstCount(AdoptionCurve curve, int n) {
    Checks.notNull(curve, "curve");
    Checks.atLeast(n, "n", 1, "40 instruments");
    for (AdoptionCurve.Step s : curve.steps()) {
      if (s.count() >= n) {
        return Optional.of(new Crossing(n + " " + curve.measure().label(), s.date(), s.daysSinceOrigin(),
            curve.countAt(s.date()), curve.shareAt(s.date())));
      }
    }
    return Optional.empty();
  }

  /** Returns the days from the curve's origin to the treaty's entry into force, or empty when not in force. */
  public static OptionalLong daysToEntryIntoForce(AdoptionCurve curve) {
    Checks.notNull(curve, "curve");
    LocalDate eif = curve.treaty().entryIntoForce();
    return eif == null ? OptionalLong.empty() : OptionalLong.of(ChronoUnit.DAYS.between(curve.originDate(), eif));
  }

  /**
   * Returns a table with one row per threshold: the {@link #PAPER_SHARES}, and the number of
   * instruments the treaty needs for entry into force (when known), then entry into force itself.
   */
  public static Table table(AdoptionCurve curve) {
    return table(curve, PAPER_SHARES);
  }

  /** Returns a table with one row per share threshold, the instruments for entry into force, and entry into force. */
  public static Table table(AdoptionCurve curve, double... shares) {
    Checks.notNull(curve, "curve");
    Checks.notNull(shares, "shares");
    // a threshold the curve never reached keeps its row, with the cells after its name missing
    record Row(String what, LocalDate date, Integer days, Integer count, double share) {
      static Row of(String what, Optional<Crossing> crossing) {
        return crossing.map(c -> new Row(what, c.date(), (int) c.daysSinceOrigin(), c.count(), c.share()))
            .orElse(new Row(what, null, null, null, Double.NaN));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (double s : shares) {
      rows.add(Row.of(shareLabel(s) + " of states", firstShare(curve, s)));
    }
    int n = curve.treaty().instrumentsForEntryIntoForce();
    if (n > 0) {
      rows.add(Row.of(n + " instruments of consent", firstCount(curve.consents(), n)));
    }
    LocalDate eif = curve.treaty().entryIntoForce();
    if (eif != null) {
      rows.add(new Row("entry into force", eif, (int) ChronoUnit.DAYS.between(curve.originDate(), eif),
          curve.countAt(eif), curve.shareAt(eif)));
    }
    return Tables.of(curve.treaty().shortName() + ": thresholds since " + curve.originLabel(), rows)
        .text("threshold", Row::what)
        .date("date", Row::date)
        .integer("days_since_origin", "days", Row::days)
        .integer("count", Row::count)
        .number("share", "fraction of the states (0 to 1)", Row::share)
        .build();
  }

  /** Returns a share in words: "15 %", "one-third", "one-half", "2/3", else a percentage. */
  public static String shareLabel(double share) {
    Checks.inRange(share, "share", 0, Double.POSITIVE_INFINITY, "a fraction of 0 or more (0.15 for 15 %)");
    if (Math.abs(share - 1.0 / 3) < 1e-9) {
      return "one-third";
    }
    if (Math.abs(share - 2.0 / 3) < 1e-9) {
      return "two-thirds";
    }
    if (share == 0.5) {
      return "one-half";
    }
    double pct = share * 100;
    return (pct == Math.rint(pct) ? String.valueOf((long) pct) : String.format(java.util.Locale.ROOT, "%.1f", pct)) + " %";
  }

  /**
   * Returns, for each treaty, the share of all states (UN members at each date) that had consented
   * {@code years} after the treaty's adoption, one column per number of years, in percent.
   *
   * <p>Data: each treaty's participation ({@code treaty_participation.csv}) and {@code un_membership.csv}.
   *
   * @param treaties the treaties, one row each; not empty
   * @param years e.g. {@code 1, 2, 5}; at least one, each 0 or more, and not past a treaty's status date
   * @throws IllegalArgumentException for an empty list, no years, a negative or NaN number of years, or a
   *     date after a treaty's status date
   */
  public static Table sharesAfterYears(java.util.List<org.treatylab.data.Treaty> treaties, double... years) {
    Checks.notNull(treaties, "treaties");
    Checks.notNull(years, "years");
    if (treaties.isEmpty()) {
      throw new IllegalArgumentException("treaties is empty; pass one treaty or more, e.g. List.of(Treaties.mineBan())");
    }
    if (years.length == 0) {
      throw new IllegalArgumentException("years is empty; pass one number of years or more, e.g. 1, 2, 5");
    }
    for (double y : years) {
      Checks.inRange(y, "years", 0, Double.POSITIVE_INFINITY, "numbers of years of 0 or more since adoption");
    }
    for (int i = 0; i < treaties.size(); i++) {
      Checks.notNull(treaties.get(i), "treaties[" + i + "]");
    }
    Tables.Builder<org.treatylab.data.Treaty> table =
        Tables.of("share of all states that had consented, years after adoption (%)", treaties)
            .text("treaty", org.treatylab.data.Treaty::shortName);
    for (double y : years) {
      table.number(fmtYears(y) + " years", "% of all states", tr -> {
        AdoptionCurve c = AdoptionCurve.of(tr).shares();
        return Math.round(1000 * c.shareAt(c.originDate().plusDays(Math.round(y * 365.25)))) / 10.0;
      });
    }
    return table.build();
  }

  private static String fmtYears(double y) {
    return y == Math.rint(y) ? Long.toString((long) y) : Double.toString(y);
  }
}
