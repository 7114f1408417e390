package org.treatylab.claims;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.treatylab.analysis.adoption.Composition;
import org.treatylab.analysis.adoption.Group;
import org.treatylab.analysis.adoption.PartyCount;
import org.treatylab.analysis.adoption.Speed;
import org.treatylab.analysis.adoption.TimeWindow;
import org.treatylab.data.Casualties;
import org.treatylab.data.Monitor;
import org.treatylab.data.Participant;
import org.treatylab.data.States;
import org.treatylab.data.Treaty;

/**
 * Robustness tables: a claim's value recomputed under each reasonable definition (window start and
 * length, which instruments count, group boundaries, counting date, denominator, vintage of a
 * figure), from the datasets each method names. Each table keeps the claim's own tolerance.
 */
public final class Definitions {
  private Definitions() {}

  /**
   * The share of a group among a treaty's instruments of consent in its first years, under windows of
   * 24 to 36 months from the opening for signature (from adoption for instruments never open for
   * signature), the same 30 months from adoption, the ledger's 2.5 years (913 days), ratifications
   * only, and the group without the Pacific Island states. Data: {@code treaty_participation},
   * {@code states} (UN M49 regions).
   *
   * @param claim the claim (e.g. footnote 63's four shares)
   * @param valueIndex which stated value the treaty's share is
   * @param treaty the treaty
   * @param years the ledger's window in years (2.5)
   * @param group the paper's group (Africa, Latin America and the Caribbean, Pacific Islands)
   */
  public static Robustness consentShareWindows(Claim claim, int valueIndex, Treaty treaty, double years, Group group) {
    Robustness.Builder b = Robustness.of(claim, valueIndex,
        treaty.shortName() + ": share of " + group.name() + " among instruments of consent, by window and instrument");
    b.ledgers(years + " years (" + Math.round(years * 365.25) + " days) from " + startName(treaty) + ", all instruments",
        100 * Composition.of(TimeWindow.consentsWithinYears(treaty, years), group).share());
    LocalDate start = Speed.start(treaty);
    for (int months = 24; months <= 36; months += 3) {
      b.add(months + " months from " + startName(treaty) + ", all instruments",
          100 * Composition.of(TimeWindow.consentsBetween(treaty, start, start.plusMonths(months).minusDays(1)), group).share());
    }
    if (!treaty.adopted().equals(start)) {
      b.add("30 months from adoption (" + treaty.adopted() + "), all instruments",
          100 * Composition.of(TimeWindow.consentsBetween(treaty, treaty.adopted(), treaty.adopted().plusMonths(30).minusDays(1)), group).share());
    }
    LocalDate end = start.plusDays(Math.round(years * 365.25)).minusDays(1);
    List<String> ratified = treaty.participants().stream()
        .filter(p -> p.consent() != null && !p.consent().isBefore(start) && !p.consent().isAfter(end))
        .filter(p -> "ratification".equals(p.consentKind()))
        .map(Participant::iso3).sorted().toList();
    if (!ratified.isEmpty()) {
      // the CCW protocols' pages record every instrument as "consent to be bound": no ratifications to count
      b.add(years + " years from " + startName(treaty) + ", ratifications only (" + ratified.size() + ")",
          100 * Composition.of(TimeWindow.of(treaty.shortName() + " ratifications only", ratified), group).share());
    }
    Group noPacific = Group.anyOf("Africa and Latin America and the Caribbean", Group.africa(), Group.latinAmericaCaribbean());
    b.add(years + " years from " + startName(treaty) + ", all instruments, group without the Pacific Islands",
        100 * Composition.of(TimeWindow.consentsWithinYears(treaty, years), noPacific).share());
    return b.build();
  }

