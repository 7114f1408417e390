package org.treatylab.data;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;
import org.treatylab.base.Checks;

/**
 * Recorded landmine/ERW casualties by calendar year and Landmine Monitor edition (one row per year
 * and edition). Later editions revise earlier years, so a series must pick one vintage:
 * {@link #asFirstReported()} (what the papers quote, e.g. 5,426 for 2007 from LM2008) or
 * {@link #latestRevision()} (the latest edition held, which the next edition may revise again).
 *
 * <p>Source: Landmine Monitor annual reports via {@code monitor_casualties.csv}, loaded by
 * {@link Monitor#casualties()}: each row names its report ({@code reported_in}), the report's title and
 * address ({@code source_title}, {@code source_url}) and the quote; {@link #years()} gives the years held.
 */
public final class Casualties {
  private final CuratedTable data;
  /**
   * What the rows are, for messages: the dataset's name, with the area when the series is one area's and
   * the year when the rows were narrowed to one.
   */
  private final String series;
  /** The data years of the rows held. */
  private final SortedSet<Integer> years;

  Casualties(CuratedTable data) {
    this(data, data.name());
  }

  Casualties(CuratedTable data, String series) {
    this.data = data;
    this.series = series;
    this.years = Collections.unmodifiableSortedSet(new TreeSet<>(data.table().intColumn("data_year").asList()));
  }

  private Casualties filtered(Table rows, String label) {
    return new Casualties(data.with(rows), label);
  }

  /** Returns one row per year: the figure of the latest edition held for that year. */
  public Casualties latestRevision() {
    Table t = data.table();
    return filtered(t.where(t.booleanColumn("latest_for_year").isTrue()), series);
  }

  /** Returns one row per year: the figure of the earliest edition held (the first report where known). */
  public Casualties asFirstReported() {
    Table t = data.table();
    return filtered(t.where(t.booleanColumn("earliest_for_year").isTrue()), series);
  }

  /**
   * Returns the data years of the rows held, in order (for {@link Monitor#casualties()}, the years of
   * {@code monitor_casualties.csv}; the Chechnya series of {@link Evidence#casualties(String)} has gaps).
   */
  public SortedSet<Integer> years() {
    return years;
  }

  /**
   * Returns the rows of one data year, all editions (of this vintage, after {@link #latestRevision()} or
   * {@link #asFirstReported()}). Data: this series' dataset ({@code monitor_casualties} or
   * {@code claims_evidence_casualties}).
   *
   * @throws IllegalArgumentException when the series holds no row for {@code dataYear} (before its first
   *     year, after its last, or a gap), naming the years it holds, e.g. "dataYear 2030 is after the last
   *     year of monitor_casualties (2024); ask about 1999–2024"
   */
  public Casualties year(int dataYear) {
    Checks.yearIn(dataYear, "dataYear", years, series);
    Table t = data.table();
    return filtered(t.where(t.intColumn("data_year").isEqualTo(dataYear)), series + ", data year " + dataYear + " only");
  }

  /**
   * Returns the total recorded casualties of a year when this value holds exactly one row for it
   * (use after {@link #latestRevision()} or {@link #asFirstReported()}). Data: this series' dataset
   * ({@code monitor_casualties} or {@code claims_evidence_casualties}).
   *
   * @throws IllegalArgumentException when the series holds no row for {@code dataYear}, naming the years it holds
   * @throws IllegalStateException when the year has several rows (editions): pick a vintage first
   */
  public int total(int dataYear) {
    Table rows = year(dataYear).table();
    if (rows.rowCount() != 1) {
      throw new IllegalStateException(rows.rowCount() + " rows (editions " + rows.stringColumn("reported_in").asList()
          + ") for dataYear " + dataYear + " in " + series
          + "; pick a vintage first: latestRevision() or asFirstReported()");
    }
    return rows.intColumn("total_recorded").get(0);
  }

