package org.treatylab.analysis.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatylab.base.Checks;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Survival (event-history) data: one row per subject, or per subject and interval in the
 * counting-process form, each row with a time at risk, whether the event happened at its end, numeric
 * covariates by name and text labels ("factors") by name, one of which may define strata and one the
 * clusters for clustered standard errors.
 *
 * <p>Two forms, as R's {@code Surv()} has them: right-censored rows {@code (time, event)}, at risk over
 * {@code (0, time]}; and counting-process rows {@code (start, stop, event)}, at risk over
 * {@code (start, stop]}, which carry time-varying covariates (a state-year or state-month panel: one
 * row per state and period, the event on the period of consent). The data are the caller's: this class
 * checks them (no NaN or negative times, start before stop, one value per row, no missing covariate)
 * and refuses with a message naming the argument, the row and the fix.
 *
 * <p>Build from arrays ({@link #rightCensored}, {@link #countingProcess}, then {@link #withCovariate},
 * {@link #withFactor}) or from a Tablesaw table by column names ({@link #fromTable}). Immutable: the
 * {@code with…} methods return a new object.
 */
public final class SurvivalData {
  private final double[] start; // null for right-censored data
  private final double[] stop;
  private final boolean[] event;
  private final Map<String, double[]> covariates;
  private final Map<String, String[]> factors;
  private final String strata;
  private final String cluster;

  private SurvivalData(double[] start, double[] stop, boolean[] event, Map<String, double[]> covariates,
      Map<String, String[]> factors, String strata, String cluster) {
    this.start = start;
    this.stop = stop;
    this.event = event;
    this.covariates = covariates;
    this.factors = factors;
    this.strata = strata;
    this.cluster = cluster;
  }

  /**
   * Right-censored data: subject {@code i} is at risk over {@code (0, time[i]]}; {@code event[i]} says
   * whether the event happened at {@code time[i]} (false: censored then).
   *
   * @param time times since the origin, each 0 or more (not NaN)
   * @param event one flag per time
   */
  public static SurvivalData rightCensored(double[] time, boolean[] event) {
    Checks.notNull(time, "time");
    Checks.notNull(event, "event");
    sameLength(event.length, "event", time.length, "time");
    for (int i = 0; i < time.length; i++) {
      checkTime(time[i], "time", i);
    }
    if (time.length == 0) {
      throw new IllegalArgumentException("time has no rows; pass at least one subject");
    }
    return new SurvivalData(null, time.clone(), event.clone(), new LinkedHashMap<>(), new LinkedHashMap<>(), null, null);
  }

  /**
   * Counting-process data: row {@code i} is at risk over {@code (start[i], stop[i]]} and
   * {@code event[i]} says whether the event happened at {@code stop[i]}. A subject with time-varying
   * covariates has one row per interval over which they are constant (give its rows one cluster label
   * with {@link #withCluster} for robust standard errors by subject).
   *
   * @param start interval starts, each 0 or more and below {@code stop}
   * @param stop interval ends
   * @param event one flag per row
   */
  public static SurvivalData countingProcess(double[] start, double[] stop, boolean[] event) {
    Checks.notNull(start, "start");
    Checks.notNull(stop, "stop");
    Checks.notNull(event, "event");
    sameLength(stop.length, "stop", start.length, "start");
    sameLength(event.length, "event", start.length, "start");
    if (start.length == 0) {
      throw new IllegalArgumentException("start has no rows; pass at least one interval");
    }
    for (int i = 0; i < start.length; i++) {
      checkTime(start[i], "start", i);
      checkTime(stop[i], "stop", i);
      if (!(start[i] < stop[i])) {
        throw new IllegalArgumentException("start[" + i + "] " + fmt(start[i]) + " is not before stop[" + i + "] "
            + fmt(stop[i]) + "; each row is the interval (start, stop] with start < stop (drop empty intervals)");
      }
    }
    return new SurvivalData(start.clone(), stop.clone(), event.clone(), new LinkedHashMap<>(), new LinkedHashMap<>(),
        null, null);
  }

  /**
   * Reads survival data from a table by column names. {@code timeColumns} is one column name
   * (right-censored: the time) or two (counting process: start, stop). The event column is boolean, or
   * numeric 0/1 (R's 1/2 coding of {@code lung$status} is refused: recode it). Numeric covariate columns
   * become covariates, text columns become factors (for groups, strata and clusters).
   *
   * @param table the data, one row per subject or interval
   * @param eventColumn the event indicator's column
   * @param timeColumns {@code "time"} or {@code "start", "stop"}
   * @return a builder taking the covariates, factors, strata and cluster by column name
   */
  public static TableReader fromTable(Table table, String eventColumn, String... timeColumns) {
    return new TableReader(table, eventColumn, timeColumns);
  }

  /** Reads covariates and factors from a table by column name; see {@link SurvivalData#fromTable}. */
  public static final class TableReader {
    private final Table table;
    private SurvivalData data;

    private TableReader(Table table, String eventColumn, String[] timeColumns) {
      Checks.notNull(table, "table");
      Checks.notNull(timeColumns, "timeColumns");
      this.table = table;
      Checks.hasColumn(table, eventColumn, "eventColumn");
      boolean[] event = eventValues(table.column(eventColumn));
      if (timeColumns.length == 1) {
        data = rightCensored(numbers(timeColumns[0], "timeColumns"), event);
      } else if (timeColumns.length == 2) {
        data = countingProcess(numbers(timeColumns[0], "timeColumns"), numbers(timeColumns[1], "timeColumns"), event);
      } else {
        throw new IllegalArgumentException("timeColumns has " + timeColumns.length + " names " + Arrays.toString(timeColumns)
            + "; pass one (time) or two (start, stop)");
      }
    }

    /** Adds numeric columns as covariates under their column names. */
    public TableReader covariates(String... columns) {
      for (String c : Checks.notNull(columns, "columns")) {
        data = data.withCovariate(c, numbers(c, "columns"));
      }
      return this;
    }

    /** Adds columns of any type as factors (labels: the column's text for each row). */
    public TableReader factors(String... columns) {
      for (String c : Checks.notNull(columns, "columns")) {
        Checks.hasColumn(table, c, "columns");
        Column<?> col = table.column(c);
        String[] labels = new String[col.size()];
        for (int i = 0; i < labels.length; i++) {
          if (col.isMissing(i)) {
            throw new IllegalArgumentException("column '" + c + "' is missing at row " + i
                + "; drop the row or give it a label");
          }
          labels[i] = col.getString(i);
        }
        data = data.withFactor(c, labels);
      }
      return this;
    }

    /** Uses a column as strata (read as a factor if not yet read). */
    public TableReader strata(String column) {
      if (!data.factors.containsKey(column)) {
        factors(column);
      }
      data = data.withStrata(column);
      return this;
    }

    /** Uses a column as cluster identifier (read as a factor if not yet read). */
    public TableReader cluster(String column) {
      if (!data.factors.containsKey(column)) {
        factors(column);
      }
      data = data.withCluster(column);
      return this;
    }

    /** Returns the data read so far. */
    public SurvivalData build() {
      return data;
    }

    private double[] numbers(String column, String argument) {
      Checks.hasColumn(table, column, argument);
      Column<?> col = table.column(column);
      if (!(col instanceof NumericColumn<?> numeric)) {
        throw new IllegalArgumentException("column '" + column + "' (" + argument + ") is " + col.type()
            + ", not numeric; pass a numeric column, or read text as a factor with factors(\"" + column + "\")");
      }
      double[] values = new double[numeric.size()];
      for (int i = 0; i < values.length; i++) {
        if (numeric.isMissing(i)) {
          throw new IllegalArgumentException("column '" + column + "' (" + argument + ") is missing at row " + i
              + "; drop incomplete rows first (e.g. table.dropRowsWithMissingValues())");
        }
        values[i] = numeric.getDouble(i);
      }
      return values;
    }

    private static boolean[] eventValues(Column<?> col) {
      boolean[] event = new boolean[col.size()];
      for (int i = 0; i < event.length; i++) {
        if (col.isMissing(i)) {
          throw new IllegalArgumentException("event column '" + col.name() + "' is missing at row " + i
              + "; drop the row or say whether the event happened");
        }
        if (col instanceof BooleanColumn b) {
          event[i] = b.get(i);
        } else if (col instanceof NumericColumn<?> n) {
          double v = n.getDouble(i);
          if (v != 0 && v != 1) {
            throw new IllegalArgumentException("event column '" + col.name() + "' is " + fmt(v) + " at row " + i
                + "; pass 1 (event) or 0 (censored) — recode e.g. R's 1/2 status as status - 1");
          }
          event[i] = v == 1;
        } else {
          throw new IllegalArgumentException("event column '" + col.name() + "' is " + col.type()
              + "; pass a boolean column or a numeric 0/1 column");
        }
      }
      return event;
    }
  }

  /**
   * Returns these data with a numeric covariate added.
   *
   * @param name the covariate's name, as results show it (not already used)
   * @param values one finite value per row
   */
  public SurvivalData withCovariate(String name, double[] values) {
    checkName(name);
    Checks.notNull(values, "values");
    sameLength(values.length, "covariate '" + name + "'", rows(), "the time");
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("covariate '" + name + "' is " + values[i] + " at row " + i
            + "; pass finite values (drop or impute rows with missing values first)");
      }
    }
    Map<String, double[]> c = new LinkedHashMap<>(covariates);
    c.put(name, values.clone());
    return new SurvivalData(start, stop, event, c, factors, strata, cluster);
  }

  /**
   * Returns these data with a text factor added (group labels for {@link KaplanMeier} and {@link LogRank},
   * strata, cluster identifiers).
   *
   * @param name the factor's name (not already used)
   * @param labels one non-null label per row
   */
  public SurvivalData withFactor(String name, String[] labels) {
    checkName(name);
    Checks.notNull(labels, "labels");
    sameLength(labels.length, "factor '" + name + "'", rows(), "the time");
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] == null) {
        throw new IllegalArgumentException("factor '" + name + "' is null at row " + i + "; give every row a label");
      }
    }
    Map<String, String[]> f = new LinkedHashMap<>(factors);
    f.put(name, labels.clone());
    return new SurvivalData(start, stop, event, covariates, f, strata, cluster);
  }

  /**
   * Returns these data stratified by a factor or covariate: Cox models fit a baseline hazard per
   * stratum, log-rank tests compare groups within strata.
   */
  public SurvivalData withStrata(String name) {
    labels(name, "name");
    return new SurvivalData(start, stop, event, covariates, factors, name, cluster);
  }

  /**
   * Returns these data with a cluster identifier (a factor or covariate): Cox models then report robust
   * standard errors summed by cluster (rows of one subject, or states of one region, as R's
   * {@code cluster()}).
   */
  public SurvivalData withCluster(String name) {
    labels(name, "name");
    return new SurvivalData(start, stop, event, covariates, factors, strata, name);
  }

  /** Number of rows. */
  public int rows() {
    return stop.length;
  }

  /** Number of rows with the event. */
  public int events() {
    int d = 0;
    for (boolean e : event) {
      d += e ? 1 : 0;
    }
    return d;
  }

  /** True for counting-process data (start, stop]. */
  public boolean isCountingProcess() {
    return start != null;
  }

  /** The start of row {@code i}'s interval (0 for right-censored data). */
  public double start(int i) {
    return start == null ? 0 : start[i];
  }

  /** The end of row {@code i}'s interval: its event or censoring time. */
  public double stop(int i) {
    return stop[i];
  }

  /** Whether the event happened at the end of row {@code i}. */
  public boolean event(int i) {
    return event[i];
  }

  /** The covariate names, in the order they were added. */
  public List<String> covariateNames() {
    return List.copyOf(covariates.keySet());
  }

  /** The factor names, in the order they were added. */
  public List<String> factorNames() {
    return List.copyOf(factors.keySet());
  }

  /** A copy of a covariate's values; refuses an unknown name, suggesting the nearest. */
  public double[] covariate(String name) {
    Checks.notNull(name, "name");
    double[] v = covariates.get(name);
    if (v == null) {
      throw Checks.unknown("covariate", "name", name, covariates.keySet(), "covariateNames()");
    }
    return v.clone();
  }

  /** The strata's name, or null. */
  public String strata() {
    return strata;
  }

  /** The cluster identifier's name, or null. */
  public String cluster() {
    return cluster;
  }

  /**
   * The labels of a factor, or the values of a covariate as text ("1", "2.5"), one per row; refuses a
   * name that is neither.
   */
  public String[] labels(String name, String argument) {
    Checks.notNull(name, argument);
    String[] f = factors.get(name);
    if (f != null) {
      return f.clone();
    }
    double[] v = covariates.get(name);
    if (v != null) {
      String[] out = new String[v.length];
      for (int i = 0; i < v.length; i++) {
        out[i] = fmt(v[i]);
      }
      return out;
    }
    List<String> known = new ArrayList<>(factors.keySet());
    known.addAll(covariates.keySet());
    throw Checks.unknown("factor or covariate", argument, name, known, "factorNames() and covariateNames()");
  }

  /** Covariate values as rows × columns, for the given names. */
  double[][] design(List<String> names) {
    double[][] x = new double[rows()][names.size()];
    for (int j = 0; j < names.size(); j++) {
      double[] col = covariates.get(names.get(j));
      for (int i = 0; i < x.length; i++) {
        x[i][j] = col[i];
      }
    }
    return x;
  }

  /** Integer codes (0, 1, …) in order of the sorted distinct labels, for a factor or covariate, or null. */
  int[] codes(String name) {
    if (name == null) {
      return null;
    }
    return Codes.of(labels(name, "name")).codes;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "SurvivalData[%d rows, %d events, %s; covariates %s; factors %s%s%s]", rows(),
        events(), isCountingProcess() ? "(start, stop]" : "right-censored", covariates.keySet(), factors.keySet(),
        strata == null ? "" : "; strata " + strata, cluster == null ? "" : "; cluster " + cluster);
  }

  /** Distinct labels sorted (numbers numerically, then text), and each row's index among them. */
  static final class Codes {
    final List<String> levels;
    final int[] codes;

    private Codes(List<String> levels, int[] codes) {
      this.levels = levels;
      this.codes = codes;
    }

    static Codes of(String[] labels) {
      List<String> levels = new ArrayList<>(new java.util.TreeSet<>(Arrays.asList(labels)));
      levels.sort((a, b) -> {
        Double x = parse(a);
        Double y = parse(b);
        if (x != null && y != null) {
          return Double.compare(x, y);
        }
        return x != null ? -1 : y != null ? 1 : a.compareTo(b);
      });
      Map<String, Integer> index = new LinkedHashMap<>();
      for (int i = 0; i < levels.size(); i++) {
        index.put(levels.get(i), i);
      }
      int[] codes = new int[labels.length];
      for (int i = 0; i < labels.length; i++) {
        codes[i] = index.get(labels[i]);
      }
      return new Codes(Collections.unmodifiableList(levels), codes);
    }

    private static Double parse(String s) {
      try {
        return Double.valueOf(s);
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  private void checkName(String name) {
    Checks.notNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank; pass the covariate's or factor's name");
    }
    if (covariates.containsKey(name) || factors.containsKey(name)) {
      throw new IllegalArgumentException("name '" + name + "' is already used; pass another name");
    }
  }

  private static void checkTime(double t, String argument, int i) {
    if (!(t >= 0) || Double.isInfinite(t)) {
      throw new IllegalArgumentException(argument + "[" + i + "] is " + t
          + "; pass a finite time of 0 or more (time since the origin; drop rows with missing times)");
    }
  }

  private static void sameLength(int length, String argument, int expected, String reference) {
    if (length != expected) {
      throw new IllegalArgumentException(argument + " has " + length + " values but " + reference + " has " + expected
          + "; pass one value per row");
    }
  }

  /** A number as R prints it in labels: 1, 2.5. */
  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
