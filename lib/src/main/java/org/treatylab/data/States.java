package org.treatylab.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The states of the world over time: {@code states.csv} (UN members, non-member treaty participants,
 * former members, with UN M49 regions and the papers' grouping) and {@code un_membership.csv} (spells
 * of UN membership, including former members such as Yugoslavia until 1 November 2000).
 *
 * <p>Sources: UN M49 with ISO 3166 codes (lukes/ISO-3166-Countries-with-Regional-Codes, 2024); UN
 * member states with admission dates (Wikipedia, via ohwada/World_Countries, 2023), cross-checked with
 * a second list; former members from the UN's "Growth in United Nations membership" page (hand-kept,
 * cited). See {@code datasets/datapackage.json} for the caveats (Zanzibar 1963-64 not listed).
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

  /** Returns every state in {@code states.csv}: current members, non-member participants, former members. */
  public static List<State> all() {
    List<State> out = new ArrayList<>();
    for (Row r : table()) {
      out.add(new State(r.getString("iso3"), r.getString("name"), r.getString("m49_region"),
          r.getString("m49_sub_region"), r.getString("m49_intermediate_region"), r.getString("paper_group"),
          r.getBoolean("sub_saharan_africa"), r.getBoolean("un_member"),
          r.isMissing("un_admission_date") ? null : r.getDate("un_admission_date"), r.getBoolean("current"),
          r.getString("non_member_note")));
    }
    return out;
  }

  /** Returns the state with this ISO3 code, if listed. */
  public static Optional<State> byIso3(String iso3) {
    return all().stream().filter(s -> s.iso3().equals(iso3)).findFirst();
  }

  /** Returns the ISO3 codes of the UN members at {@code date} (a member on its admission day counts). */
  public static Set<String> unMemberCodesAt(LocalDate date) {
    Set<String> out = new HashSet<>();
    for (Row r : membership()) {
      LocalDate admitted = r.getDate("admitted");
      boolean left = !r.isMissing("left") && !r.getDate("left").isAfter(date);
      if (!admitted.isAfter(date) && !left) {
        out.add(r.getString("state_code"));
      }
    }
    return out;
  }

  /** Returns the UN members at {@code date}, including states that no longer exist. */
  public static List<State> asOf(LocalDate date) {
    Set<String> codes = unMemberCodesAt(date);
    return all().stream().filter(s -> codes.contains(s.iso3())).toList();
  }

  /** Returns the number of UN members at {@code date} (e.g. 185 on 3 December 1997). */
  public static int unMembersAt(LocalDate date) {
    return unMemberCodesAt(date).size();
  }

  /** Returns the non-member states that join treaties (Holy See, State of Palestine, Cook Islands, Niue). */
  public static List<State> nonMemberParticipants() {
    return all().stream().filter(s -> s.current() && !s.unMember()).toList();
  }

  /**
   * Returns the number of "all states" at {@code date} under the given denominator.
   *
   * @see Denominator
   */
  public static int countAt(LocalDate date, Denominator denominator) {
    return switch (denominator) {
      case UN_MEMBERS_AT_DATE -> unMembersAt(date);
      case UN_MEMBERS_AND_NON_MEMBER_PARTICIPANTS -> unMembersAt(date) + nonMemberParticipants().size();
      case FIXED_193 -> 193;
    };
  }
}