  /**
   * The share of a group among signatures in a treaty's first month, under windows of 30 and 31 days,
   * one calendar month (the ledger's), the signing ceremony's first two days, and the group without the
   * Pacific Island states. Data: {@code treaty_participation}, {@code states}.
   */
  public static Robustness firstMonthSignatureShare(Claim claim, int valueIndex, Treaty treaty, Group group) {
    LocalDate start = Speed.start(treaty);
    Robustness.Builder b = Robustness.of(claim, valueIndex,
        treaty.shortName() + ": share of " + group.name() + " among signatures in the first month, by window");
    b.ledgers("one calendar month from " + start, 100 * Composition.of(TimeWindow.signaturesWithin(treaty, java.time.Period.ofMonths(1)), group).share());
    b.add("30 days from " + start, 100 * Composition.of(TimeWindow.signaturesBetween(treaty, start, start.plusDays(29)), group).share());
    b.add("31 days from " + start, 100 * Composition.of(TimeWindow.signaturesBetween(treaty, start, start.plusDays(30)), group).share());
    b.add("signing ceremony (first two days)", 100 * Composition.of(TimeWindow.signaturesBetween(treaty, start, start.plusDays(1)), group).share());
    Group noPacific = Group.anyOf("Africa and Latin America and the Caribbean", Group.africa(), Group.latinAmericaCaribbean());
    b.add("one calendar month, group without the Pacific Islands",
        100 * Composition.of(TimeWindow.signaturesWithin(treaty, java.time.Period.ofMonths(1)), noPacific).share());
    return b.build();
  }

  /**
   * Recorded casualties per year against a stated yearly figure: each data year from {@code from} to
   * {@code to} (latest revision), the window's minimum and maximum, and the anchor year as first
   * reported. Data: {@code monitor_casualties}.
   */
  public static Robustness casualtiesByYear(Claim claim, int from, int to, int anchorYear) {
    Casualties latest = Monitor.casualties().latestRevision();
    Robustness.Builder b = Robustness.of(claim, 0, "recorded casualties per year, by data year and vintage");
    java.util.IntSummaryStatistics s = latest.totals(from, to);
    b.add("minimum over " + from + "-" + to + " (latest revision)", s.getMin());
    b.add("maximum over " + from + "-" + to + " (latest revision)", s.getMax());
    b.add("mean over " + from + "-" + to + " (latest revision)", s.getAverage());
    for (int y = from; y <= to; y++) {
      if (latest.year(y).table().rowCount() == 1) {
        if (y == anchorYear) {
          b.ledgers(y + " (the paper's anchor year; latest revision)", latest.total(y));
        } else {
          b.add(y + " (latest revision)", latest.total(y));
        }
      }
    }
    Casualties first = Monitor.casualties().asFirstReported();
    if (first.year(anchorYear).table().rowCount() == 1) {
      b.add(anchorYear + " (first report)", first.total(anchorYear));
    }
    return b.build();
  }

  /**
   * States "outside" a treaty at a date, under each denominator: UN members that are not parties, UN
   * members that neither signed nor consented, those plus non-member states, and signatories that have
   * not consented. Data: {@code treaty_participation}, {@code un_membership}.
   */
  public static Robustness outsideByDenominator(Claim claim, Treaty treaty, LocalDate date, boolean ledgerCountsNotSigned) {
    PartyCount c = PartyCount.of(treaty, date);
    Robustness.Builder b = Robustness.of(claim, 0, treaty.shortName() + ": states outside on " + date + ", by denominator");
    if (ledgerCountsNotSigned) {
      b.add("UN members that are not parties", c.outside());
      b.ledgers("UN members that neither signed nor consented", c.notSigned());
    } else {
      b.ledgers("UN members that are not parties", c.outside());
      b.add("UN members that neither signed nor consented", c.notSigned());
    }
    b.add("UN members that signed but have not consented", c.signedNotRatified());
    Set<String> parties = treaty.partiesAt(date).stream().map(Participant::iso3).collect(Collectors.toSet());
    long nonMembersOutside = States.nonMemberParticipants().stream().map(s -> s.iso3()).filter(s -> !parties.contains(s)).count();
    b.add("UN members and non-member states (" + States.nonMemberParticipants().size() + ") that are not parties",
        c.outside() + nonMembersOutside);
    return b.build();
  }

