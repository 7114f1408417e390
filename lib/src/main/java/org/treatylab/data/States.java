package org.treatylab.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import org.treatylab.base.Checks;

/**
 * The states of the world over time: {@code states.csv} (UN members, non-member treaty participants,
 * former members, with UN M49 regions and the papers' grouping) and {@code un_membership.csv} (spells
 * of UN membership, including former members such as Yugoslavia until 1 November 2000).
 *
 * <p>Sources: UN M49 with ISO 3166 codes (lukes/ISO-3166-Countries-with-Regional-Codes); UN member
 * states with admission dates (Wikipedia, via ohwada/World_Countries), cross-checked with a second list;
 * former members from the UN's "Growth in United Nations membership" page (hand-kept, cited).
 * {@code datasets/datapackage.json} gives each source's version and the caveats (Zanzibar 1963-64 not
 * listed).
 *
 * <p>Dates: the membership spells begin with the UN's founding ({@link #firstDate()}, 24 October 1945):
 * before it there were no UN members, a true answer. {@code un_membership.csv} carries no status date of
 * its own; the project keeps it current to the treaty data's status date ({@link #statusDate()},
 * {@code treaties.csv} {@code status_as_at}). Questions about later dates are refused, as the treaty queries refuse them.
 */
public final class States {
  private States() {}

  /** Returns {@code states.csv} as a table (typed: booleans and dates). */
  public static Table table() {
    return Datasets.typed("states.csv");
  }

  /** Returns {@code un_membership.csv}: one row per spell of UN membership. */
  public static Table membership() {
    return Datasets.typed("un_membership.csv");
  }

  /** The states and membership spells, read once per {@link Datasets#generation()} (they are immutable). */
  private record Loaded(long generation, List<State> all, Map<String, State> byCode, List<Spell> spells,
      LocalDate firstDate, LocalDate statusDate) {}

  private record Spell(String code, LocalDate admitted, LocalDate left) {}

  private static volatile Loaded loaded;

  private static Loaded loaded() {
    Loaded l = loaded;
    long generation = Datasets.generation();
    if (l == null || l.generation() != generation) {
      List<State> all = new ArrayList<>();
      Map<String, State> byCode = new LinkedHashMap<>();
      for (Row r : table()) {
        State s = new State(r.getString("iso3"), r.getString("name"), r.getString("m49_region"),
            r.getString("m49_sub_region"), r.getString("m49_intermediate_region"), r.getString("paper_group"),
            r.getBoolean("sub_saharan_africa"), r.getBoolean("un_member"),
            r.isMissing("un_admission_date") ? null : r.getDate("un_admission_date"), r.getBoolean("current"),
            r.getString("non_member_note"));
        all.add(s);
        byCode.put(s.iso3(), s);
      }
      List<Spell> spells = new ArrayList<>();
      for (Row r : membership()) {
        spells.add(new Spell(r.getString("state_code"), r.getDate("admitted"),
            r.isMissing("left") ? null : r.getDate("left")));
      }
      LocalDate first = spells.stream().map(Spell::admitted).min(LocalDate::compareTo).orElseThrow();
      LocalDate status = Datasets.typed("treaties.csv").dateColumn("status_as_at").max();
      l = new Loaded(generation, List.copyOf(all), Map.copyOf(byCode), List.copyOf(spells), first, status);
      loaded = l;
    }
    return l;
  }

  /**
   * Returns the first date of {@code un_membership.csv}: the UN's founding, 24 October 1945, when its
   * first members were admitted. Before it there were no UN members.
   */
  public static LocalDate firstDate() {
    return loaded().firstDate();
  }

  /**
   * Returns the last date the states data answer for: the treaty data's status date ({@code treaties.csv}
   * {@code status_as_at}). {@code un_membership.csv} has no status date of its own; the project keeps it
   * current to the date its treaty data describe.
   */
  public static LocalDate statusDate() {
    return loaded().statusDate();
  }

  /** Returns every state in {@code states.csv}: current members, non-member participants, former members. */
  public static List<State> all() {
    return loaded().all();
  }

  /**
   * Returns the state with this ISO3 code (any case: {@code "rus"} finds RUS), or empty when
   * {@code states.csv} does not list it. Use {@link #require} to fail with a suggestion instead.
   *
   * @param iso3 ISO 3166-1 alpha-3 code, not null
   */
  public static Optional<State> byIso3(String iso3) {
    Checks.notNull(iso3, "iso3");
    return Optional.ofNullable(loaded().byCode().get(iso3.strip().toUpperCase(Locale.ROOT)));
  }

