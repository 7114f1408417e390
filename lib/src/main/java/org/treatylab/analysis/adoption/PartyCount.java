package org.treatylab.analysis.adoption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.treatylab.base.Checks;
import org.treatylab.base.Tables;
import org.treatylab.data.Participant;
import org.treatylab.data.States;
import org.treatylab.data.Treaty;
import tech.tablesaw.api.Table;

/**
 * Who is in and who is out of a treaty on one date, with every denominator stated: a sentence such as
 * "156 states have ratified, 37 have not signed" can mean parties or UN-member parties, UN members outside
 * or UN members that have not even signed. Counts come from the UN Treaty Collection status pages
 * ({@code treaty_participation.csv}) and the UN membership dates ({@code un_membership.csv}).
 *
 * @param treatyId the treaty
 * @param date the date counted at
 * @param parties parties at the date (net of withdrawals), including non-UN-member states
 * @param nonMemberParties parties that are not UN members at the date (e.g. Holy See, Niue, Cook Islands)
 * @param unMembers UN members at the date (the denominator)
 * @param outside UN members that are not parties
 * @param signedNotRatified of those outside, states that have signed but not consented
 * @param notSigned UN members that have neither signed nor consented
 */
public record PartyCount(String treatyId, LocalDate date, int parties, int nonMemberParties, int unMembers,
    int outside, int signedNotRatified, int notSigned) {

  /**
   * Counts the treaty's parties and the UN members outside it at {@code date}.
   *
   * @param treaty not null
   * @param date not after the treaty's status date, not before the UN's founding (24 October 1945: no
   *     UN members to count)
   */
  public static PartyCount of(Treaty treaty, LocalDate date) {
    Checks.notNull(treaty, "treaty");
    treaty.requireKnown(date, "date");
    States.notBeforeUn(date, "date");
    Set<String> members = States.unMemberCodesAt(date);
    Set<String> parties = treaty.partiesAt(date).stream().map(Participant::iso3).collect(Collectors.toSet());
    Set<String> signatories = treaty.signatoriesAt(date).stream().map(Participant::iso3).collect(Collectors.toSet());
    int nonMember = (int) parties.stream().filter(p -> !members.contains(p)).count();
    int outside = (int) members.stream().filter(m -> !parties.contains(m)).count();
    int signedOnly = (int) members.stream().filter(m -> !parties.contains(m) && signatories.contains(m)).count();
    return new PartyCount(treaty.id(), date, parties.size(), nonMember, members.size(), outside, signedOnly,
        outside - signedOnly);
  }

  /**
   * Returns the counts on {@code from}, on every date in between when a count changes (a consent, a
   * signature, a withdrawal, a UN admission), and on {@code to}: one row per date.
   *
   * @throws IllegalArgumentException when {@code from} is after {@code to}, {@code to} after the treaty's
   *     status date, or {@code from} before the UN's founding
   */
  public static Table between(Treaty treaty, LocalDate from, LocalDate to) {
    Checks.notNull(treaty, "treaty");
    Checks.ordered(from, "from", to, "to");
    treaty.requireKnown(to, "to");
    States.notBeforeUn(from, "from");
    Set<LocalDate> dates = new TreeSet<>(List.of(from, to));
    for (Participant p : treaty.participants()) {
      for (LocalDate d : new LocalDate[] {p.signature(), p.consent(), p.leftOn()}) {
        if (d != null && d.isAfter(from) && d.isBefore(to)) {
          dates.add(d);
        }
      }
    }
    for (tech.tablesaw.api.Row r : States.membership()) {
      for (String col : new String[] {"admitted", "left"}) {
        if (!r.isMissing(col) && r.getDate(col).isAfter(from) && r.getDate(col).isBefore(to)) {
          dates.add(r.getDate(col));
        }
      }
    }
    // one row per date at which a count changes, and the last date always
    List<PartyCount> counts = new ArrayList<>();
    PartyCount last = null;
    for (LocalDate d : dates) {
      PartyCount c = of(treaty, d);
      if (last != null && c.sameCounts(last) && !d.equals(to)) {
        continue;
      }
      counts.add(c);
      last = c;
    }
    return Tables.of(treaty.id() + " parties and UN members outside, " + from + " to " + to, counts)
        .date("date", PartyCount::date)
        .integer("parties", "states", PartyCount::parties)
        .integer("non_member_parties", "states", PartyCount::nonMemberParties)
        .integer("un_members", "states", PartyCount::unMembers)
        .integer("outside", "states", PartyCount::outside)
        .integer("signed_not_ratified", "states", PartyCount::signedNotRatified)
        .integer("not_signed", "states", PartyCount::notSigned)
        .build();
  }

  private boolean sameCounts(PartyCount o) {
    return parties == o.parties && nonMemberParties == o.nonMemberParties && unMembers == o.unMembers
        && outside == o.outside && signedNotRatified == o.signedNotRatified;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%s on %s: %d parties (%d of them not UN members); of the %d UN members, %d are outside"
        + " (%d signed but not ratified, %d not signed)", treatyId, date, parties, nonMemberParties, unMembers,
        outside, signedNotRatified, notSigned);
  }
}
