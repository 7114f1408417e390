package org.treatylab.analysis.adoption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.treatylab.base.Checks;
import org.treatylab.base.Tables;
import org.treatylab.data.Datasets;
import org.treatylab.data.Participant;
import org.treatylab.data.State;
import org.treatylab.data.States;
import org.treatylab.data.Treaty;
import tech.tablesaw.api.Table;

/**
 * The states sharing a land border with any of a few states (e.g. Russia and Belarus), from
 * {@code state_borders.csv} (the {@code borders} of the world-countries package, imported by
 * {@code HoldoutsImporter}), and their standing in a treaty.
 *
 * <pre>{@code
 * Neighbours n = Neighbours.of("RUS", "BLR");   // Belarus is BLR
 * n.status(Treaties.mineBan(), LocalDate.of(2024, 12, 31), statusDate);  // one row per neighbour
 * n.compare(Treaties.mineBan(), LocalDate.of(2024, 12, 31), statusDate); // neighbours vs other UN members
 * }</pre>
 */
public final class Neighbours {
  private final List<String> of;
  private final Set<String> codes;

  private Neighbours(List<String> of, Set<String> codes) {
    this.of = List.copyOf(of);
    this.codes = new TreeSet<>(codes);
  }

  /** Returns the land neighbours of any of {@code iso3} (the states themselves excluded). */
  public static Neighbours of(String... iso3) {
    Checks.notNull(iso3, "iso3");
    if (iso3.length == 0) {
      throw new IllegalArgumentException("iso3 is empty; pass one ISO3 code or more, e.g. Neighbours.of(\"RUS\", \"BLR\")");
    }
    String[] codes = new String[iso3.length];
    for (int i = 0; i < iso3.length; i++) {
      codes[i] = States.iso3(Checks.notNull(iso3[i], "iso3"));
    }
    return of(Datasets.csv("state_borders.csv"), codes);
  }

  /** Returns the land neighbours of any of {@code iso3} in a borders table (columns iso3, neighbour_iso3). */
  static Neighbours of(Table borders, String... iso3) {
    List<String> centre = Arrays.asList(iso3);
    Set<String> out = new TreeSet<>();
    for (int i = 0; i < borders.rowCount(); i++) {
      if (centre.contains(borders.stringColumn("iso3").get(i))) {
        out.add(borders.stringColumn("neighbour_iso3").get(i));
      }
    }
    centre.forEach(out::remove);
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no land neighbours for " + centre + " in state_borders.csv (an island, or "
          + "an unknown ISO3 code); pass a state with a land border");
    }
    return new Neighbours(centre, out);
  }

  /** Returns the neighbours' ISO3 codes, sorted. */
  public Set<String> codes() {
    return codes;
  }

  /** True when {@code iso3} borders one of the centre states. */
  public boolean contains(String iso3) {
    return codes.contains(States.iso3(iso3));
  }

  /** Returns how many neighbours there are. */
  public int count() {
    return codes.size();
  }

  /**
   * One row per neighbour: party at {@code before}, party at {@code at}, and the withdrawal the
   * depositary records (notified, effective, and whether it is effective by {@code at}).
   *
   * @param before not after {@code at}
   * @param at not after the treaty's status date
   */
  public Table status(Treaty treaty, LocalDate before, LocalDate at) {
    Checks.notNull(treaty, "treaty");
    Checks.ordered(before, "before", at, "at");
    treaty.requireKnown(at, "at");
    Map<String, Participant> byIso = treaty.participants().stream()
        .collect(Collectors.toMap(Participant::iso3, Function.identity(), (a, b) -> a));
    return Tables.of(treaty.shortName() + ": land neighbours of " + String.join(" and ", of), codes)
        .text("iso3", c -> c)
        .text("name", c -> States.byIso3(c).map(State::name).orElse(c))
        .text("borders", c -> of.stream().filter(o -> bordersTable().contains(c + ">" + o)).collect(Collectors.joining(";")))
        .bool("party_" + before, c -> byIso.get(c) != null && byIso.get(c).isPartyAt(before))
        .bool("party_" + at, c -> byIso.get(c) != null && byIso.get(c).isPartyAt(at))
        .text("withdrawal_notified", c -> {
          Participant p = byIso.get(c);
          return p == null || p.withdrawalNotified() == null ? "" : p.withdrawalNotified().toString();
        })
        .text("withdrawal_effective", c -> {
          Participant p = byIso.get(c);
          return p == null || p.withdrawalEffective() == null ? ""
              : p.withdrawalEffective() + (p.withdrawalEffective().isAfter(at) ? " (pending)" : "");
        })
        .build();
  }

  private Set<String> bordersTable;

  private Set<String> bordersTable() {
    if (bordersTable == null) {
      Table t = Datasets.csv("state_borders.csv");
      bordersTable = new TreeSet<>();
      for (int i = 0; i < t.rowCount(); i++) {
        bordersTable.add(t.stringColumn("iso3").get(i) + ">" + t.stringColumn("neighbour_iso3").get(i));
      }
    }
    return bordersTable;
  }

  /**
   * Neighbours against the other UN members at {@code at} (the centre states excluded from both): how
   * many, parties at {@code before} and at {@code at}, and withdrawals notified in between.
   *
   * @param before not after {@code at}
   * @param at not after the treaty's status date
   */
  public Table compare(Treaty treaty, LocalDate before, LocalDate at) {
    Checks.notNull(treaty, "treaty");
    Checks.ordered(before, "before", at, "at");
    treaty.requireKnown(at, "at");
    List<State> members = States.asOf(at).stream().filter(s -> !of.contains(s.iso3())).toList();
    Map<String, Participant> byIso = treaty.participants().stream()
        .collect(Collectors.toMap(Participant::iso3, Function.identity(), (a, b) -> a));
    // one group of UN members: its label, how many, and the participants among them
    record Side(String group, int members, List<Participant> participants) {}
    List<Side> sides = new ArrayList<>();
    for (boolean neighbour : new boolean[] {true, false}) {
      List<Participant> ps = new ArrayList<>();
      int count = 0;
      for (State s : members) {
        if (contains(s.iso3()) == neighbour) {
          count++;
          if (byIso.containsKey(s.iso3())) {
            ps.add(byIso.get(s.iso3()));
          }
        }
      }
      sides.add(new Side(neighbour ? "land neighbours of " + String.join("/", of) : "other UN members", count, ps));
    }
    return Tables.of(treaty.shortName() + ": neighbours of " + String.join(" and ", of) + " vs the rest", sides)
        .text("group", Side::group)
        .integer("UN members", "states", Side::members)
        .integer("parties " + before, "states", s -> (int) s.participants().stream().filter(p -> p.isPartyAt(before)).count())
        .integer("parties " + at, "states", s -> (int) s.participants().stream().filter(p -> p.isPartyAt(at)).count())
        .integer("withdrawals notified", "states", s -> (int) s.participants().stream()
            .filter(p -> p.withdrawalNotified() != null && p.withdrawalNotified().isAfter(before)
                && !p.withdrawalNotified().isAfter(at))
            .count())
        .build();
  }

  @Override
  public String toString() {
    return count() + " land neighbours of " + String.join(" and ", of) + ": " + String.join(", ", codes);
  }
}