  /**
   * Returns the state with this ISO3 code (any case), or throws {@link IllegalArgumentException}:
   * "unknown ISO3 code 'RUSS' — did you mean RUS (Russian Federation)?". A state's name in
   * {@code states.csv} is suggested too ({@code "Russia"} suggests RUS).
   *
   * @param iso3 ISO 3166-1 alpha-3 code, not null
   */
  public static State require(String iso3) {
    Optional<State> found = byIso3(iso3);
    if (found.isPresent()) {
      return found.get();
    }
    if (iso3.isBlank()) {
      throw new IllegalArgumentException("iso3 is blank ('" + iso3 + "'); pass an ISO 3166-1 alpha-3 code such as RUS"
          + " (states.csv lists " + all().size() + " states; States.table() shows them)");
    }
    throw new IllegalArgumentException("unknown ISO3 code '" + iso3 + "'" + suggestion(iso3)
        + " (states.csv lists " + all().size() + " states; States.table() shows them)");
  }

  /** Returns the upper-case ISO3 code of a listed state, or throws as {@link #require} does. */
  public static String iso3(String iso3) {
    return require(iso3).iso3();
  }

  private static String suggestion(String wrong) {
    String w = wrong.strip().toLowerCase(Locale.ROOT);
    Optional<State> byName = all().stream()
        .filter(s -> s.name().toLowerCase(Locale.ROOT).startsWith(w) && w.length() >= 3).findFirst();
    Optional<State> hit = byName.isPresent() ? byName
        : Checks.nearest(wrong.strip().toUpperCase(Locale.ROOT), loaded().byCode().keySet()).map(c -> loaded().byCode().get(c));
    return hit.map(s -> " — did you mean " + s.iso3() + " (" + s.name() + ")?").orElse("");
  }

  /**
   * Returns the ISO3 codes of the UN members at {@code date} (a member on its admission day counts), from
   * {@code un_membership.csv}; none before the UN's founding ({@link #firstDate()}).
   *
   * @param date the date asked about, not null
   * @throws IllegalArgumentException when {@code date} is after the {@link #statusDate() status date}:
   *     "2030-01-01 is after the data's status date 2026-02-03 (date); ask about a date up to 2026-02-03"
   */
  public static Set<String> unMemberCodesAt(LocalDate date) {
    Checks.notAfter(date, "date", statusDate());
    Set<String> out = new HashSet<>();
    for (Spell s : loaded().spells()) {
      boolean left = s.left() != null && !s.left().isAfter(date);
      if (!s.admitted().isAfter(date) && !left) {
        out.add(s.code());
      }
    }
    return out;
  }

  /**
   * Returns the UN members at {@code date}, including states that no longer exist ({@code states.csv},
   * {@code un_membership.csv}); none before the UN's founding ({@link #firstDate()}).
   *
   * @throws IllegalArgumentException when {@code date} is after the {@link #statusDate() status date}
   */
  public static List<State> asOf(LocalDate date) {
    Set<String> codes = unMemberCodesAt(date);
    return all().stream().filter(s -> codes.contains(s.iso3())).toList();
  }

  /**
   * Returns the number of UN members at {@code date} (e.g. 185 on 3 December 1997), from
   * {@code un_membership.csv}; 0 before the UN's founding ({@link #firstDate()}).
   *
   * @throws IllegalArgumentException when {@code date} is after the {@link #statusDate() status date}
   */
  public static int unMembersAt(LocalDate date) {
    return unMemberCodesAt(date).size();
  }

  /** Returns the non-member states that join treaties (Holy See, State of Palestine, Cook Islands, Niue). */
  public static List<State> nonMemberParticipants() {
    return all().stream().filter(s -> s.current() && !s.unMember()).toList();
  }

  /**
   * Returns the number of "all states" at {@code date} under the given denominator, from
   * {@code un_membership.csv} and {@code states.csv}.
   *
   * @throws IllegalArgumentException when {@code date} is after the {@link #statusDate() status date}, or
   *     before the UN's founding ({@link #firstDate()}), when there were no UN members to count "all
   *     states" by (a share over them would divide by zero)
   * @see Denominator
   */
  public static int countAt(LocalDate date, Denominator denominator) {
    Checks.notNull(denominator, "denominator");
    Checks.notAfter(date, "date", statusDate());
    States.notBeforeUn(date, "date");
    return switch (denominator) {
      case UN_MEMBERS_AT_DATE -> unMembersAt(date);
      case UN_MEMBERS_AND_NON_MEMBER_PARTICIPANTS -> unMembersAt(date) + nonMemberParticipants().size();
      case FIXED_193 -> 193;
    };
  }

  /**
   * Returns {@code date} when the UN existed then, else throws {@link IllegalArgumentException}: "1900-01-01
   * is before the UN's founding 1945-10-24 (date): no UN members to count; ask about a date from
   * 1945-10-24". For counts and shares whose denominator is the UN members at the date
   * ({@code un_membership.csv}).
   */
  public static LocalDate notBeforeUn(LocalDate date, String argument) {
    Checks.notNull(date, argument);
    LocalDate founding = firstDate();
    if (date.isBefore(founding)) {
      throw new IllegalArgumentException(date + " is before the UN's founding " + founding + " (" + argument
          + "): no UN members to count; ask about a date from " + founding);
    }
    return date;
  }
}
