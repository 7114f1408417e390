package org.treatylab.analysis.adoption;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.treatylab.base.Checks;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
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
    List<Optional<Crossing>> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (double s : shares) {
      rows.add(firstShare(curve, s));
      labels.add(shareLabel(s) + " of states");
    }
    int n = curve.treaty().instrumentsForEntryIntoForce();
    if (n > 0) {
      rows.add(firstCount(curve.consents(), n));
      labels.add(n + " instruments of consent");
    }
    StringColumn what = StringColumn.create("threshold");
    DateColumn date = DateColumn.create("date");
    IntColumn days = IntColumn.create("days_since_origin");
    IntColumn count = IntColumn.create("count");
    DoubleColumn share = DoubleColumn.create("share");
    for (int i = 0; i < rows.size(); i++) {
      what.append(labels.get(i));
      Crossing c = rows.get(i).orElse(null);
      date.append(c == null ? null : c.date());
      if (c == null) {
        days.appendMissing();
        count.appendMissing();
        share.appendMissing();
      } else {
        days.append((int) c.daysSinceOrigin());
        count.append(c.count());
        share.append(c.share());
      }
    }
    LocalDate eif = curve.treaty().entryIntoForce();
    if (eif != null) {
      what.append("entry into force");
      date.append(eif);
      days.append((int) ChronoUnit.DAYS.between(curve.originDate(), eif));
      count.append(curve.countAt(eif));
      share.append(curve.shareAt(eif));
    }
    return Table.create(curve.treaty().shortName() + ": thresholds since " + curve.originLabel(),
        what, date, days, count, share);
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
    Table t = Table.create("share of all states that had consented, years after adoption (%)");
    tech.tablesaw.api.StringColumn names = tech.tablesaw.api.StringColumn.create("treaty");
    treaties.forEach(tr -> names.append(tr.shortName()));
    t.addColumns(names);
    for (double y : years) {
      tech.tablesaw.api.DoubleColumn col = tech.tablesaw.api.DoubleColumn.create(fmtYears(y) + " years");
      for (org.treatylab.data.Treaty tr : treaties) {
        AdoptionCurve c = AdoptionCurve.of(tr).shares();
        col.append(Math.round(1000 * c.shareAt(c.originDate().plusDays(Math.round(y * 365.25)))) / 10.0);
      }
      t.addColumns(col);
    }
    return t;
  }

  private static String fmtYears(double y) {
    return y == Math.rint(y) ? Long.toString((long) y) : Double.toString(y);
  }
}