  /**
   * Returns the yearly totals of data years {@code from}..{@code to}, every one of which must have
   * exactly one row here (use after {@link #latestRevision()} or {@link #asFirstReported()}): count,
   * minimum, mean, maximum. Data: this series' dataset ({@code monitor_casualties} or
   * {@code claims_evidence_casualties}).
   *
   * @throws IllegalArgumentException when {@code from} is after {@code to}, or a year of the range has no
   *     row (outside the series or a gap), naming the years the series holds
   * @throws IllegalStateException when a year of the range has several rows: pick a vintage first
   */
  public java.util.IntSummaryStatistics totals(int from, int to) {
    if (from > to) {
      throw new IllegalArgumentException("from " + from + " is after to " + to + "; pass from ≤ to, within "
          + Checks.yearList(years) + " (" + series + ")");
    }
    Checks.yearIn(from, "from", years, series);
    Checks.yearIn(to, "to", years, series);
    java.util.SortedSet<Integer> gaps = new TreeSet<>();
    for (int y = from; y <= to; y++) {
      if (!years.contains(y)) {
        gaps.add(y);
      }
    }
    if (!gaps.isEmpty()) {
      throw new IllegalArgumentException("from " + from + " to " + to + " spans " + Checks.yearList(gaps)
          + ", with no row in " + series + "; ask about a range within " + Checks.yearList(years));
    }
    java.util.IntSummaryStatistics s = new java.util.IntSummaryStatistics();
    for (int y = from; y <= to; y++) {
      s.accept(total(y));
    }
    return s;
  }

  private static final Pattern CHANGE = Pattern.compile(
      "(\\d+(?:\\.\\d+)?)\\s*(?:percent|per cent|%)\\s+(less|fewer|lower|more|higher)\\s+than\\s+(?:in\\s+)?(\\d{4})");

  /**
   * A year's total that no row gives but a report implies: "5,751 last year, 16 percent less than in
   * 2005" implies 5,751 / (1 − 0.16) for 2005. The percentage is rounded in the report, so the range
   * takes it ± half a point.
   *
   * @param year the implied year
   * @param central the total implied by the stated percentage
   * @param low the total implied by the percentage − 0.5 pp (or + 0.5 for a rise)
   * @param high the other end
   * @param fromYear the year whose row states the change
   * @param fromTotal that row's total
   * @param percent the stated change, percent (positive for a fall)
   * @param reportedIn the edition of that row
   * @param quote the row's sentence
   */
  public record Implied(int year, double central, double low, double high, int fromYear, int fromTotal,
      double percent, String reportedIn, String quote) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%d: about %,.0f (%,.0f–%,.0f), implied by %d's %,d (%s) and a stated change of %s%s %%: \"%s\"",
          year, central, low, high, fromYear, fromTotal, reportedIn, percent >= 0 ? "−" : "+",
          (Math.abs(percent) == Math.rint(percent) ? String.valueOf((long) Math.abs(percent)) : String.valueOf(Math.abs(percent))), quote);
    }
  }

  /**
   * Returns the total of {@code impliedYear} implied by a row of {@code fromYear} whose quote states the
   * change against it ("16 percent less than in 2005"), from the earliest edition that says so.
   *
   * Data: this series' dataset ({@code monitor_casualties} or {@code claims_evidence_casualties}).
   *
   * @throws IllegalArgumentException when the series holds no row for {@code fromYear} (naming the years it
   *     holds), or no row of {@code fromYear} states a change against {@code impliedYear} (naming the
   *     years its rows do state a change against)
   */
  public Implied impliedBy(int fromYear, int impliedYear) {
    Table rows = year(fromYear).table().sortAscendingOn("edition_year");
    SortedSet<Integer> stated = new TreeSet<>();
    for (int i = 0; i < rows.rowCount(); i++) {
      String quote = rows.stringColumn("quote").get(i);
      Matcher m = CHANGE.matcher(quote);
      while (m.find()) {
        if (Integer.parseInt(m.group(3)) != impliedYear) {
          stated.add(Integer.parseInt(m.group(3)));
          continue;
        }
        double pct = Double.parseDouble(m.group(1));
        boolean fall = m.group(2).matches("less|fewer|lower");
        double signed = fall ? pct : -pct;
        int total = rows.intColumn("total_recorded").getInt(i);
        double central = total / (1 - signed / 100);
        double a = total / (1 - (signed - 0.5) / 100);
        double b = total / (1 - (signed + 0.5) / 100);
        return new Implied(impliedYear, central, Math.min(a, b), Math.max(a, b), fromYear, total, signed,
            rows.stringColumn("reported_in").get(i), quote);
      }
    }
    throw new IllegalArgumentException("no row of fromYear " + fromYear + " in " + series
        + " states a change against impliedYear " + impliedYear + "; "
        + (stated.isEmpty() ? "its rows state no change against another year"
            : "its rows state changes against " + Checks.yearList(stated) + " only"));
  }

  /** Returns the rows as a Tablesaw table. */
  public Table table() {
    return data.table();
  }

  /** Returns the dataset's sources, caveats and title. */
  public CuratedTable source() {
    return data;
  }

  @Override
  public String toString() {
    return data.toString();
  }
}
