package org.treatylab.analysis;

import org.treatylab.data.Checks;
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
   * @throws IllegalArgumentException "unknown ISO3 code 'XXX' …" for a code the data do not list
   */
  public static Group of(String name, String... iso3) {
    Checks.notNull(iso3, "iso3");
    Set<String> codes = new TreeSet<>();
    for (String code : iso3) {
      codes.add(States.iso3(Checks.notNull(code, "iso3")));
    }
    return new Group(name, codes);
  }

  /** Returns the union of groups under a new name. */
  public static Group anyOf(String name, Group... groups) {
    return new Group(name, Arrays.stream(groups).flatMap(g -> g.iso3().stream()).collect(Collectors.toSet()));
  }

  /** Returns the states of {@code states.csv} that pass {@code test}. */
  public static Group where(String name, Predicate<State> test) {
    return new Group(name, States.all().stream().filter(test).map(State::iso3).collect(Collectors.toSet()));
  }

  /** Returns true when {@code code} is in the group. */
  public boolean contains(String code) {
    return iso3.contains(Checks.notNull(code, "code"));
  }

  @Override
  public String toString() {
    return name + " (" + iso3.size() + " states)";
  }
}