  /**
   * A treaty's participants at a date under each reading of "signatories": States Parties, states that
   * ever signed, signatories that have not withdrawn, and states that signed or consented in any way.
   * Data: {@code treaty_participation}.
   */
  public static Robustness participantsByReading(Claim claim, Treaty treaty, LocalDate date, String ledgerReading) {
    Robustness.Builder b = Robustness.of(claim, 0, treaty.shortName() + " on " + date + ": which states count as signatories");
    java.util.Map<String, Double> values = new java.util.LinkedHashMap<>();
    values.put("States Parties", (double) treaty.partiesAt(date).size());
    values.put("states that ever signed", (double) treaty.participants().stream()
        .filter(p -> p.signature() != null && !p.signature().isAfter(date)).count());
    values.put("signatories not withdrawn", (double) treaty.signatoriesAt(date).size());
    values.put("states that signed or consented (parties and signatories)", (double) treaty.participants().stream()
        .filter(p -> (p.signature() != null && !p.signature().isAfter(date)) || (p.consent() != null && !p.consent().isAfter(date)))
        .count());
    values.forEach((k, v) -> {
      if (k.equals(ledgerReading)) {
        b.ledgers(k, v);
      } else {
        b.add(k, v);
      }
    });
    return b.build();
  }

  /**
   * Support for a ban around the launch of the alternative negotiations, as a count or as a share of
   * the UN members: the last dated count before the launch and the first at or after it. Data:
   * {@code events} (norm-affirming counts), {@code un_membership}.
   *
   * @param asShare true for the share of UN members (percent), false for the count of states
   */
  public static Robustness supportAtLaunch(Claim claim, org.treatylab.analysis.adoption.EventSeries series, LocalDate launch,
      boolean asShare) {
    return supportAtLaunch(claim, series, launch, asShare, true);
  }

  /**
   * As {@link #supportAtLaunch(Claim, org.treatylab.analysis.adoption.EventSeries, LocalDate, boolean)}; with
   * {@code ledgerUsesLastCount} false no row is marked as the ledger's (when the ledger finds the claim
   * not determinable from the counts).
   */
  public static Robustness supportAtLaunch(Claim claim, org.treatylab.analysis.adoption.EventSeries series, LocalDate launch,
      boolean asShare, boolean ledgerUsesLastCount) {
    Robustness.Builder b = Robustness.of(claim, 0, series.name() + ": support around the launch on " + launch);
    org.treatylab.analysis.adoption.EventSeries.SupportBefore before = series.supportBefore(launch);
    String last = "last count before the launch (" + before.event().id() + ", " + before.event().date() + ")";
    double lastValue = asShare ? 100 * before.share() : before.event().count();
    if (ledgerUsesLastCount) {
      b.ledgers(last, lastValue);
    } else {
      b.add(last, lastValue);
    }
    series.events().stream().filter(e -> !e.date().isBefore(launch)).findFirst().ifPresent(e -> b.add(
        "first count at or after the launch (" + e.id() + ", " + e.date() + ")",
        asShare ? 100.0 * e.count() / States.unMembersAt(e.date()) : e.count()));
    return b.build();
  }

  /**
   * Years to a treaty's entry into force under each clock: from the opening for signature (the
   * ledger's), from adoption, and from the opening to the instrument that triggered entry into force.
   * Data: {@code treaties}, {@code treaty_participation}.
   */
  public static Robustness yearsToEntryIntoForce(Claim claim, Treaty treaty) {
    Robustness.Builder b = Robustness.of(claim, 0, treaty.shortName() + ": years to entry into force, by clock");
    LocalDate start = Speed.start(treaty);
    b.ledgers("from " + startName(treaty) + " to entry into force (" + treaty.entryIntoForce() + ")",
        java.time.temporal.ChronoUnit.DAYS.between(start, treaty.entryIntoForce()) / 365.25);
    if (!treaty.adopted().equals(start)) {
      b.add("from adoption (" + treaty.adopted() + ") to entry into force",
          java.time.temporal.ChronoUnit.DAYS.between(treaty.adopted(), treaty.entryIntoForce()) / 365.25);
    }
    Speed.daysToInstruments(treaty, treaty.instrumentsForEntryIntoForce()).ifPresent(c -> b.add(
        "from " + startName(treaty) + " to the " + treaty.instrumentsForEntryIntoForce() + "th instrument (" + c.date() + ")",
        c.daysSinceOrigin() / 365.25));
    return b.build();
  }

