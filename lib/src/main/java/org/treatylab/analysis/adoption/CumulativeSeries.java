package org.treatylab.analysis.adoption;

import org.treatylab.base.Checks;
import org.treatylab.base.Tables;
import java.time.LocalDate;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A cumulative series at dates: the common input of {@link Tipping} and {@link Diffusion}. Built by
 * {@link AdoptionCurve#series()} (counts at each day, month or year) or {@link EventSeries#series()}
 * (states counted at each norm-affirming event).
 *
 * @param name what the series counts, for labels
 * @param origin the date time is counted from
 * @param dates the dates, ascending
 * @param years years since {@code origin} at each date (days / 365.25)
 * @param values the cumulative count at each date
 * @param shares the count as a share of all states at each date (0–1), or NaN where unknown
 */
public record CumulativeSeries(String name, LocalDate origin, List<LocalDate> dates, double[] years, double[] values,
    double[] shares) {
  /** Checks that the arrays line up. */
  public CumulativeSeries {
    Checks.notNull(name, "name");
    Checks.notNull(origin, "origin");
    Checks.notNull(dates, "dates");
    Checks.notNull(years, "years");
    Checks.notNull(values, "values");
    Checks.notNull(shares, "shares");
    if (years.length != dates.size() || values.length != dates.size() || shares.length != dates.size()) {
      throw new IllegalArgumentException("dates (" + dates.size() + "), years (" + years.length + "), values ("
          + values.length + ") and shares (" + shares.length + ") must have the same length; pass one of each per point");
    }
    for (int i = 0; i < years.length; i++) {
      if (Double.isNaN(years[i]) || i > 0 && years[i] < years[i - 1]) {
        throw new IllegalArgumentException("years[" + i + "] is " + years[i] + (i > 0 ? " after " + years[i - 1] : "")
            + "; pass the times in ascending order, as numbers");
      }
    }
    dates = List.copyOf(dates);
    years = years.clone();
    values = values.clone();
    shares = shares.clone();
  }

  /** Returns the times in years since the origin (a copy). */
  @Override
  public double[] years() {
    return years.clone();
  }

  /** Returns the values (a copy). */
  @Override
  public double[] values() {
    return values.clone();
  }

  /** Returns the shares of all states (a copy). */
  @Override
  public double[] shares() {
    return shares.clone();
  }

  /**
   * Returns a series of values at times given in years, without dates (synthetic data). Dates are
   * {@code origin} plus the rounded number of days; shares are NaN.
   */
  public static CumulativeSeries ofYears(String name, LocalDate origin, double[] years, double[] values) {
    Checks.notNull(origin, "origin");
    Checks.notNull(years, "years");
    Checks.notNull(values, "values");
    if (years.length != values.length) {
      throw new IllegalArgumentException("years (" + years.length + ") and values (" + values.length
          + ") must have the same length; pass one value per time");
    }
    for (int i = 0; i < years.length; i++) {
      Checks.inRange(years[i], "years[" + i + "]", -Double.MAX_VALUE, Double.MAX_VALUE, "a finite number of years");
    }
    List<LocalDate> dates = java.util.Arrays.stream(years)
        .mapToObj(y -> origin.plusDays(Math.round(y * 365.25))).toList();
    double[] shares = new double[years.length];
    java.util.Arrays.fill(shares, Double.NaN);
    return new CumulativeSeries(name, origin, dates, years.clone(), values.clone(), shares);
  }

  /** Returns the number of points. */
  public int size() {
    return dates.size();
  }

  /** Returns the series as a table: date, years since origin, value, share. */
  public Table table() {
    return Tables.rows(name, dates.size())
        .date("date", dates::get)
        .number("years_since_origin", "years", i -> years[i])
        .number("value", i -> values[i])
        .number("share", "fraction of the states (0 to 1)", i -> shares[i])
        .build();
  }

  @Override
  public String toString() {
    return name + ": " + size() + " points"
        + (size() == 0 ? "" : ", " + dates.get(0) + " to " + dates.get(size() - 1)
            + ", last value " + values[size() - 1]);
  }
}
