package org.treatylab.analysis.adoption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.treatylab.data.Denominator;
import org.treatylab.data.States;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * What "all states" means in a share: the number of states at each date, and which actors may count in
 * the numerator. Built from a {@link Denominator} (UN membership read once from
 * {@code un_membership.csv}) or from a fixed number for synthetic examples.
 */
final class StateTotals {
  private record Spell(String iso3, LocalDate admitted, LocalDate left) {
    boolean memberAt(LocalDate d) {
      return !admitted.isAfter(d) && (left == null || left.isAfter(d));
    }
  }

  private final String label;
  private final int fixed;
  private final int extra;
  private final List<Spell> spells;

  private StateTotals(String label, int fixed, int extra, List<Spell> spells) {
    this.label = label;
    this.fixed = fixed;
    this.extra = extra;
    this.spells = spells;
  }

  static StateTotals of(Denominator d) {
    return switch (d) {
      case FIXED_193 -> fixed(193);
      case UN_MEMBERS_AT_DATE -> new StateTotals("UN members at the date", -1, 0, spells());
      case UN_MEMBERS_AND_NON_MEMBER_PARTICIPANTS -> new StateTotals(
          "UN members at the date and non-member participants", -1,
          States.nonMemberParticipants().size(), spells());
    };
  }

  static StateTotals fixed(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("the number of states must be positive, not " + n);
    }
    return new StateTotals(n + " states", n, 0, null);
  }

  private static List<Spell> spells() {
    List<Spell> out = new ArrayList<>();
    Table t = States.membership();
    for (Row r : t) {
      out.add(new Spell(r.getString("state_code"), r.getDate("admitted"),
          r.isMissing("left") ? null : r.getDate("left")));
    }
    return out;
  }

  /** The denominator in words. */
  String label() {
    return label;
  }

  /** The number of states at {@code date}. */
  int at(LocalDate date) {
    if (spells == null) {
      return fixed;
    }
    return (int) spells.stream().filter(s -> s.memberAt(date)).count() + extra;
  }

  /** Whether {@code iso3} counts in the numerator at {@code date}. */
  boolean counts(String iso3, LocalDate date) {
    if (spells == null || extra > 0) {
      return true;
    }
    return spells.stream().anyMatch(s -> s.iso3().equals(iso3) && s.memberAt(date));
  }
}
