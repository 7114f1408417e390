package org.treatylab.data;

import org.treatylab.base.Checks;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Landmine Monitor and related figures, each loaded in one line with its sources and caveats.
 *
 * <p>Sources: Landmine Monitor (ICBL-CMC), annual reports from 1999 on (<a
 * href="https://the-monitor.org">the-monitor.org</a>), read as the sentences quoted in the project's
 * shared {@code sources/monitor/FIGURES.md}; UN CyberSchoolBus "Landmines: facts" (c. 1997); UNICEF, The
 * Progress of Nations 1997; US State Department, Hidden Killers 1998 (via USIA); Mine Action Review,
 * Clearing the Mines 2020 and 2023; journal articles for clearance costs per m². Every row carries its
 * page address and the exact quote ({@link CuratedTable#sources()} lists a dataset's sources); rebuilt by
 * {@code org.treatylab.data.importer.ImportData} ({@code tools/import-data}).
 */
public final class Monitor {
  private Monitor() {}

  /**
   * Returns recorded casualties by (year, edition), for the years {@link Casualties#years()} gives: total,
   * killed, injured, unknown, the report's qualifier, first report vs revised. 2005 is held only as LM2006's
   * first report relayed by BBC News (secondary; {@code sources/claims-evidence} X31); for Chechnya and the
   * Russian Federation see
   * {@link Evidence#casualties(String)}.
   *
   * @see Casualties#latestRevision()
   * @see Casualties#asFirstReported()
   */
  public static Casualties casualties() {
    return new Casualties(CuratedTable.load("monitor_casualties"));
  }

  /**
   * Returns the civilian share (of casualties with known status) and the child share with its base
   * (all vs civilian casualties) by year, for the years its table holds (with gaps); shares in percent.
   */
  public static CuratedTable civilianShares() {
    return CuratedTable.load("monitor_civilian_child_shares");
  }

  /**
   * Returns mine action funding by year in nominal US$ million (international; national and total
   * where known), with each edition's method note (donor funding only before LM2007).
   */
  public static CuratedTable funding() {
    CuratedTable stored = CuratedTable.load("monitor_funding");
    return stored.with(withDerivedLevels(stored.table()));
  }

  /**
   * Fills {@code usd_million} of the derived levels of {@code monitor_funding.csv}, which the file keeps as
   * the change its edition states ("an increase of about $72 million" from 2001 to 2002): the level of
   * {@code base_data_year} in the same edition and measure, less the change for an increase, plus it for
   * a decrease (decimal arithmetic, so 416.8 + 23 is 439.8).
   *
   * @throws IllegalStateException when a derived row has no base level (the importer prevents it)
   */
  static Table withDerivedLevels(Table stored) {
    Table t = stored.copy();
    DoubleColumn usd = t.doubleColumn("usd_million");
    for (int i = 0; i < t.rowCount(); i++) {
      if (!usd.isMissing(i) || t.intColumn("base_data_year").isMissing(i)) {
        continue;
      }
      int base = -1;
      for (int j = 0; j < t.rowCount(); j++) {
        if (t.intColumn("data_year").getInt(j) == t.intColumn("base_data_year").getInt(i)
            && t.stringColumn("measure").get(j).equals(t.stringColumn("measure").get(i))
            && t.stringColumn("reported_in").get(j).equals(t.stringColumn("reported_in").get(i)) && !usd.isMissing(j)
            && t.intColumn("base_data_year").isMissing(j)) {
          base = j;
        }
      }
      if (base < 0) {
        throw new IllegalStateException("monitor_funding row " + i + ": no " + t.stringColumn("measure").get(i) + " level of "
            + t.intColumn("base_data_year").getInt(i) + " in " + t.stringColumn("reported_in").get(i));
      }
      java.math.BigDecimal level = java.math.BigDecimal.valueOf(usd.getDouble(base));
      java.math.BigDecimal change = java.math.BigDecimal.valueOf(t.doubleColumn("change_to_base_usd_million").getDouble(i));
      usd.set(i, (t.stringColumn("change_direction").get(i).equals("increase") ? level.subtract(change) : level.add(change)).doubleValue());
    }
    return t;
  }

  /** Returns area cleared or released (km²) and mines destroyed by year, with each year's definition. */
  public static CuratedTable clearance() {
    return CuratedTable.load("monitor_clearance");
  }

  /** Returns stockpile figures: world and by state (China, Russia, US, …), destroyed, states completed. */
  public static CuratedTable stockpiles() {
    return CuratedTable.load("monitor_stockpiles");
  }

  /**
   * Returns cost and quantity parameters as ranges with sources: mines in the ground (UN 110 million;
   * US State Dept 1998: 60–70 million), cost to make (US$3–30) and to clear (US$300–1,000) a mine,
   * clearance cost per m² (US$2–39), with the critiques of these figures.
   */
  public static CuratedTable costParameters() {
    return CuratedTable.load("monitor_cost_parameters");
  }

  /**
   * Returns the 48 countries of Landmine Monitor's Africa region with a flag per list of the 1999–2005
   * reports (ratified by 31 March 1999, non-signatories, new casualties 1999–2000, …), joined to ISO3;
   * the input to Petrova's (2019, fn. 82) chi-square test.
   */
  public static CuratedTable subSaharanLists() {
    return CuratedTable.load("monitor_ssa_lists");
  }

  /**
   * Returns a share from {@link #civilianShares()} ({@code monitor_civilian_child_shares}): {@code measure}
   * {@code civilian} or {@code child} for {@code dataYear}, in percent, from the latest report that gives
   * it (the base differs: see the dataset's {@code base} column).
   *
   * @param measure {@code "civilian"} or {@code "child"}, not null
   * @param dataYear the year of the casualties
   * @throws IllegalArgumentException for another measure ("unknown measure 'civillian' — did you mean
   *     civilian?"), or a year the measure has no share for, naming the years it has
   */
  public static double share(String measure, int dataYear) {
    Checks.notNull(measure, "measure");
    tech.tablesaw.api.Table t = civilianShares().table();
    java.util.Set<String> measures = new java.util.TreeSet<>(t.stringColumn("measure").asList());
    if (!measures.contains(measure)) {
      throw Checks.unknown("measure", measure, measures, "Monitor.civilianShares()");
    }
    double found = Double.NaN;
    java.util.Set<Integer> years = new java.util.TreeSet<>();
    for (int i = 0; i < t.rowCount(); i++) {
      if (t.getString(i, "measure").equals(measure)) {
        years.add(t.intColumn("data_year").getInt(i));
        if (t.intColumn("data_year").getInt(i) == dataYear) {
          String pct = t.getString(i, "share_pct");
          if (pct.isEmpty()) {
            throw new IllegalArgumentException("the " + measure + " share of dataYear " + dataYear + " in " + t.name()
                + " has no value (" + t.getString(i, "reported_in") + "); read its row in Monitor.civilianShares()");
          }
          found = Double.parseDouble(pct); // rows are in report order: keep the last
        }
      }
    }
    if (Double.isNaN(found)) {
      Checks.yearIn(dataYear, "dataYear", years, measure + " shares in " + t.name());
    }
    return found;
  }

  /**
   * Returns the low and high values of a {@link #costParameters()} row ({@code monitor_cost_parameters};
   * high = low when the row gives one value).
   *
   * @param parameterId the row's {@code parameter_id}, e.g. {@code "cost-to-make.un"}, not null
   * @throws IllegalArgumentException for an unknown id ("unknown cost parameter id 'cost-to-make' — did
   *     you mean cost-to-make.un?"), or a row that gives no low value (a critique, or an upper bound
   *     only), naming what it gives
   */
  public static double[] parameter(String parameterId) {
    Checks.notNull(parameterId, "parameterId");
    tech.tablesaw.api.Table t = costParameters().table();
    for (int i = 0; i < t.rowCount(); i++) {
      if (t.getString(i, "parameter_id").equals(parameterId)) {
        String low = t.getString(i, "low");
        String high = t.getString(i, "high");
        if (low.isEmpty()) {
          throw new IllegalArgumentException("cost parameter '" + parameterId + "' (parameterId) gives "
              + (high.isEmpty() ? "no number" : "only an upper bound, " + high)
              + "; read its row in Monitor.costParameters() for what it states");
        }
        double lowValue = Double.parseDouble(low);
        return new double[] {lowValue, high.isEmpty() ? lowValue : Double.parseDouble(high)};
      }
    }
    throw Checks.unknown("cost parameter id", parameterId, t.stringColumn("parameter_id").asList(),
        "Monitor.costParameters()");
  }
}