  /**
   * A treaty's rank by speed of entry into force within each comparison set: every treaty in the data
   * (the ledger's), arms-control and weapons treaties, and the landmine and cluster-munition treaties.
   * Data: {@code treaties}, {@code treaty_participation}.
   */
  public static Robustness entryIntoForceRank(Claim claim, String treatyId) {
    Robustness.Builder b = Robustness.of(claim, 0, treatyId + ": rank by days to entry into force, by comparison set");
    List<Treaty> all = org.treatylab.data.Treaties.all();
    b.ledgers("all " + all.size() + " UNTC treaties in the data (arms control and human rights)", Speed.rankOf(treatyId, all));
    List<Treaty> weapons = org.treatylab.data.Treaties.inFamily("arms control", "landmines and cluster munitions");
    b.add("the " + weapons.size() + " arms-control and weapons treaties", Speed.rankOf(treatyId, weapons));
    List<Treaty> mines = org.treatylab.data.Treaties.inFamily("landmines and cluster munitions");
    b.add("the " + mines.size() + " landmine and cluster-munition instruments", Speed.rankOf(treatyId, mines));
    return b.build();
  }

  /**
   * Signatures from {@code from} within windows of 1 to 3 days and to the end of the month, less
   * {@code minus} (e.g. the 60 states of a tipping point); the ledger's window is {@code ledgerDays}.
   * Data: {@code treaty_participation}.
   */
  public static Robustness signaturesFrom(Claim claim, Treaty treaty, LocalDate from, int ledgerDays, int minus) {
    Robustness.Builder b = Robustness.of(claim, 0, treaty.shortName() + ": signatures from " + from + (minus == 0 ? "" : ", less " + minus) + ", by window");
    for (int days = 1; days <= 3; days++) {
      String label = days + (days == 1 ? " day" : " days") + " (" + from + " to " + from.plusDays(days - 1) + ")";
      double v = TimeWindow.signaturesBetween(treaty, from, from.plusDays(days - 1)).size() - minus;
      if (days == ledgerDays) {
        b.ledgers(label, v);
      } else {
        b.add(label, v);
      }
    }
    LocalDate monthEnd = from.withDayOfMonth(from.lengthOfMonth());
    b.add("to the end of the month (" + monthEnd + ")", TimeWindow.signaturesBetween(treaty, from, monthEnd).size() - minus);
    return b.build();
  }

  /**
   * A treaty's States Parties on each date of a span over which a text can have been written; the ledger's
   * date is {@code ledgerDate}. Data: {@code treaty_participation}.
   */
  public static Robustness partiesOn(Claim claim, Treaty treaty, LocalDate ledgerDate, LocalDate... others) {
    Robustness.Builder b = Robustness.of(claim, 0, treaty.shortName() + ": States Parties by counting date");
    b.ledgers(ledgerDate.toString(), treaty.partiesAt(ledgerDate).size());
    for (LocalDate d : others) {
      b.add(d.toString(), treaty.partiesAt(d).size());
    }
    return b.build();
  }

  private static String startName(Treaty treaty) {
    return treaty.openedForSignature() != null && Speed.start(treaty).equals(treaty.openedForSignature())
        ? "opening for signature (" + Speed.start(treaty) + ")" : "adoption (" + Speed.start(treaty) + ")";
  }
}
