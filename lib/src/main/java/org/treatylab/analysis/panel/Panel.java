package org.treatylab.analysis.panel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.treatylab.analysis.adoption.Group;
import org.treatylab.base.Checks;
import org.treatylab.data.Datasets;
import org.treatylab.data.Participant;
import org.treatylab.data.State;
import org.treatylab.data.States;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A state-year or state-month panel for one treaty or several, built the way peacesciencer (R) builds
 * them: {@link #stateYears} or {@link #stateMonths} makes one row per state and period while the state
 * is a UN member, then each {@code add…} step joins one fact on the same keys (state, period) and
 * returns a new panel. {@link #countingProcess} turns the panel into counting-process rows
 * {@code (start, stop, event)} for a Cox model; {@link #table()} gives the rows as a Tablesaw table,
 * which {@code Export.csv(panel.table(), path)} writes as CSV.
 *
 * <pre>{@code
 * Panel p = Panel.stateYears(Treaties.mineBan(), Treaties.clusterMunitions())
 *     .addStatus().addYearsSinceOpening().addRegions().addNeighbourShare().addRegionShare().addPaperGroups();
 * Table rows = p.table();                                   // one row per state and year, 1997–2026
 * Table cox = p.countingProcess(Treaties.mineBan());        // (start, stop, event) rows, years since opening
 * }</pre>
 *
 * <p><b>Who is in the panel.</b> A state has a row for a period when it was a UN member on at least one
 * day of it, by the membership spells of {@code un_membership.csv} (admissions, and the dissolutions,
 * mergers and interruptions the data give: Czechoslovakia until 31 December 1992, the German Democratic
 * Republic until 2 October 1990, South Yemen until 21 May 1990, Yugoslavia until 31 October 2000, Syria
 * outside from 21 February 1958 to 12 October 1961). The four non-member states that join treaties (Holy
 * See, State of Palestine, Cook Islands, Niue) have no membership dates in the data and are not in the
 * panel. The last period ends at the status date (the earliest of the treaties' and {@code States.statusDate()},
 * 3 February 2026 for the curated data): a panel past it is refused, and the last period is partial.
 *
 * <p><b>Columns</b> (treaty columns start with the treaty's id, hyphens as underscores: {@code ccw_apii_party}).
 * 0/1 columns are integers, so that they enter models and CSV files as numbers.
 * <table>
 * <caption>Panel columns and their sources</caption>
 * <tr><th>column</th><th>step</th><th>meaning</th><th>source</th></tr>
 * <tr><td>{@code iso3}, {@code name}</td><td>always</td><td>the state</td><td>{@code states.csv} (ISO 3166, UN M49)</td></tr>
 * <tr><td>{@code year} ({@code month})</td><td>always</td><td>the period (month 1–12 in a state-month panel)</td><td>calendar</td></tr>
 * <tr><td>{@code period_start}, {@code period_end}</td><td>always</td><td>first and last day of the period; the last period ends at the status date</td><td>calendar, {@code treaties.csv status_as_at}</td></tr>
 * <tr><td>{@code observed_from}, {@code observed_on}</td><td>always</td><td>the days of the period the state was a UN member: statuses are read on {@code observed_on}</td><td>{@code un_membership.csv}</td></tr>
 * <tr><td>{@code <t>_signed}</td><td>{@link #addStatus}</td><td>1 when the state has signed by {@code observed_on} and not withdrawn</td><td>{@code treaty_participation.csv} (UNTC status pages)</td></tr>
 * <tr><td>{@code <t>_party}</td><td>{@link #addStatus}</td><td>1 when its consent (ratification, accession, …) is deposited by {@code observed_on} and no withdrawal is effective</td><td>{@code treaty_participation.csv}</td></tr>
 * <tr><td>{@code <t>_withdrawn}</td><td>{@link #addStatus}</td><td>1 when a withdrawal has taken effect by {@code observed_on}</td><td>{@code treaty_participation.csv}</td></tr>
 * <tr><td>{@code <t>_consent_in_period}</td><td>{@link #addStatus}</td><td>1 in the period its consent was deposited (from {@code observed_from} to {@code observed_on}): the event</td><td>{@code treaty_participation.csv}</td></tr>
 * <tr><td>{@code <t>_years_since_opening}</td><td>{@link #addYearsSinceOpening}</td><td>state-years: year − year of opening; state-months: months since the month of opening / 12; missing before it. Opening for signature, or adoption for treaties open to consent only (CCW protocols)</td><td>{@code treaties.csv}</td></tr>
 * <tr><td>{@code region}, {@code sub_region}</td><td>{@link #addRegions}</td><td>UN M49 region and sub-region (former states: those of their successors)</td><td>{@code states.csv}</td></tr>
 * <tr><td>{@code land_neighbours}</td><td>{@link #addNeighbourShare}</td><td>land neighbours that were states in the data (UN members, or non-member treaty participants) on the day before {@code observed_from}</td><td>{@code state_borders.csv} (world-countries 5.1.0, today's borders)</td></tr>
 * <tr><td>{@code <t>_neighbours_party_share}</td><td>{@link #addNeighbourShare}</td><td>share of those neighbours already party on the day before {@code observed_from}; 0 when {@code land_neighbours} is 0 (islands)</td><td>{@code state_borders.csv}, {@code treaty_participation.csv}</td></tr>
 * <tr><td>{@code <t>_region_party_share}</td><td>{@link #addRegionShare}</td><td>share of the other UN members of the state's M49 region already party on the day before {@code observed_from}</td><td>{@code states.csv}, {@code un_membership.csv}, {@code treaty_participation.csv}</td></tr>
 * <tr><td>{@code africa}, {@code latin_america_caribbean}, {@code pacific_islands}, {@code sub_saharan_africa}, {@code africa_latin_america_pacific}</td><td>{@link #addPaperGroups}</td><td>1 for members of the papers' groups ({@link Group})</td><td>{@code states.csv paper_group, sub_saharan_africa}</td></tr>
 * <tr><td>any</td><td>{@link #addGroup}, {@link #addCovariates}</td><td>your own groups and covariates</td><td>yours</td></tr>
 * </table>
 *
 * <p>The shares are read on the day before the period's first observed day ("already party"), so that a
 * state's own consent in the period, or its neighbours' in the same period, does not explain itself.
 * Borders are today's ({@code state_borders.csv}); former states have no borders there.
 */
public final class Panel {
  /** The unit of a panel's periods. */
  private enum Unit { YEAR, MONTH }

  /** The rows' keys: one per state and period, in order of ISO3 code then period. */
  private record Base(List<String> iso3, int[] period, LocalDate[] from, LocalDate[] on) {
    int size() {
      return period.length;
    }
  }

  private final Unit unit;
  private final List<Treaty> treaties;
  private final List<Period> periods;
  /** The last day of the last period. */
  private final LocalDate last;
  private final Base base;
  private final Table table;

  private Panel(Unit unit, List<Treaty> treaties, List<Period> periods, LocalDate last, Base base, Table table) {
    this.unit = unit;
    this.treaties = treaties;
    this.periods = periods;
    this.last = last;
    this.base = base;
    this.table = table;
  }

  /**
   * Returns a state-year panel for the treaties: one row per UN member and calendar year, from the year
   * the earliest of them opened for signature (adoption for treaties open to consent only; not before
   * 1945) to the year of the status date.
   *
   * @param treaties one treaty or more, e.g. {@code Treaties.mineBan()}
   * @throws IllegalArgumentException for no treaty or the same treaty twice; NullPointerException for a null one
   */
  public static Panel stateYears(Treaty... treaties) {
    List<Treaty> list = checkTreaties(treaties);
    return build(Unit.YEAR, defaultFromYear(list), lastDate(list).getYear(), list);
  }

  /**
   * Returns a state-year panel from {@code fromYear} to {@code toYear} (both included).
   *
   * @param fromYear 1945 (the UN's founding) or later
   * @param toYear not after the year of the data's status date (2026 for the curated data), not before {@code fromYear}
   * @param treaties one treaty or more
   */
  public static Panel stateYears(int fromYear, int toYear, Treaty... treaties) {
    List<Treaty> list = checkTreaties(treaties);
    return build(Unit.YEAR, fromYear, toYear, list);
  }

  /**
   * Returns a state-year panel for treaties given by id ({@code "mbt"}, {@code "ccm"}, any case, or names
   * {@code Treaties.byId} accepts).
   *
   * @throws java.util.NoSuchElementException for an unknown id, with the nearest known one
   */
  public static Panel stateYears(String... treatyIds) {
    return stateYears(byIds(treatyIds));
  }

  /**
   * Returns a state-month panel for the treaties: one row per UN member and calendar month, from January
   * of the year the earliest of them opened to the month of the status date (partial).
   *
   * @param treaties one treaty or more
   */
  public static Panel stateMonths(Treaty... treaties) {
    List<Treaty> list = checkTreaties(treaties);
    return build(Unit.MONTH, defaultFromYear(list), lastDate(list).getYear(), list);
  }

  /**
   * Returns a state-month panel from January of {@code fromYear} to December of {@code toYear}, or to
   * the status date in its year.
   *
   * @param fromYear 1945 or later
   * @param toYear not after the year of the data's status date
   * @param treaties one treaty or more
   */
  public static Panel stateMonths(int fromYear, int toYear, Treaty... treaties) {
    List<Treaty> list = checkTreaties(treaties);
    return build(Unit.MONTH, fromYear, toYear, list);
  }

  /** Returns a state-month panel for treaties given by id; see {@link #stateYears(String...)}. */
  public static Panel stateMonths(String... treatyIds) {
    return stateMonths(byIds(treatyIds));
  }

  private static Treaty[] byIds(String... treatyIds) {
    Checks.notNull(treatyIds, "treatyIds");
    Treaty[] out = new Treaty[treatyIds.length];
    for (int i = 0; i < treatyIds.length; i++) {
      out[i] = Treaties.byId(Checks.notNull(treatyIds[i], "treatyIds[" + i + "]"));
    }
    return out;
  }

  private static List<Treaty> checkTreaties(Treaty... treaties) {
    Checks.notNull(treaties, "treaties");
    if (treaties.length == 0) {
      throw new IllegalArgumentException("treaties is empty; pass one treaty or more, e.g. "
          + "Panel.stateYears(Treaties.mineBan())");
    }
    Set<String> columns = new HashSet<>();
    for (int i = 0; i < treaties.length; i++) {
      Treaty t = Checks.notNull(treaties[i], "treaties[" + i + "]");
      if (!columns.add(prefix(t))) {
        throw new IllegalArgumentException("treaties[" + i + "] is " + t.id() + " a second time (its columns would "
            + "clash); pass each treaty once");
      }
    }
    return List.of(treaties);
  }

  /** The origin of a treaty's clock: opening for signature, or adoption for treaties open to consent only. */
  static LocalDate opening(Treaty t) {
    return t.openedForSignature() != null ? t.openedForSignature() : t.adopted();
  }

  private static int defaultFromYear(List<Treaty> treaties) {
    int earliest = treaties.stream().mapToInt(t -> opening(t).getYear()).min().orElseThrow();
    return Math.max(earliest, States.firstDate().getYear());
  }

  /** The last day the panel describes: the earliest status date of its treaties and of the states data. */
  private static LocalDate lastDate(List<Treaty> treaties) {
    LocalDate last = States.statusDate();
    for (Treaty t : treaties) {
      if (t.statusDate().isBefore(last)) {
        last = t.statusDate();
      }
    }
    return last;
  }

  /**
   * Returns the start of a treaty's column names: its id in lower case, characters other than letters and
   * digits as {@code _} ({@code ccw-apii} → {@code ccw_apii}, as in {@code ccw_apii_party}).
   */
  public static String columnPrefix(Treaty treaty) {
    return prefix(Checks.notNull(treaty, "treaty"));
  }

  static String prefix(Treaty t) {
    return t.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
  }

  private record Spell(String code, LocalDate admitted, LocalDate left) {}

  private static Panel build(Unit unit, int fromYear, int toYear, List<Treaty> treaties) {
    LocalDate last = lastDate(treaties);
    LocalDate founding = States.firstDate();
    if (fromYear < founding.getYear()) {
      throw new IllegalArgumentException("fromYear " + fromYear + " is before the UN's founding " + founding
          + ": no UN members to make rows of; pass a year from " + founding.getYear());
    }
    if (toYear > last.getYear()) {
      throw new IllegalArgumentException("toYear " + toYear + " is after the data's status date " + last
          + "; pass a year up to " + last.getYear() + " (its last period ends on " + last + ")");
    }
    if (fromYear > toYear) {
      throw new IllegalArgumentException("fromYear " + fromYear + " is after toYear " + toYear
          + "; pass fromYear ≤ toYear");
    }
    List<Period> periods = unit == Unit.YEAR ? Period.years(fromYear, toYear, last) : Period.months(fromYear, toYear, last);
    List<Spell> spells = new ArrayList<>();
    for (Row r : States.membership()) {
      spells.add(new Spell(r.getString("state_code"), r.getDate("admitted"), r.isMissing("left") ? null : r.getDate("left")));
    }
    spells.sort(Comparator.comparing(Spell::code).thenComparing(Spell::admitted));
    List<String> codes = new ArrayList<>();
    List<Integer> periodIndex = new ArrayList<>();
    List<LocalDate> from = new ArrayList<>();
    List<LocalDate> on = new ArrayList<>();
    int i = 0;
    while (i < spells.size()) {
      int j = i;
      while (j < spells.size() && spells.get(j).code().equals(spells.get(i).code())) {
        j++;
      }
      List<Spell> own = spells.subList(i, j);
      for (int p = 0; p < periods.size(); p++) {
        Period period = periods.get(p);
        LocalDate first = null;
        LocalDate lastDay = null;
        // a state with two spells touching one period (a left-and-rejoined member) keeps one row, from
        // its first to its last member day in the period
        for (Spell s : own) {
          LocalDate memberFrom = s.admitted().isAfter(period.start()) ? s.admitted() : period.start();
          LocalDate memberTo = s.left() == null || s.left().minusDays(1).isAfter(period.end()) ? period.end()
              : s.left().minusDays(1);
          if (!memberFrom.isAfter(memberTo)) {
            first = first == null || memberFrom.isBefore(first) ? memberFrom : first;
            lastDay = lastDay == null || memberTo.isAfter(lastDay) ? memberTo : lastDay;
          }
        }
        if (first != null) {
          codes.add(own.get(0).code());
          periodIndex.add(p);
          from.add(first);
          on.add(lastDay);
        }
      }
      i = j;
    }
    Base base = new Base(List.copyOf(codes), periodIndex.stream().mapToInt(Integer::intValue).toArray(),
        from.toArray(new LocalDate[0]), on.toArray(new LocalDate[0]));
    StringColumn iso3 = StringColumn.create("iso3");
    StringColumn name = StringColumn.create("name");
    IntColumn year = IntColumn.create("year");
    IntColumn month = IntColumn.create("month");
    DateColumn start = DateColumn.create("period_start");
    DateColumn end = DateColumn.create("period_end");
    DateColumn observedFrom = DateColumn.create("observed_from");
    DateColumn observedOn = DateColumn.create("observed_on");
    Map<String, String> names = new HashMap<>();
    for (State s : States.all()) {
      names.put(s.iso3(), s.name());
    }
    for (int r = 0; r < base.size(); r++) {
      Period period = periods.get(base.period()[r]);
      iso3.append(base.iso3().get(r));
      name.append(names.getOrDefault(base.iso3().get(r), base.iso3().get(r)));
      year.append(period.year());
      month.append(period.month());
      start.append(period.start());
      end.append(period.end());
      observedFrom.append(base.from()[r]);
      observedOn.append(base.on()[r]);
    }
    String title = (unit == Unit.YEAR ? "state-year" : "state-month") + " panel, "
        + treaties.stream().map(Treaty::id).collect(Collectors.joining(", ")) + ", " + fromYear + "–" + last;
    Table table = unit == Unit.YEAR ? Table.create(title, iso3, name, year, start, end, observedFrom, observedOn)
        : Table.create(title, iso3, name, year, month, start, end, observedFrom, observedOn);
    return new Panel(unit, treaties, periods, periods.get(periods.size() - 1).end(), base, table);
  }

  /** Returns a panel with the same rows and these columns added; refuses a column the panel already has. */
  private Panel with(String step, Column<?>... columns) {
    for (Column<?> c : columns) {
      if (table.columnNames().contains(c.name())) {
        throw new IllegalArgumentException("column '" + c.name() + "' is already in the panel (" + step
            + " twice, or a covariate of that name); add each fact once, or rename the column");
      }
    }
    Table t = table.copy().setName(table.name());
    t.addColumns(columns);
    return new Panel(unit, treaties, periods, last, base, t);
  }

  private static Map<String, Participant> byState(Treaty t) {
    return t.participants().stream().collect(Collectors.toMap(Participant::iso3, Function.identity(), (a, b) -> a));
  }

  /**
   * Adds, for each treaty, whether the state had signed, was a party and had withdrawn on
   * {@code observed_on}, and whether it deposited its consent in the period (columns {@code <t>_signed},
   * {@code <t>_party}, {@code <t>_withdrawn}, {@code <t>_consent_in_period}; source
   * {@code treaty_participation.csv}, the UNTC status pages).
   */
  public Panel addStatus() {
    List<Column<?>> out = new ArrayList<>();
    for (Treaty t : treaties) {
      String p = prefix(t);
      Map<String, Participant> who = byState(t);
      IntColumn signed = IntColumn.create(p + "_signed");
      IntColumn party = IntColumn.create(p + "_party");
      IntColumn withdrawn = IntColumn.create(p + "_withdrawn");
      IntColumn consent = IntColumn.create(p + "_consent_in_period");
      for (int r = 0; r < base.size(); r++) {
        Participant x = who.get(base.iso3().get(r));
        LocalDate on = base.on()[r];
        signed.append(x != null && x.isSignatoryAt(on) ? 1 : 0);
        party.append(x != null && x.isPartyAt(on) ? 1 : 0);
        withdrawn.append(x != null && x.leftOn() != null && !x.leftOn().isAfter(on) ? 1 : 0);
        consent.append(x != null && x.consent() != null && !x.consent().isBefore(base.from()[r])
            && !x.consent().isAfter(on) ? 1 : 0);
      }
      out.addAll(List.of(signed, party, withdrawn, consent));
    }
    return with("addStatus", out.toArray(new Column<?>[0]));
  }

  /**
   * Adds, for each treaty, the time since it opened for signature ({@code <t>_years_since_opening}):
   * in a state-year panel the year less the year of opening (0 in the year it opened), in a state-month
   * panel the months since the month of opening divided by 12; missing before it. Treaties open to
   * consent only (the CCW protocols) count from their adoption. Source: {@code treaties.csv}.
   */
  public Panel addYearsSinceOpening() {
    List<Column<?>> out = new ArrayList<>();
    for (Treaty t : treaties) {
      LocalDate origin = opening(t);
      int originIndex = origin.getYear() * 12 + (unit == Unit.YEAR ? 0 : origin.getMonthValue() - 1);
      DoubleColumn years = DoubleColumn.create(prefix(t) + "_years_since_opening");
      for (int r = 0; r < base.size(); r++) {
        int since = periods.get(base.period()[r]).monthIndex() - originIndex;
        if (since < 0) {
          years.appendMissing();
        } else {
          years.append(unit == Unit.YEAR ? since / 12 : since / 12.0);
        }
      }
      out.add(years);
    }
    return with("addYearsSinceOpening", out.toArray(new Column<?>[0]));
  }

  /** Adds the state's UN M49 region and sub-region ({@code region}, {@code sub_region}; {@code states.csv}). */
  public Panel addRegions() {
    StringColumn region = StringColumn.create("region");
    StringColumn sub = StringColumn.create("sub_region");
    for (int r = 0; r < base.size(); r++) {
      State s = States.require(base.iso3().get(r));
      region.append(s.m49Region());
      sub.append(s.m49SubRegion());
    }
    return with("addRegions", region, sub);
  }

  /** The states of the data on a date: UN members then, and the non-member states that join treaties. */
  private static Set<String> statesOn(LocalDate date, Map<LocalDate, Set<String>> cache) {
    return cache.computeIfAbsent(date, d -> {
      Set<String> s = new HashSet<>(States.unMemberCodesAt(d));
      States.nonMemberParticipants().forEach(x -> s.add(x.iso3()));
      return s;
    });
  }

  /**
   * Adds the number of the state's land neighbours ({@code land_neighbours}) and, for each treaty, the
   * share of them already party ({@code <t>_neighbours_party_share}), both on the day before
   * {@code observed_from}. Neighbours are those of {@code state_borders.csv} (today's borders) that were
   * states in the data that day: UN members, or the non-member states that join treaties. A state without
   * such a neighbour (an island) has share 0 and {@code land_neighbours} 0, so that the share can enter a
   * model; use {@code land_neighbours} to tell "no neighbour" from "no neighbour party".
   */
  public Panel addNeighbourShare() {
    Table borders = Datasets.csv("state_borders.csv");
    Map<String, List<String>> neighbours = new HashMap<>();
    for (int i = 0; i < borders.rowCount(); i++) {
      neighbours.computeIfAbsent(borders.stringColumn("iso3").get(i), k -> new ArrayList<>())
          .add(borders.stringColumn("neighbour_iso3").get(i));
    }
    Map<LocalDate, Set<String>> cache = new HashMap<>();
    IntColumn count = IntColumn.create("land_neighbours");
    List<Map<String, Participant>> who = treaties.stream().map(Panel::byState).toList();
    List<DoubleColumn> shares = treaties.stream()
        .map(t -> DoubleColumn.create(prefix(t) + "_neighbours_party_share")).toList();
    for (int r = 0; r < base.size(); r++) {
      LocalDate before = base.from()[r].minusDays(1);
      Set<String> existing = statesOn(before, cache);
      List<String> around = neighbours.getOrDefault(base.iso3().get(r), List.of()).stream()
          .filter(existing::contains).toList();
      count.append(around.size());
      for (int k = 0; k < treaties.size(); k++) {
        Map<String, Participant> parties = who.get(k);
        long party = around.stream().filter(n -> parties.containsKey(n) && parties.get(n).isPartyAt(before)).count();
        shares.get(k).append(around.isEmpty() ? 0.0 : (double) party / around.size());
      }
    }
    List<Column<?>> out = new ArrayList<>();
    out.add(count);
    out.addAll(shares);
    return with("addNeighbourShare", out.toArray(new Column<?>[0]));
  }

  /**
   * Adds, for each treaty, the share of the other UN members of the state's M49 region that were already
   * party on the day before {@code observed_from} ({@code <t>_region_party_share}; {@code states.csv},
   * {@code un_membership.csv}, {@code treaty_participation.csv}).
   */
  public Panel addRegionShare() {
    Map<String, String> region = new HashMap<>();
    for (State s : States.all()) {
      region.put(s.iso3(), s.m49Region());
    }
    List<Map<String, Participant>> who = treaties.stream().map(Panel::byState).toList();
    List<DoubleColumn> shares = treaties.stream()
        .map(t -> DoubleColumn.create(prefix(t) + "_region_party_share")).toList();
    // per date and treaty: UN members and parties by region, so that each row subtracts only itself
    Map<LocalDate, Map<String, int[]>> tallies = new HashMap<>();
    Map<LocalDate, Set<String>> members = new HashMap<>();
    for (int r = 0; r < base.size(); r++) {
      LocalDate before = base.from()[r].minusDays(1);
      Map<String, int[]> tally = tallies.computeIfAbsent(before, d -> {
        Map<String, int[]> m = new HashMap<>();
        for (String code : members.computeIfAbsent(d, States::unMemberCodesAt)) {
          int[] counts = m.computeIfAbsent(region.get(code), k -> new int[1 + treaties.size()]);
          counts[0]++;
          for (int k = 0; k < treaties.size(); k++) {
            Participant x = who.get(k).get(code);
            if (x != null && x.isPartyAt(d)) {
              counts[1 + k]++;
            }
          }
        }
        return m;
      });
      String code = base.iso3().get(r);
      int[] counts = tally.getOrDefault(region.get(code), new int[1 + treaties.size()]);
      boolean selfMember = members.computeIfAbsent(before, States::unMemberCodesAt).contains(code);
      int others = counts[0] - (selfMember ? 1 : 0);
      for (int k = 0; k < treaties.size(); k++) {
        Participant x = who.get(k).get(code);
        int parties = counts[1 + k] - (selfMember && x != null && x.isPartyAt(before) ? 1 : 0);
        shares.get(k).append(others == 0 ? 0.0 : (double) parties / others);
      }
    }
    return with("addRegionShare", shares.toArray(new Column<?>[0]));
  }

  /**
   * Adds the papers' groups as 0/1 columns ({@code africa}, {@code latin_america_caribbean},
   * {@code pacific_islands}, {@code sub_saharan_africa}, {@code africa_latin_america_pacific}), from
   * {@code states.csv} through {@link Group}.
   */
  public Panel addPaperGroups() {
    Map<String, Group> groups = new java.util.LinkedHashMap<>();
    groups.put("africa", Group.africa());
    groups.put("latin_america_caribbean", Group.latinAmericaCaribbean());
    groups.put("pacific_islands", Group.pacificIslands());
    groups.put("sub_saharan_africa", Group.subSaharanAfrica());
    groups.put("africa_latin_america_pacific", Group.africaLatinAmericaPacific());
    List<Column<?>> out = new ArrayList<>();
    groups.forEach((column, g) -> out.add(membership(column, g)));
    return with("addPaperGroups", out.toArray(new Column<?>[0]));
  }

  /**
   * Adds a 0/1 column: 1 for the states of {@code group}.
   *
   * @param column the new column's name, not in the panel yet
   * @param group any group, e.g. {@code Group.of("nato", "USA", "GBR", …)}
   */
  public Panel addGroup(String column, Group group) {
    Checks.notNull(column, "column");
    Checks.notNull(group, "group");
    if (column.isBlank()) {
      throw new IllegalArgumentException("column is blank; pass a name for the new column, e.g. \"nato\"");
    }
    return with("addGroup", membership(column, group));
  }

  private IntColumn membership(String column, Group g) {
    IntColumn c = IntColumn.create(column);
    for (int r = 0; r < base.size(); r++) {
      c.append(g.iso3().contains(base.iso3().get(r)) ? 1 : 0);
    }
    return c;
  }

  /**
   * Joins your own covariates by ISO3 code and year: every column of {@code covariates} other than the
   * two keys is added to the panel (in a state-month panel, a year's value on each of its months).
   * Panel rows without a covariate row get missing values; covariate rows for years outside the panel
   * are not used.
   *
   * @param covariates one row per state and year (codes in any case)
   * @param iso3Column the column of ISO3 codes (text)
   * @param yearColumn the column of years (numbers)
   * @throws IllegalArgumentException naming every code {@code states.csv} does not know (with the
   *     nearest known code), every known code the panel never holds (not a UN member in its years),
   *     a duplicate state-year, a missing code or year, a wrong column name, or a column the panel has
   */
  public Panel addCovariates(Table covariates, String iso3Column, String yearColumn) {
    Checks.notNull(covariates, "covariates");
    Checks.hasColumn(covariates, iso3Column, "iso3Column");
    Checks.hasColumn(covariates, yearColumn, "yearColumn");
    if (!(covariates.column(yearColumn) instanceof NumericColumn<?> years)) {
      throw new IllegalArgumentException("yearColumn '" + yearColumn + "' of table '" + covariates.name() + "' is "
          + covariates.column(yearColumn).type() + "; pass a column of whole years (numbers such as 1999)");
    }
    Column<?> codes = covariates.column(iso3Column);
    Set<String> unknown = new TreeSet<>();
    Map<String, Integer> rowOf = new HashMap<>();
    Set<String> panelCodes = new HashSet<>(base.iso3());
    Set<String> notInPanel = new TreeSet<>();
    for (int i = 0; i < covariates.rowCount(); i++) {
      if (codes.isMissing(i) || codes.getString(i).isBlank()) {
        throw new IllegalArgumentException("row " + (i + 1) + " of covariates, column '" + iso3Column
            + "': no ISO3 code; fill it or drop the row");
      }
      if (years.isMissing(i)) {
        throw new IllegalArgumentException("row " + (i + 1) + " of covariates, column '" + yearColumn
            + "': no year; fill it or drop the row");
      }
      double y = years.getDouble(i);
      if (y != Math.rint(y)) {
        throw new IllegalArgumentException("row " + (i + 1) + " of covariates, column '" + yearColumn + "': year " + y
            + " is not a whole year; pass years such as 1999");
      }
      String raw = codes.getString(i).strip();
      var state = States.byIso3(raw);
      if (state.isEmpty()) {
        unknown.add(raw);
        continue;
      }
      String code = state.get().iso3();
      if (!panelCodes.contains(code)) {
        notInPanel.add(code);
        continue;
      }
      String key = code + "/" + (int) y;
      Integer before = rowOf.put(key, i);
      if (before != null) {
        throw new IllegalArgumentException("rows " + (before + 1) + " and " + (i + 1) + " of covariates are both "
            + code + " in " + (int) y + "; pass one row per state and year");
      }
    }
    if (!unknown.isEmpty()) {
      Set<String> known = States.all().stream().map(State::iso3).collect(Collectors.toCollection(TreeSet::new));
      String listed = unknown.stream()
          .map(c -> c + Checks.nearest(c.toUpperCase(Locale.ROOT), known).map(n -> " (did you mean " + n + "?)").orElse(""))
          .collect(Collectors.joining(", "));
      throw new IllegalArgumentException(unknown.size() + " unknown ISO3 code" + (unknown.size() == 1 ? "" : "s")
          + " in covariates column '" + iso3Column + "': " + listed + "; states.csv lists " + known.size()
          + " states (States.table() shows them): correct the codes or drop those rows");
    }
    if (!notInPanel.isEmpty()) {
      throw new IllegalArgumentException(notInPanel.size() + " code" + (notInPanel.size() == 1 ? "" : "s")
          + " in covariates column '" + iso3Column + "' never in the panel (no UN membership in "
          + periods.get(0).year() + "–" + last.getYear() + "): " + String.join(", ", notInPanel)
          + "; drop those rows, e.g. with covariates.where(covariates.stringColumn(\"" + iso3Column
          + "\").isNotIn(…))");
    }
    List<Column<?>> out = new ArrayList<>();
    for (Column<?> source : covariates.columns()) {
      if (source.name().equals(iso3Column) || source.name().equals(yearColumn)) {
        continue;
      }
      out.add(joined(source, rowOf));
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("covariates '" + covariates.name() + "' has no column besides '" + iso3Column
          + "' and '" + yearColumn + "'; pass a table with the covariates to join");
    }
    return with("addCovariates", out.toArray(new Column<?>[0]));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Column<?> joined(Column<?> source, Map<String, Integer> rowOf) {
    Column target = source.emptyCopy(0);
    for (int r = 0; r < base.size(); r++) {
      Integer i = rowOf.get(base.iso3().get(r) + "/" + periods.get(base.period()[r]).year());
      if (i == null) {
        target.appendMissing();
      } else {
        target.append((Column) source, i);
      }
    }
    return target;
  }

  /**
   * Returns the panel as counting-process rows for time to consent, with the origin at the treaty's
   * opening for signature (adoption for treaties open to consent only) and every state of the panel at
   * risk; see {@link #countingProcess(Treaty, LocalDate, RiskSet)}.
   */
  public Table countingProcess(Treaty treaty) {
    Checks.notNull(treaty, "treaty");
    return countingProcess(treaty, opening(treaty), RiskSet.UN_MEMBERS);
  }

  /**
   * Returns the panel as counting-process rows {@code (start, stop, event)} for the time from
   * {@code origin} to a state's first consent to {@code treaty}: the panel's rows from the origin on,
   * each with its columns and three more. {@code start} and {@code stop} are years since the origin (days
   * / 365.25), the state at risk over {@code (start, stop]}: {@code start} is the beginning of the row's
   * first observed day (the origin or a later admission: left truncation), {@code stop} the end of its
   * last ({@code observed_on}), so that a consent on the origin day itself falls inside the first
   * interval. {@code event} is 1 on the row whose days hold the consent, whose {@code stop} is then the
   * end of the day of consent (event times are exact days, covariates constant within a period); the
   * state has no more rows after it. A state is censored when it leaves the UN or at the status date. A
   * state that consented before the origin, or while not a UN member (Switzerland's MBT ratification of
   * 1998, before its admission in 2002), is not at risk. Covariates read at the start of the
   * period (the shares) are already lagged; use the state's {@code iso3} as cluster for robust errors.
   *
   * @param treaty one of the panel's treaties
   * @param origin the clock's start: {@code treaty.openedForSignature()}, {@code treaty.adopted()} or
   *     another date, from the panel's first period to its last day
   * @param riskSet every state of the panel, or the treaty's signatories only
   * @throws IllegalArgumentException for a treaty the panel was not built for, an origin outside it, or
   *     {@link RiskSet#SIGNATORIES} for a treaty nobody signed
   */
  public Table countingProcess(Treaty treaty, LocalDate origin, RiskSet riskSet) {
    Checks.notNull(treaty, "treaty");
    Checks.notNull(riskSet, "riskSet");
    if (treaties.stream().noneMatch(t -> t.id().equals(treaty.id()))) {
      throw Checks.unknown("treaty of this panel", "treaty", treaty.id(), treaties.stream().map(Treaty::id).toList(),
          null);
    }
    Checks.notNull(origin, "origin");
    if (origin.isAfter(last)) {
      throw new IllegalArgumentException("origin " + origin + " is after the panel's last day " + last
          + "; pass an origin up to " + last + (last.equals(lastDate(treaties)) ? " (the data's status date)"
          : ", or build the panel to a later year"));
    }
    if (origin.isBefore(periods.get(0).start())) {
      throw new IllegalArgumentException("origin " + origin + " is before the panel's first period (from "
          + periods.get(0).start() + "); build the panel from " + origin.getYear() + ", e.g. Panel."
          + (unit == Unit.YEAR ? "stateYears" : "stateMonths") + "(" + origin.getYear() + ", " + last.getYear() + ", …)");
    }
    Map<String, Participant> who = byState(treaty);
    if (riskSet == RiskSet.SIGNATORIES && who.values().stream().noneMatch(x -> x.signature() != null)) {
      throw new IllegalArgumentException("riskSet SIGNATORIES: " + treaty.id() + " has no signatures in the data (open "
          + "to consent only); pass RiskSet.UN_MEMBERS");
    }
    List<Integer> keep = new ArrayList<>();
    DoubleColumn start = DoubleColumn.create("start");
    DoubleColumn stop = DoubleColumn.create("stop");
    IntColumn event = IntColumn.create("event");
    for (int r = 0; r < base.size(); r++) {
      LocalDate on = base.on()[r];
      if (on.isBefore(origin)) {
        continue;
      }
      Participant x = who.get(base.iso3().get(r));
      if (riskSet == RiskSet.SIGNATORIES && (x == null || x.signature() == null)) {
        continue;
      }
      LocalDate from = base.from()[r].isBefore(origin) ? origin : base.from()[r];
      LocalDate consent = x == null ? null : x.consent();
      if (consent != null && consent.isBefore(from)) {
        continue; // consented earlier: no longer (or never) at risk
      }
      boolean consents = consent != null && !consent.isAfter(on);
      keep.add(r);
      start.append(ChronoUnit.DAYS.between(origin, from) / DAYS_PER_YEAR);
      // the event row ends on the day of consent, so that event times are exact days, not period ends
      stop.append((ChronoUnit.DAYS.between(origin, consents ? consent : on) + 1) / DAYS_PER_YEAR);
      event.append(consents ? 1 : 0);
    }
    Table rows = keep.isEmpty() ? table.emptyCopy() : table.rows(keep.stream().mapToInt(Integer::intValue).toArray());
    rows.setName(treaty.id() + " time to consent from " + origin + " (" + riskSet.name().toLowerCase(Locale.ROOT)
        .replace('_', ' ') + "), counting-process rows");
    rows.addColumns(start, stop, event);
    return rows;
  }

  /**
   * Returns one row per state and stretch of UN membership: the counting-process rows of
   * {@link #countingProcess(Treaty, LocalDate, RiskSet)} joined end to end, for Kaplan–Meier curves and
   * log-rank tests. Columns {@code iso3}, {@code name}, {@code treaty} (the id, so that tables of several
   * treaties can be appended and compared), {@code start} (0, or the years from the origin to a later
   * admission: left truncation), {@code stop} (years to consent, or to censoring at the status date or on
   * leaving the UN) and {@code event} (1 for consent).
   *
   * @param treaty one of the panel's treaties
   * @param origin the clock's start, as for {@link #countingProcess(Treaty, LocalDate, RiskSet)}
   * @param riskSet every state of the panel, or the treaty's signatories only
   */
  public Table durations(Treaty treaty, LocalDate origin, RiskSet riskSet) {
    Table rows = countingProcess(treaty, origin, riskSet);
    StringColumn iso3 = StringColumn.create("iso3");
    StringColumn name = StringColumn.create("name");
    StringColumn id = StringColumn.create("treaty");
    DoubleColumn start = DoubleColumn.create("start");
    DoubleColumn stop = DoubleColumn.create("stop");
    IntColumn event = IntColumn.create("event");
    for (int i = 0; i < rows.rowCount(); i++) {
      String code = rows.stringColumn("iso3").get(i);
      int last = iso3.size() - 1;
      if (last >= 0 && iso3.get(last).equals(code) && stop.getDouble(last) == rows.doubleColumn("start").getDouble(i)) {
        stop.set(last, rows.doubleColumn("stop").get(i));
        event.set(last, rows.intColumn("event").get(i));
        continue;
      }
      iso3.append(code);
      name.append(rows.stringColumn("name").get(i));
      id.append(treaty.id());
      start.append(rows.doubleColumn("start").get(i));
      stop.append(rows.doubleColumn("stop").get(i));
      event.append(rows.intColumn("event").get(i));
    }
    return Table.create(treaty.id() + " time to consent from " + origin + ", one row per state", iso3, name, id,
        start, stop, event);
  }

  /**
   * Returns {@link #durations(Treaty, LocalDate, RiskSet)} from the treaty's opening for signature
   * (adoption for treaties open to consent only), every state of the panel at risk.
   */
  public Table durations(Treaty treaty) {
    Checks.notNull(treaty, "treaty");
    return durations(treaty, opening(treaty), RiskSet.UN_MEMBERS);
  }

  /** Days per year for times in years (the Julian year, as {@code Speed} and the curves count). */
  static final double DAYS_PER_YEAR = 365.25;

  /** Returns the panel's rows as a new table (changing it leaves the panel as it is). */
  public Table table() {
    return table.copy().setName(table.name());
  }

  /** Returns the number of rows (state-periods). */
  public int rowCount() {
    return table.rowCount();
  }

  /** Returns the treaties the panel was built for, in the order given. */
  public List<Treaty> treaties() {
    return treaties;
  }

  /** Returns the panel's last day: the end of its last period, the data's status date at the latest. */
  public LocalDate lastDate() {
    return last;
  }

  /** Returns the panel's column names, in order. */
  public List<String> columnNames() {
    return table.columnNames();
  }

  @Override
  public String toString() {
    Set<String> states = new LinkedHashSet<>(base.iso3());
    return String.format(Locale.ROOT, "%s panel: %,d rows (%d states, %d %s from %s to %s), treaties %s; columns %s",
        unit == Unit.YEAR ? "state-year" : "state-month", rowCount(), states.size(), periods.size(),
        unit == Unit.YEAR ? "years" : "months", periods.get(0).start(), last,
        treaties.stream().map(Treaty::id).collect(Collectors.joining(", ")), table.columnNames());
  }
}
