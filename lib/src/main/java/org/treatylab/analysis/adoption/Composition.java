package org.treatylab.analysis.adoption;

import org.treatylab.base.Checks;
import org.treatylab.base.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.treatylab.data.State;
import org.treatylab.data.States;
import tech.tablesaw.api.Table;

/**
 * The share of a group of states among the states that acted in a window: {@code k / n}, where {@code n}
 * is the number of states in the {@link TimeWindow} and {@code k} those of them in the {@link Group}. For
 * Petrova's (2019) claims on who led: African, Latin American and Caribbean and Pacific states among the
 * first month's signatories, sub-Saharan states at the CCM signing ceremony.
 *
 * <p>Data: the window's actors from {@code treaty_participation.csv}; groups from {@code states.csv}.
 *
 * <pre>{@code
 * Composition c = Composition.of(TimeWindow.signaturesWithin(Treaties.mineBan(), Period.ofMonths(1)),
 *     Group.africaLatinAmericaPacific());
 * c.share();                                         // k / n
 * c.versusAllStates(LocalDate.of(1997, 12, 31)).fisher();
 * }</pre>
 *
 * @param window the window (its description and actors)
 * @param group the group
 * @param n states that acted
 * @param k of them, states in the group
 * @param members the group's actors, ISO3 codes in order of action
 */
public record Composition(TimeWindow window, Group group, int n, int k, List<String> members) {
  /** Returns the composition of the window's actors with respect to the group (neither may be null). */
  public static Composition of(TimeWindow window, Group group) {
    Checks.notNull(window, "window");
    Checks.notNull(group, "group");
    List<String> in = window.actors().stream().filter(group::holds).toList();
    return new Composition(window, group, window.size(), in.size(), in);
  }

  /** Returns one composition per group as a table (see {@link #table()} for the columns): one group or more. */
  public static Table byGroups(TimeWindow window, Group... groups) {
    Checks.notNull(groups, "groups");
    if (groups.length == 0) {
      throw new IllegalArgumentException("groups is empty; pass one group or more, e.g. Group.africa()");
    }
    Table t = null;
    for (Group g : groups) {
      Table row = of(window, g).table();
      t = t == null ? row : t.append(row);
    }
    return t == null ? Table.create(window.description()) : t.setName(window.description());
  }

  /** Returns {@code k / n} (NaN when nobody acted). */
  public double share() {
    return n == 0 ? Double.NaN : (double) k / n;
  }

  /** Returns the names of the group's actors (from {@code states.csv}), in order of action. */
  public List<String> memberNames() {
    return members.stream().map(c -> States.byIso3(c).map(State::name).orElse(c)).toList();
  }

  /**
   * Returns the 2×2 table of group membership by acting, over the UN members at {@code date} together with
   * any non-member actors: rows "in group" / "not in group", columns "acted" / "did not act". Its
   * {@link TwoByTwo#fisher()} and chi-square tests ask whether the group is over-represented among the
   * actors. Data: {@code un_membership.csv}.
   *
   * @param date not after the data's status date, not before the UN's founding (no UN members to compare with)
   */
  public TwoByTwo versusAllStates(LocalDate date) {
    States.notBeforeUn(date, "date");
    Set<String> all = new LinkedHashSet<>(States.unMemberCodesAt(date));
    all.addAll(window.actors());
    Set<String> acted = new LinkedHashSet<>(window.actors());
    long a = 0;
    long b = 0;
    long c = 0;
    long d = 0;
    for (String s : all) {
      boolean g = group.holds(s);
      boolean act = acted.contains(s);
      if (g && act) {
        a++;
      } else if (g) {
        b++;
      } else if (act) {
        c++;
      } else {
        d++;
      }
    }
    return TwoByTwo.of(group.name() + " among " + window.description(), new String[] {"in group", "not in group"},
        new String[] {"acted", "did not act"}, a, b, c, d);
  }

  /** Returns a one-row table: window, group, n, k, share, members (ISO3, separated by spaces). */
  public Table table() {
    return Tables.of(window.description(), List.of(this))
        .text("window", c -> window.description())
        .text("group", c -> group.name())
        .integer("n_acted", "states", c -> n)
        .integer("k_in_group", "states", c -> k)
        .number("share", "fraction of n_acted (0 to 1)", Composition::share)
        .text("members", c -> String.join(" ", members))
        .build();
  }


  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%s: %d of %d (%.1f %%) in %s: %s", window.description(), k, n, 100 * share(),
        group.name(), String.join(", ", new ArrayList<>(memberNames())));
  }
}
