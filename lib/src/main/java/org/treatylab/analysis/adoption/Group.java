package org.treatylab.analysis.adoption;

import org.treatylab.base.Checks;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.treatylab.data.State;
import org.treatylab.data.States;

/**
 * A named set of states (ISO3 codes) for {@link Composition}: the papers' regional groups from
 * {@code states.csv} ({@code paper_group} and {@code sub_saharan_africa}, see {@link State}), unions of
 * groups, or any custom list.
 *
 * @param name the group's name, for tables and charts
 * @param iso3 the members' ISO3 codes
 */
public record Group(String name, Set<String> iso3) {
  /**
   * Copies the member set (sorted). The codes are taken as given, for synthetic treaties whose actors
   * are not states; {@link #of} checks real codes against {@code states.csv}.
   */
  public Group {
    Checks.notNull(name, "name");
    Checks.notNull(iso3, "iso3");
    iso3 = Set.copyOf(new TreeSet<>(iso3));
  }

  /** Returns the states whose {@code paper_group} is Africa (M49 Africa, incl. North Africa). */
  public static Group africa() {
    return where("Africa", s -> "Africa".equals(s.paperGroup()));
  }

  /** Returns the states whose {@code paper_group} is Latin America and the Caribbean. */
  public static Group latinAmericaCaribbean() {
    return where("Latin America and the Caribbean", s -> "Latin America and the Caribbean".equals(s.paperGroup()));
  }

  /** Returns the Pacific Islands (M49 Oceania less Australia and New Zealand). */
  public static Group pacificIslands() {
    return where("Pacific Islands", s -> "Pacific Islands".equals(s.paperGroup()));
  }

  /** Returns the states in M49 sub-Saharan Africa (Sudan is not: M49 puts it in Northern Africa). */
  public static Group subSaharanAfrica() {
    return where("Sub-Saharan Africa", State::subSaharanAfrica);
  }

  /** Returns Africa, Latin America and the Caribbean, and the Pacific Islands together (Petrova 2019). */
  public static Group africaLatinAmericaPacific() {
    return anyOf("Africa, Latin America and Caribbean, Pacific Islands", africa(), latinAmericaCaribbean(),
        pacificIslands());
  }

  /**
   * Returns a group of the given ISO3 codes, checked against {@code states.csv} (any case: {@code "fra"}
   * is FRA).
   *
   * @throws IllegalArgumentException "unknown ISO3 code 'XXX' …" for a code the data do not list, or no
   *     code at all (an empty group would count 0 of anything)
   */
  public static Group of(String name, String... iso3) {
    Checks.notNull(iso3, "iso3");
    if (iso3.length == 0) {
      throw new IllegalArgumentException("iso3 is empty; pass one ISO3 code or more, e.g. Group.of(\"" + name
          + "\", \"FRA\", \"DEU\")");
    }
    Set<String> codes = new TreeSet<>();
    for (String code : iso3) {
      codes.add(States.iso3(Checks.notNull(code, "iso3")));
    }
    return new Group(name, codes);
  }

  /** Returns the union of groups under a new name: one group or more, no nulls. */
  public static Group anyOf(String name, Group... groups) {
    Checks.notNull(groups, "groups");
    if (groups.length == 0) {
      throw new IllegalArgumentException("groups is empty; pass one group or more, e.g. Group.africa()");
    }
    for (int i = 0; i < groups.length; i++) {
      Checks.notNull(groups[i], "groups[" + i + "]");
    }
    return new Group(name, Arrays.stream(groups).flatMap(g -> g.iso3().stream()).collect(Collectors.toSet()));
  }

  /**
   * Returns the states of {@code states.csv} that pass {@code test}.
   *
   * @throws IllegalArgumentException when no state passes (a mistyped test, e.g. a region spelt
   *     differently from {@code states.csv}, would otherwise give a group that counts 0 of anything)
   */
  public static Group where(String name, Predicate<State> test) {
    Checks.notNull(name, "name");
    Checks.notNull(test, "test");
    Set<String> codes = States.all().stream().filter(test).map(State::iso3).collect(Collectors.toSet());
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("no state of states.csv passes the test of group '" + name
          + "'; check the test against the values States.table() shows");
    }
    return new Group(name, codes);
  }

  /**
   * Returns true when {@code code} is in the group. A code the group does not hold is looked up in
   * {@code states.csv} in any case ({@code "nga"} is NGA), and refused when no state has it.
   *
   * @throws IllegalArgumentException "unknown ISO3 code 'NGAA' — did you mean NGA (Nigeria)? …"
   */
  public boolean contains(String code) {
    Checks.notNull(code, "code");
    return iso3.contains(code) || iso3.contains(States.iso3(code));
  }

  /** True when the group holds exactly {@code code} (no lookup: actors of synthetic treaties are not states). */
  boolean holds(String code) {
    return iso3.contains(code);
  }

  @Override
  public String toString() {
    return name + " (" + iso3.size() + " states)";
  }
}
