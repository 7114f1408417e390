package org.treatylab.claims;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.treatylab.analysis.adoption.AdoptionCurve;
import org.treatylab.analysis.adoption.EventSeries;
import org.treatylab.analysis.adoption.Thresholds;
import org.treatylab.base.Checks;
import org.treatylab.data.Areas;
import org.treatylab.analysis.adoption.Composition;
import org.treatylab.analysis.adoption.Group;
import org.treatylab.analysis.adoption.PartyCount;
import org.treatylab.analysis.adoption.Speed;
import org.treatylab.analysis.adoption.TimeWindow;
import org.treatylab.analysis.panel.TimeToConsent;
import org.treatylab.data.Casualties;
import org.treatylab.data.Evidence;
import org.treatylab.data.Monitor;
import org.treatylab.data.Participant;
import org.treatylab.data.States;
import org.treatylab.data.Treaty;

/**
 * The claims' definitions. Robustness tables: a claim's value recomputed under each reasonable
 * definition (window start and length, which instruments count, group boundaries, counting date,
 * denominator, vintage of a figure), from the datasets each method names; each table keeps the claim's
 * own tolerance. One-call checks: a claim's value with its quantity in words and the rows used, as a
 * {@link Computed} for {@link Ledger#check(String, Computed)}, so a notebook cell checks a claim in one
 * call, e.g. {@code ledger.check("figures34.slowed-after-signing", Definitions.slowedAfterSigning(mbt, ccm))}.
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
   * Support at the launch of the alternative negotiations by the one rule of the four tipping rows (the
   * count and the share, landmines and cluster munitions alike): the last norm-affirming count dated
   * strictly before the launch, as a count of states or as a share of the UN members at the count's date.
   * The launch date is the table's dimension: each candidate launch date gives the rule's value, and the
   * first count at or after the ledger's launch is added as the other side of the bracket. Data:
   * {@code events} (norm-affirming counts), {@code un_membership}.
   *
   * @param launches candidate launch dates in words, in order (e.g. "first day of the Ottawa conference
   *     (events L8)"); the first is the ledger's
   * @param asShare true for the share of UN members (percent), false for the count of states
   * @throws IllegalArgumentException for no launch dates, or a date with no count before it
   */
  public static Robustness supportByLaunchDate(Claim claim, EventSeries series, java.util.Map<String, LocalDate> launches,
      boolean asShare) {
    Checks.notNull(claim, "claim");
    Checks.notNull(series, "series");
    Checks.notNull(launches, "launches");
    if (launches.isEmpty()) {
      throw new IllegalArgumentException("launches is empty; pass the ledger's launch date first, then the others");
    }
    Robustness.Builder b = Robustness.of(claim, 0, series.name() + ": support at the launch (last count before it), by launch date");
    boolean first = true;
    LocalDate ledgerLaunch = null;
    for (java.util.Map.Entry<String, LocalDate> e : launches.entrySet()) {
      EventSeries.SupportBefore before = series.supportBefore(e.getValue());
      String label = "launch " + e.getValue() + " (" + e.getKey() + "): last count before it, " + before.event().id() + " of "
          + before.event().date();
      double value = asShare ? 100 * before.share() : before.event().count();
      if (first) {
        b.ledgers(label, value);
        ledgerLaunch = e.getValue();
        first = false;
      } else {
        b.add(label, value);
      }
    }
    LocalDate launch = ledgerLaunch;
    series.events().stream().filter(e -> !e.date().isBefore(launch)).findFirst().ifPresent(e -> b.add(
        "launch " + launch + ": first count at or after it instead (" + e.id() + ", " + e.date() + ")",
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

  // ---- one-call claim checks: the value, the quantity in words and the rows used, for Ledger.check(id, ...) ----

  /**
   * Whether the first treaty of each pair reached its {@code instruments}-th instrument of consent sooner
   * than the second, by the rule for directional claims ({@link Directional}): "both faster" only when
   * each pair's days lie in the stated direction <em>and</em> the log-rank test of the UN members' time
   * to consent (from each treaty's opening, adoption for the CCW protocols; censored at the status date;
   * {@link TimeToConsent#logRank}) rejects equal hazards at p &lt; {@link Directional#ALPHA}; else each
   * failing pair under "direction holds, not significant" or "opposite direction". The quantity gives the
   * days for each treaty, named by the papers' abbreviations, and the p values. Data:
   * {@code treaty_participation}, {@code un_membership}.
   *
   * @param instruments the instrument counted to, e.g. 40 (the MBT's entry-into-force number)
   * @param fast1 the first pair's treaty claimed faster (e.g. the MBT)
   * @param slow1 the first pair's other treaty (e.g. CCW Amended Protocol II)
   * @param fast2 the second pair's treaty claimed faster (e.g. the CCM)
   * @param slow2 the second pair's other treaty (e.g. CCW Protocol V)
   * @throws IllegalArgumentException for a treaty that never reached that many instruments
   */
  public static Computed fasterToInstruments(int instruments, Treaty fast1, Treaty slow1, Treaty fast2, Treaty slow2) {
    Checks.atLeast(instruments, "instruments", 1, "40");
    List<Treaty> four = pairs(fast1, slow1, fast2, slow2);
    long[] days = four.stream().mapToLong(t -> Speed.daysToInstruments(t, instruments).orElseThrow(
        () -> new IllegalArgumentException(t.id() + " never reached " + instruments + " instruments of consent; pass "
            + "a smaller number")).daysSinceOrigin()).toArray();
    Directional.Comparison first = logRankPair(fast1, slow1, days[0] < days[1]);
    Directional.Comparison second = logRankPair(fast2, slow2, days[2] < days[3]);
    return Computed.text(Directional.both("faster", first, second), "days to the " + ordinal(instruments) + " instrument: "
        + perTreaty(four, days) + "; " + first.described() + ", " + second.described() + " (" + Directional.rule("log-rank") + ")",
        "treaty_participation consents of " + ids(four) + "; un_membership");
  }

  /**
   * Whether the second treaty of each pair had fewer instruments of consent than the first within
   * {@code years} years of its start (the opening for signature, or adoption), by the rule for
   * directional claims ({@link Directional}): "both less" only when each pair's counts lie in the stated
   * direction <em>and</em> Fisher's exact test of the UN members consented within the window against
   * those not (each treaty's UN members at its window's end) gives p &lt; {@link Directional#ALPHA}.
   * The two treaties' members are largely the same states, so the test treats overlapping samples as
   * independent: it is the paper's comparison of two curves, not a paired design. Data:
   * {@code treaty_participation}, {@code un_membership}.
   *
   * @param years whole years from the start, 1 to 10
   * @param wide1 the first pair's treaty claimed wider (e.g. the MBT)
   * @param narrow1 the first pair's other treaty (e.g. CCW Amended Protocol II)
   * @param wide2 the second pair's treaty claimed wider (e.g. the CCM)
   * @param narrow2 the second pair's other treaty (e.g. CCW Protocol V)
   */
  public static Computed widerWithinYears(int years, Treaty wide1, Treaty narrow1, Treaty wide2, Treaty narrow2) {
    Checks.inRange(years, "years", 1, NUMBER_WORDS.length - 1, "whole years from 1 to 10, e.g. 5");
    List<Treaty> four = pairs(wide1, narrow1, wide2, narrow2);
    long[] counts = four.stream().mapToLong(t -> TimeWindow.consentsWithinYears(t, years).size()).toArray();
    Directional.Comparison first = fisherWithinYears(years, wide1, narrow1, counts[1] < counts[0]);
    Directional.Comparison second = fisherWithinYears(years, wide2, narrow2, counts[3] < counts[2]);
    return Computed.text(Directional.both("less", first, second), "instruments within " + NUMBER_WORDS[years] + " years: "
        + perTreaty(four, counts) + "; " + first.described() + ", " + second.described() + " ("
        + Directional.rule("Fisher exact") + ")", "treaty_participation consents of " + ids(four) + "; un_membership");
  }

  /**
   * Whether the first treaty of each pair reached {@code share} of the UN members sooner than the second
   * (instruments of consent, days from each treaty's origin), by the rule for directional claims
   * ({@link Directional}): "both earlier" only when each pair's days lie in the stated direction
   * <em>and</em> the log-rank test of the time to consent gives p &lt; {@link Directional#ALPHA} (the same
   * test as {@link #fasterToInstruments}: both claims are about the same curves). Data:
   * {@code treaty_participation}, {@code un_membership}.
   *
   * @param share a fraction above 0 and at most 1, e.g. 0.15
   * @throws IllegalArgumentException for a treaty whose consents never reached the share
   */
  public static Computed earlierToShare(double share, Treaty early1, Treaty late1, Treaty early2, Treaty late2) {
    Checks.inRange(share, "share", Double.MIN_VALUE, 1, "a fraction above 0 and at most 1, e.g. 0.15");
    List<Treaty> four = pairs(early1, late1, early2, late2);
    long[] days = four.stream().mapToLong(t -> Thresholds.firstShare(AdoptionCurve.of(t).shares(), share).orElseThrow(
        () -> new IllegalArgumentException(t.id() + "'s consents never reached " + percent(share)
            + " of the UN members; pass a smaller share")).daysSinceOrigin()).toArray();
    Directional.Comparison first = logRankPair(early1, late1, days[0] < days[1]);
    Directional.Comparison second = logRankPair(early2, late2, days[2] < days[3]);
    return Computed.text(Directional.both("earlier", first, second), "days to " + percent(share) + " of UN members: "
        + perTreaty(four, days) + "; " + first.described() + ", " + second.described() + " ("
        + Directional.rule("log-rank") + ")", "treaty_participation, un_membership");
  }

  /** The log-rank test of two treaties' times to consent (UN members, from each opening), with the effect's direction. */
  private static Directional.Comparison logRankPair(Treaty a, Treaty b, boolean inDirection) {
    // the panel is the costly part and the same for every instrument count of a pair: computed once per pair and data
    String key = a.id() + "@" + a.statusDate() + "|" + b.id() + "@" + b.statusDate();
    double p = LOG_RANK_P.computeIfAbsent(key, k -> TimeToConsent.of(
        org.treatylab.analysis.panel.Panel.stateYears(a, b).addStatus()).logRank(a, b).chiSquare().p());
    return new Directional.Comparison(vs(a, b), inDirection, "log-rank", p);
  }

  private static final java.util.Map<String, Double> LOG_RANK_P = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Fisher's exact test of the UN members that consented to each treaty within {@code years} of its start
   * against those that did not (UN members at the window's end).
   */
  private static Directional.Comparison fisherWithinYears(int years, Treaty wide, Treaty narrow, boolean inDirection) {
    long[] in = new long[2];
    long[] out = new long[2];
    List<Treaty> two = List.of(wide, narrow);
    for (int i = 0; i < 2; i++) {
      Treaty t = two.get(i);
      LocalDate end = Speed.start(t).plusDays(Math.round(years * 365.25)).minusDays(1);
      Set<String> members = States.unMemberCodesAt(end);
      Set<String> consented = new java.util.HashSet<>(TimeWindow.consentsWithinYears(t, years).actors());
      in[i] = members.stream().filter(consented::contains).count();
      out[i] = members.size() - in[i];
    }
    double p = org.treatylab.analysis.adoption.TwoByTwo.of(in[0], out[0], in[1], out[1]).fisher().pValue();
    return new Directional.Comparison(vs(narrow, wide), inDirection, "Fisher exact", p);
  }

  /**
   * That a level of support was crossed between two dated counts around a launch, so whether the launch
   * coincided with it cannot be told: the last count before {@code launch} is below {@code level}, the
   * first at or after it at or above. Not the ledger's rule for the tipping rows, which take the last
   * count before the launch for the count and the share alike ({@link #supportCountBefore},
   * {@link #supportByLaunchDate}); this names the bracket a reader may ask about. Data: {@code events}
   * (norm-affirming counts).
   *
   * @param level the claimed level, e.g. 30 states
   * @param launch the launch of the alternative negotiations (e.g. the Oslo conference)
   * @param afterName what the first count at or after the launch is, in words (e.g. "Oslo Declaration")
   * @throws IllegalArgumentException when the counts do not straddle the level (then the claim is
   *     computable: check the count before the launch)
   */
  public static Computed crossingBetweenCounts(EventSeries series, int level, LocalDate launch, String afterName) {
    Checks.notNull(series, "series");
    Checks.notNull(afterName, "afterName");
    EventSeries.Event before = series.supportBefore(launch).event();
    EventSeries.Event after = series.events().stream().filter(e -> !e.date().isBefore(launch)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(series.name() + " has no count at or after " + launch
            + "; pass a launch date within the series"));
    if (!(before.count() < level && after.count() >= level)) {
      throw new IllegalArgumentException("the counts around " + launch + " (" + before.count() + " at " + before.id() + ", "
          + after.count() + " at " + after.id() + ") do not straddle " + level
          + "; the claim is computable: check the count before the launch instead");
    }
    return Computed.notComputable("the crossing of " + level + " falls between the count of " + before.count() + " ("
        + before.date() + ") and the count of " + after.count() + " at the " + afterName + " (" + after.date()
        + "); no count lies in between", "events rows " + before.id() + ", " + after.id());
  }

  /**
   * Whether the fastest growth of support between two counts (see {@link Facts#fastestGrowthStart})
   * starts within six months after each process's launch: "both processes", "landmines only", "cluster
   * munitions only" or "neither". The rule of the speed-of-support rows: the counts differenced are the
   * levels of one cumulative global series per process ({@link EventSeries#levelsOf}: the declaration
   * endorsements, never a new-only or regional count), so a difference between two counts is growth, not
   * a change of kind. Data: {@code events} (norm-affirming counts).
   */
  public static Computed fastestGrowthAfterLaunch(EventSeries.Levels landmines, LocalDate landminesLaunch,
      EventSeries.Levels clusterMunitions, LocalDate clusterMunitionsLaunch) {
    Checks.notNull(landmines, "landmines");
    Checks.notNull(clusterMunitions, "clusterMunitions");
    Checks.notNull(landminesLaunch, "landminesLaunch");
    Checks.notNull(clusterMunitionsLaunch, "clusterMunitionsLaunch");
    String rows = "events rows " + ids(landmines.series()) + "; " + ids(clusterMunitions.series());
    String tooShort = tooFewIntervals(landmines, clusterMunitions);
    if (!tooShort.isEmpty()) {
      // a fastest interval needs two intervals to compare: with one, the check could not fail
      return Computed.notComputable(tooShort + ": no fastest interval to compare; dated counts of the declaration's "
          + "endorsers between those levels (Landmine Monitor, ICBL or Canadian government records) would settle it", rows);
    }
    LocalDate landmineFastest = Facts.fastestGrowthStart(landmines.series());
    LocalDate clusterFastest = Facts.fastestGrowthStart(clusterMunitions.series());
    String text = fastestGrowthVerdict(landmineFastest, landminesLaunch, clusterFastest, clusterMunitionsLaunch);
    return Computed.text(text, "fastest growth between levels of one cumulative series per process starts " + landmineFastest
        + " (launch " + landminesLaunch + "; " + landmines.series().name() + ", " + intervals(landmines.series()) + ") and "
        + clusterFastest + " (launch " + clusterMunitionsLaunch + "; " + clusterMunitions.series().name() + ", "
        + intervals(clusterMunitions.series()) + "); left out below the running level: landmines "
        + landmines.leftOutDescribed() + ", cluster munitions " + clusterMunitions.leftOutDescribed(), rows);
  }

  /** "" when both series have two intervals or more, else which do not and their levels. */
  private static String tooFewIntervals(EventSeries.Levels landmines, EventSeries.Levels clusterMunitions) {
    List<String> out = new java.util.ArrayList<>();
    for (EventSeries s : List.of(landmines.series(), clusterMunitions.series())) {
      int n = Facts.supportGrowth(s).rowCount();
      if (n < 2) {
        out.add(s.name() + " has " + intervals(s) + " (levels " + s.events().stream()
            .map(e -> e.id() + " " + e.count() + " on " + e.date()).collect(Collectors.joining(", ")) + ")");
      }
    }
    return String.join("; ", out);
  }

  /**
   * {@link #fastestGrowthAfterLaunch} under each pair of launch dates (the launch is a robustness
   * dimension: the first day of the launch conference, its last day, an earlier date the paper's
   * "announcement" may mean); the first pair is the ledger's. Data: {@code events}.
   *
   * @param launches the launch dates in words, each mapped to {landmines launch, cluster-munitions launch}
   * @throws IllegalArgumentException for no launch dates or a pair that is not two dates
   */
  public static Robustness fastestGrowthByLaunchDate(Claim claim, EventSeries.Levels landmines, EventSeries.Levels clusterMunitions,
      java.util.Map<String, LocalDate[]> launches) {
    Checks.notNull(claim, "claim");
    Checks.notNull(landmines, "landmines");
    Checks.notNull(clusterMunitions, "clusterMunitions");
    Checks.notNull(launches, "launches");
    if (launches.isEmpty()) {
      throw new IllegalArgumentException("launches is empty; pass the ledger's launch dates first, then the others");
    }
    String tooShort = tooFewIntervals(landmines, clusterMunitions);
    LocalDate landmineFastest = tooShort.isEmpty() ? Facts.fastestGrowthStart(landmines.series()) : null;
    LocalDate clusterFastest = tooShort.isEmpty() ? Facts.fastestGrowthStart(clusterMunitions.series()) : null;
    Robustness.Builder b = Robustness.ofText(claim, "fastest growth of one cumulative series per process ("
        + (tooShort.isEmpty() ? "starts " + landmineFastest + " and " + clusterFastest : tooShort) + "), by launch date");
    boolean first = true;
    for (java.util.Map.Entry<String, LocalDate[]> e : launches.entrySet()) {
      LocalDate[] d = e.getValue();
      if (d == null || d.length != 2 || d[0] == null || d[1] == null) {
        throw new IllegalArgumentException("launch '" + e.getKey() + "' is not two dates; pass {landmines launch, cluster-munitions launch}");
      }
      String label = e.getKey() + " (" + d[0] + "; " + d[1] + ")";
      String value = tooShort.isEmpty() ? fastestGrowthVerdict(landmineFastest, d[0], clusterFastest, d[1])
          : "not determinable (a series with one interval)";
      if (first) {
        b.ledgersText(label, value);
        first = false;
      } else {
        b.addText(label, value);
      }
    }
    return b.build();
  }

  private static String fastestGrowthVerdict(LocalDate landmineFastest, LocalDate landminesLaunch, LocalDate clusterFastest,
      LocalDate clusterMunitionsLaunch) {
    boolean landmine = withinSixMonthsAfter(landmineFastest, landminesLaunch);
    boolean cluster = withinSixMonthsAfter(clusterFastest, clusterMunitionsLaunch);
    return landmine && cluster ? "both processes" : landmine ? "landmines only" : cluster ? "cluster munitions only" : "neither";
  }

  private static String intervals(EventSeries series) {
    int n = Facts.supportGrowth(series).rowCount();
    return n + (n == 1 ? " interval" : " intervals");
  }

  private static String ids(EventSeries series) {
    return series.events().stream().map(EventSeries.Event::id).collect(Collectors.joining(", "));
  }

  /**
   * Whether signatures slowed after each treaty's signing ceremony, by the rule for directional claims
   * ({@link Directional}): the ceremony's signatures per day against the signatures per day of the
   * following twelve months ({@link Facts#signaturesAfterCeremony}); "both slowed" only when each rate
   * fell <em>and</em> the exact conditional test of two Poisson rates ({@link org.treatylab.analysis.common.ExactTests#poissonRatesP})
   * gives p &lt; {@link Directional#ALPHA}. The signatures are levels of one cumulative series, the
   * treaty's own signatures on UNTC. Data: {@code treaty_participation}.
   */
  public static Computed slowedAfterSigning(Treaty a, Treaty b) {
    Checks.notNull(a, "a");
    Checks.notNull(b, "b");
    double[] afterA = Facts.signaturesAfterCeremony(a);
    double[] afterB = Facts.signaturesAfterCeremony(b);
    Directional.Comparison ca = ceremonyRates(a, afterA);
    Directional.Comparison cb = ceremonyRates(b, afterB);
    return Computed.text(Directional.both("slowed", ca, cb), "ceremony signatures vs signatures per month in the next 12 months: "
        + abbreviation(a) + " " + ClaimCheck.format(afterA[0]) + " vs " + ClaimCheck.format(afterA[1]) + ", "
        + abbreviation(b) + " " + ClaimCheck.format(afterB[0]) + " vs " + ClaimCheck.format(afterB[1]) + "; "
        + ca.described() + ", " + cb.described() + " (" + Directional.rule("Poisson rates (exact conditional)") + ")",
        "treaty_participation signatures of " + a.id() + ", " + b.id());
  }

  /** The ceremony's 2 days against the next 12 months' days: the rate fell, and the exact test of equal rates. */
  private static Directional.Comparison ceremonyRates(Treaty t, double[] ceremonyAndMonthly) {
    LocalDate ceremonyEnd = Speed.start(t).plusDays(1);
    long yearDays = java.time.temporal.ChronoUnit.DAYS.between(ceremonyEnd, ceremonyEnd.plusMonths(12));
    long ceremony = Math.round(ceremonyAndMonthly[0]);
    long after = Math.round(ceremonyAndMonthly[1] * 12);
    boolean fell = after / (double) yearDays < ceremony / 2.0;
    return new Directional.Comparison(abbreviation(t), fell, "Poisson rates",
        org.treatylab.analysis.common.ExactTests.poissonRatesP(ceremony, 2, after, yearDays));
  }

  /**
   * Whether any of the states ever signed or consented to either treaty by the date: "joined at least
   * one" or "outside both". Data: {@code treaty_participation}.
   *
   * @param iso3 the states' ISO3 codes, one or more
   */
  public static Computed joinedEither(Treaty a, Treaty b, LocalDate date, String... iso3) {
    Checks.notNull(a, "a");
    Checks.notNull(b, "b");
    Checks.notNull(iso3, "iso3");
    if (iso3.length == 0) {
      throw new IllegalArgumentException("iso3 is empty; pass one state's code or more, e.g. \"USA\", \"RUS\", \"CHN\"");
    }
    boolean any = Stream.of(iso3).anyMatch(s -> Facts.joinedInAnyWay(a, s, date) || Facts.joinedInAnyWay(b, s, date));
    List<String> states = List.of(iso3);
    String either = states.size() == 1 ? states.get(0)
        : String.join(", ", states.subList(0, states.size() - 1)) + " or " + states.get(states.size() - 1);
    return Computed.text(any ? "joined at least one" : "outside both", "whether " + either
        + " ever signed or consented to the " + abbreviation(a) + " or the " + abbreviation(b) + ", at " + date,
        "treaty_participation rows " + a.id() + "/" + b.id() + " " + String.join(", ", states));
  }

  /**
   * The year of a treaty's entry into force, with the date in the quantity. Data: {@code treaties}.
   *
   * @throws IllegalArgumentException for a treaty not in force
   */
  public static Computed entryIntoForceYear(Treaty treaty) {
    Checks.notNull(treaty, "treaty");
    if (treaty.entryIntoForce() == null) {
      throw new IllegalArgumentException(treaty.id() + " has not entered into force; pass a treaty in force");
    }
    return Computed.numbers("entry into force on the UNTC status page (" + treaty.entryIntoForce() + ")",
        "treaties row " + treaty.id(), treaty.entryIntoForce().getYear());
  }


  // ---- claims settled by the stored public record (claims_public_records, issue 25) ----

  /** One row of {@code claims_public_records}, as the one-call checks read it. */
  private record PublicRecord(String id, String claimId, String measure, String area, int start, int end, double value,
      String unit, String qualifier, String reportedIn, String grade, String relation) {
    String described() {
      String years = start == end ? String.valueOf(start) : start + "-" + end;
      String shown = unit.startsWith("indicator") ? (value == 1 ? "yes" : "no") : ClaimCheck.format(value);
      return measure.replace('_', ' ') + " (" + area + ", " + years + ") = " + (qualifier.isEmpty() ? "" : qualifier + " ")
          + shown + " " + unit + ", " + reportedIn + " (" + grade
          + (relation.equals("independent") ? "" : "; the paper's own source re-read, not independent evidence") + ")";
    }
  }

  private static PublicRecord publicRecordRow(String valueId) {
    Checks.notNull(valueId, "valueId");
    // the row by its id, from the data layer's cached selection (a claim cell asks for the same rows again)
    tech.tablesaw.api.Table t = org.treatylab.data.CuratedRows.rowsWhere("claims_public_records", "value_id", valueId).table();
    if (t.rowCount() == 0) {
      tech.tablesaw.api.Table all = org.treatylab.data.CuratedTable.load("claims_public_records").table();
      throw Checks.unknown("claims_public_records value_id", valueId,
          new java.util.TreeSet<>(all.stringColumn("value_id").asList()), "claims_public_records.csv");
    }
    return new PublicRecord(valueId, t.column("claim_id").getString(0), t.column("measure").getString(0),
        t.column("area").getString(0), (int) num(t, "period_start", 0), (int) num(t, "period_end", 0), publicRecordValue(t, valueId),
        t.column("unit").getString(0), t.column("qualifier").getString(0), t.column("reported_in").getString(0),
        t.column("grade").getString(0), t.column("source_relation").getString(0));
  }

  /**
   * A public-record row's value as a number: the stored value; for a count of names ({@code named}), the
   * number of names; for a yes/no reading ({@code indicator}), 1 for yes and 0 for no, as the ledger records it.
   */
  private static double publicRecordValue(tech.tablesaw.api.Table t, String valueId) {
    String named = t.column("named").getString(0);
    if (!named.isEmpty()) {
      return named.split("; ").length;
    }
    String indicator = t.column("indicator").getString(0);
    if (!indicator.isEmpty()) {
      return Boolean.parseBoolean(indicator) ? 1 : 0;
    }
    String value = t.column("value").getString(0);
    if (value.isEmpty()) {
      throw new IllegalStateException("claims_public_records row " + valueId + " has no value, indicator or named states; re-run tools/import-data");
    }
    return num(t, "value", 0);
  }

  private static double num(tech.tablesaw.api.Table t, String column, int row) {
    return Double.parseDouble(t.column(column).getString(row).replace(",", ""));
  }

  /**
   * The value of one public-record row as the claim's quantity: {@code rule} says why this row is the
   * claim's quantity (the one rule applied to the claim and its siblings). Data: {@code claims_public_records}
   * (Monitor, UN, ICRC, HRW, Amnesty, government and press pages; grade and relation to the paper in the
   * quantity).
   *
   * @param rule the rule, e.g. "year of the documented use"
   * @param valueId the row, e.g. {@code russia.cm-use-georgia.hrw2009}
   * @param corroborating further rows that give the same quantity (named in rows used and the quantity)
   * @throws IllegalArgumentException for an unknown value id, or a corroborating row with another value
   */
  public static Computed publicRecord(String rule, String valueId, String... corroborating) {
    Checks.notNull(rule, "rule");
    PublicRecord r = publicRecordRow(valueId);
    StringBuilder q = new StringBuilder(rule + ": " + r.described());
    for (String other : corroborating) {
      PublicRecord o = publicRecordRow(other);
      if (o.value() != r.value()) {
        throw new IllegalArgumentException(other + " gives " + ClaimCheck.format(o.value()) + ", not " + ClaimCheck.format(r.value())
            + " as " + valueId + " does; pass it as another value, not as corroboration");
      }
      q.append("; also ").append(o.described());
    }
    return Computed.numbers(q.toString(), rowsUsed(valueId, corroborating), r.value());
  }

  /**
   * The month a public-record row dates, as text "YYYY-MM" (a row of unit "month" whose value is the
   * month and whose period is the year), for claims stated as a month. Data: {@code claims_public_records}.
   *
   * @throws IllegalArgumentException for a row that is not a month
   */
  public static Computed publicRecordMonth(String rule, String valueId, String... corroborating) {
    Checks.notNull(rule, "rule");
    PublicRecord r = publicRecordRow(valueId);
    if (!r.unit().equals("month") || r.start() != r.end() || r.value() < 1 || r.value() > 12) {
      throw new IllegalArgumentException(valueId + " is " + r.described() + ", not a month of one year; use publicRecord");
    }
    StringBuilder q = new StringBuilder(rule + ": " + r.described());
    for (String other : corroborating) {
      q.append("; also ").append(publicRecordRow(other).described());
    }
    return Computed.text(String.format(java.util.Locale.ROOT, "%d-%02d", r.start(), (int) r.value()), q.toString(),
        rowsUsed(valueId, corroborating));
  }

  /**
   * Public-record rows that measure something else than the claim: {@code whatTheyMeasure} says how they
   * differ (another statement, a lower bound, a "since" date), and the rows' values are recorded.
   * Data: {@code claims_public_records}.
   */
  public static Computed publicRecordOtherQuantity(String whatTheyMeasure, String... valueIds) {
    Checks.notNull(whatTheyMeasure, "whatTheyMeasure");
    if (valueIds.length == 0) {
      throw new IllegalArgumentException("valueIds is empty; pass the claims_public_records rows that were read");
    }
    double[] values = new double[valueIds.length];
    List<String> described = new java.util.ArrayList<>();
    for (int i = 0; i < valueIds.length; i++) {
      PublicRecord r = publicRecordRow(valueIds[i]);
      values[i] = r.value();
      described.add(r.described());
    }
    return Computed.notComparable(whatTheyMeasure + " [" + String.join("; ", described) + "]",
        rowsUsed(valueIds[0], java.util.Arrays.copyOfRange(valueIds, 1, valueIds.length)), values);
  }

  /**
   * How many of the main conferences in a public-record list of hosts were hosted by a member of another
   * list (e.g. the Oslo Process core group). Rule: a conference whose role is marked "(interim)" is not a
   * main conference; the count with the interim conferences, and the hosts a page does not name (read from
   * a minister or a city), are given in the quantity. Data: {@code claims_public_record_lists}.
   */
  public static Computed hostedByMembers(String hostsList, String membersList) {
    Checks.notNull(hostsList, "hostsList");
    Checks.notNull(membersList, "membersList");
    tech.tablesaw.api.Table t = org.treatylab.data.CuratedTable.load("claims_public_record_lists").table();
    java.util.Set<String> members = new java.util.TreeSet<>();
    int main = 0;
    int mainHosted = 0;
    int interim = 0;
    int interimHosted = 0;
    List<String> unnamed = new java.util.ArrayList<>();
    List<String[]> hosts = new java.util.ArrayList<>();
    for (int i = 0; i < t.rowCount(); i++) {
      String list = t.column("list_id").getString(i);
      if (list.equals(membersList)) {
        members.add(t.column("iso3").getString(i));
      } else if (list.equals(hostsList)) {
        hosts.add(new String[] {t.column("role").getString(i), t.column("iso3").getString(i), t.column("stated_in_quote").getString(i)});
      }
    }
    if (members.isEmpty() || hosts.isEmpty()) {
      throw new IllegalArgumentException("claims_public_record_lists has no rows for list '" + (members.isEmpty() ? membersList : hostsList) + "'");
    }
    for (String[] h : hosts) {
      boolean hosted = members.contains(h[1]);
      if (h[0].contains("(interim)")) {
        interim++;
        interimHosted += hosted ? 1 : 0;
      } else {
        main++;
        mainHosted += hosted ? 1 : 0;
      }
      if (!h[2].equals("true")) {
        unnamed.add(h[1]);
      }
    }
    return Computed.numbers("main conferences of " + hostsList + " hosted by a member of " + membersList + " ("
        + members.size() + " states): " + mainHosted + " of " + main + "; with the " + interim + " interim conferences: "
        + (mainHosted + interimHosted) + " of " + (main + interim) + "; hosts not named by the page (read from a minister or a city): "
        + String.join(", ", unnamed), "claims_public_record_lists " + hostsList + ", " + membersList, mainHosted);
  }

  private static String rowsUsed(String first, String... more) {
    List<String> all = new java.util.ArrayList<>();
    all.add(first);
    all.addAll(List.of(more));
    return "claims_public_records row" + (all.size() > 1 ? "s " : " ") + String.join(", ", all);
  }

  // ---- support before a launch and regional shares (Petrova 2019) ----

  /**
   * The last norm-affirming count of states before the launch of negotiations. Data: {@code events}
   * (dated counts of states supporting a ban, each with its source).
   *
   * @param launchName the launch in words, e.g. "Ottawa conference"
   * @param remark what kind of count it is, e.g. "a lower bound: 'more than 40'" ("" for none)
   * @throws IllegalArgumentException when no count precedes the launch
   */
  public static Computed supportCountBefore(EventSeries series, LocalDate launch, String launchName, String remark) {
    Checks.notNull(series, "series");
    requireWords(launchName, "launchName");
    Checks.notNull(remark, "remark");
    EventSeries.SupportBefore before = series.supportBefore(Checks.notNull(launch, "launch"));
    return Computed.numbers("last norm-affirming count before the " + launchName + (remark.isEmpty() ? "" : " (" + remark + ")"),
        "events row " + before.event().id(), before.event().count());
  }

  /**
   * The last norm-affirming count before the launch of negotiations as a percentage of the UN members
   * at the count's date. Data: {@code events}, {@code un_membership}.
   *
   * @throws IllegalArgumentException when no count precedes the launch
   */
  public static Computed supportShareBefore(EventSeries series, LocalDate launch, String launchName) {
    Checks.notNull(series, "series");
    requireWords(launchName, "launchName");
    EventSeries.SupportBefore before = series.supportBefore(Checks.notNull(launch, "launch"));
    return Computed.numbers("last count before the " + launchName + " / UN members then",
        "events row " + before.event().id() + "; un_membership", 100 * before.share());
  }

  /**
   * A group's percentage of each treaty's signatures within one calendar month of its opening for
   * signature, in the order given. Data: {@code treaty_participation} (UNTC), {@code states} (UN M49).
   *
   * @throws IllegalArgumentException for no treaties
   */
  public static Computed firstMonthSignatureShares(Group group, Treaty... treaties) {
    Checks.notNull(group, "group");
    List<Treaty> ts = treatyList(treaties);
    List<Composition> cs = ts.stream()
        .map(t -> Composition.of(TimeWindow.signaturesWithin(t, java.time.Period.ofMonths(1)), group)).toList();
    List<String> counts = new java.util.ArrayList<>();
    for (int i = 0; i < ts.size(); i++) {
      counts.add(cs.get(i).n() + " " + abbreviation(ts.get(i)));
    }
    return Computed.numbers("signatures within one calendar month of opening, UNTC",
        "treaty_participation: " + andList(counts) + " signatures; states (M49)",
        cs.stream().mapToDouble(c -> 100 * c.share()).toArray());
  }

  /**
   * A group's percentage of each treaty's instruments of consent within {@code years} (days = round(years
   * x 365.25)) of its opening for signature, or adoption when never open, in the order given. Data:
   * {@code treaty_participation} (UNTC), {@code states} (UN M49).
   *
   * @throws IllegalArgumentException for no treaties or years not above 0
   */
  public static Computed consentSharesWithinYears(double years, Group group, Treaty... treaties) {
    Checks.notNull(group, "group");
    List<Treaty> ts = treatyList(treaties);
    List<Composition> cs = ts.stream().map(t -> Composition.of(TimeWindow.consentsWithinYears(t, years), group)).toList();
    return Computed.numbers("instruments of consent within " + ClaimCheck.format(years) + " years (" + Math.round(years * 365.25)
        + " days), UNTC", "treaty_participation: " + cs.stream().map(c -> String.valueOf(c.n())).collect(Collectors.joining(", "))
        + " instruments (" + ts.stream().map(Definitions::shortForm).collect(Collectors.joining(", ")) + "); states (M49)",
        cs.stream().mapToDouble(c -> 100 * c.share()).toArray());
  }

  /**
   * A group's percentage of a treaty's signatures in the first {@code days} days from its opening for
   * signature (the signing ceremony). Data: {@code treaty_participation} (UNTC), {@code states} (UN M49).
   *
   * @param groupWords the group as the quantity names it, e.g. "M49 sub-Saharan Africa"
   * @throws IllegalArgumentException for a treaty never open for signature or days below 1
   */
  public static Computed ceremonySignatureShare(Treaty treaty, int days, Group group, String groupWords) {
    Checks.notNull(treaty, "treaty");
    Checks.notNull(group, "group");
    requireWords(groupWords, "groupWords");
    Checks.atLeast(days, "days", 1, "2 for a two-day ceremony");
    LocalDate from = treaty.openedForSignature();
    if (from == null) {
      throw new IllegalArgumentException(treaty.id() + " was never open for signature; pass a treaty with a signing ceremony");
    }
    LocalDate to = from.plusDays(days - 1);
    Composition c = Composition.of(TimeWindow.signaturesBetween(treaty, from, to), group);
    String dates = dayRange(from, to);
    return Computed.numbers("signatures dated " + dates + ", " + groupWords,
        "treaty_participation: " + c.n() + " " + abbreviation(treaty) + " signatures of " + dates + "; states (M49)", 100 * c.share());
  }

  // ---- holdouts, insularity, ratification records (Varda and Popadic 2025) ----

  /**
   * The holdouts whose sourced stated reason contains any of the words (as written, case-sensitive), and
   * the rows by ISO3 in file order. Data: {@code holdouts} (stated reasons with their sources).
   *
   * @param words the words, e.g. "defence", "security"
   * @throws IllegalArgumentException for no words or a blank one
   */
  public static Computed holdoutsCitingReason(String... words) {
    Checks.notNull(words, "words");
    if (words.length == 0) {
      throw new IllegalArgumentException("words is empty; pass the words a stated reason must contain, e.g. \"defence\", \"security\"");
    }
    for (String w : words) {
      requireWords(w, "word");
    }
    tech.tablesaw.api.Table t = org.treatylab.data.Datasets.csv("holdouts.csv");
    List<String> citing = new java.util.ArrayList<>();
    for (int i = 0; i < t.rowCount(); i++) {
      String reason = t.stringColumn("stated_reason").get(i);
      if (reason != null && Stream.of(words).anyMatch(reason::contains)) {
        citing.add(t.stringColumn("iso3").get(i));
      }
    }
    return Computed.numbers("holdouts whose sourced stated reason names " + orList(List.of(words)),
        "holdouts rows " + String.join(", ", citing), citing.size());
  }

  /**
   * Whether the share of a treaty's parties among UN members with no land neighbour is higher than among
   * those with one, at a date, by the rule for directional claims ({@link Directional}): "higher" only
   * when the insular share is higher <em>and</em> Fisher's exact test (two-sided) of party against not
   * party, insular against bordered, gives p &lt; {@link Directional#ALPHA}; else "direction holds, not
   * significant" or "opposite direction". The shares and p are in the quantity. Data:
   * {@code state_borders} (a state with no row has no land neighbour), {@code treaty_participation},
   * {@code un_membership}.
   */
  public static Computed insularPartyShare(Treaty treaty, LocalDate date) {
    Checks.notNull(treaty, "treaty");
    treaty.requireKnown(Checks.notNull(date, "date"), "date");
    tech.tablesaw.api.Table borders = org.treatylab.data.Datasets.csv("state_borders.csv");
    Set<String> withNeighbour = new java.util.HashSet<>(borders.stringColumn("iso3").asList());
    Set<String> members = States.unMemberCodesAt(date);
    Set<String> parties = treaty.partiesAt(date).stream().map(Participant::iso3).collect(Collectors.toSet());
    long insular = members.stream().filter(m -> !withNeighbour.contains(m)).count();
    long insularParties = members.stream().filter(m -> !withNeighbour.contains(m) && parties.contains(m)).count();
    long bordered = members.size() - insular;
    long borderedParties = members.stream().filter(m -> withNeighbour.contains(m) && parties.contains(m)).count();
    if (insular == 0 || bordered == 0) {
      throw new IllegalArgumentException("at " + date + " the UN members are all " + (insular == 0 ? "bordered" : "insular")
          + "; pass a date with both kinds of member");
    }
    double insularShare = 100.0 * insularParties / insular;
    double borderedShare = 100.0 * borderedParties / bordered;
    double p = org.treatylab.analysis.adoption.TwoByTwo.of(insularParties, insular - insularParties, borderedParties,
        bordered - borderedParties).fisher().pValue();
    Directional.Comparison c = new Directional.Comparison("insular vs bordered", insularShare > borderedShare, "Fisher exact", p);
    return Computed.text(Directional.verdict("higher", c), abbreviation(treaty)
        + " party share among UN members without vs with a land neighbour, " + dayMonthYear(date, "MMM") + ": "
        + insularParties + " of " + insular + " (" + ClaimCheck.format(insularShare) + " %) vs " + borderedParties + " of "
        + bordered + " (" + ClaimCheck.format(borderedShare) + " %); " + c.described() + " (" + Directional.rule("Fisher exact") + ")",
        "state_borders (" + borders.rowCount() + " rows); treaty_participation " + treaty.id() + "; un_membership");
  }

  /**
   * Whether two states had both signed and ratified a treaty by a date: "both ratified", else each
   * state's record ("FRA signed, not consented; GBR …"). Data: {@code treaty_participation} (UNTC).
   *
   * @param whose the two states in words as the quantity names them, e.g. "France's and the UK's"
   */
  public static Computed bothRatified(Treaty treaty, LocalDate date, String whose, String first, String second) {
    Checks.notNull(treaty, "treaty");
    requireWords(whose, "whose");
    String a = Facts.record(treaty, first, date);
    String b = Facts.record(treaty, second, date);
    String text = a.equals("signed and ratified") && b.equals("signed and ratified") ? "both ratified"
        : first + " " + a + "; " + second + " " + b;
    return Computed.text(text, whose + " record on UNTC " + treaty.untcNumber(),
        "treaty_participation rows " + treaty.id() + " " + first + ", " + second);
  }

  // ---- Russia (the Russia and Chechnya essay) ----

  /**
   * A state's rank by the upper estimate among the states' stockpiles the Monitor reported as of one
   * date (1 = largest). Data: {@code monitor_stockpiles} (Landmine Monitor; grade in the quantity).
   *
   * @param asOf the {@code as_of} of the rows, e.g. "c.2002-2003"
   * @throws IllegalArgumentException for a date with no state rows, or a state without a row then
   */
  public static Computed stockpileRank(String iso3, String asOf) {
    String code = States.iso3(iso3);
    Checks.notNull(asOf, "asOf");
    tech.tablesaw.api.Table stocks = Monitor.stockpiles().table();
    tech.tablesaw.api.Table rows = stocks.where(stocks.stringColumn("measure").isEqualTo("stockpiled")
        .and(stocks.stringColumn("subject_kind").isEqualTo("state")).and(stocks.stringColumn("as_of").isEqualTo(asOf)))
        .sortDescendingOn("high");
    if (rows.rowCount() == 0) {
      throw Checks.unknown("monitor_stockpiles as_of", asOf, new java.util.TreeSet<>(stocks.stringColumn("as_of").asList()),
          "monitor_stockpiles.csv");
    }
    int rank = rows.stringColumn("iso3").indexOf(code) + 1;
    if (rank == 0) {
      throw new IllegalArgumentException("monitor_stockpiles has no state row of " + code + " as of " + asOf + " (it has "
          + String.join(", ", new java.util.TreeSet<>(rows.stringColumn("iso3").asList())) + "); pass one of those");
    }
    java.util.Set<String> grades = new java.util.TreeSet<>(rows.stringColumn("grade").asList());
    return Computed.numbers("rank by upper estimate among states, Monitor " + asOf.replace("c.", "c. ") + " ("
        + String.join(", ", grades) + ")", "monitor_stockpiles: " + rows.rowCount() + " state rows of " + asOf, rank);
  }

  /**
   * One territory's area as a percentage of another's, with the published figure of the part dated
   * nearest {@code year}: the rule fixed before computing for a claim about the territory as it was when
   * the text was written (a tie goes to the earlier figure; an undated figure is never the one used).
   * Data: {@code areas} (each figure's source page and sentence).
   *
   * @param partTerritory the smaller territory, e.g. {@code "chechnya"}: all rows of {@link Areas#figures}
   * @param wholeId the larger territory's row, e.g. {@code "russia"}
   * @param year the year the claim was made, e.g. 2010
   * @throws IllegalArgumentException for an unknown territory or id (naming the argument and the nearest
   *     id), or a territory none of whose figures is dated
   */
  public static Computed areaShareNearest(String partTerritory, String wholeId, int year) {
    Areas.Figure used = nearestFigure(Areas.figures(partTerritory), partTerritory, year);
    double whole = Areas.km2(wholeId);
    return Computed.numbers("area of " + partTerritory + " (" + ClaimCheck.format(used.km2()) + " km2, " + used.areaId()
        + ", as of " + used.asOf() + ", the figure dated nearest " + year + ") / area of " + wholeId + " ("
        + ClaimCheck.format(whole) + " km2), percent", "areas rows " + used.areaId() + ", " + wholeId,
        100 * used.km2() / whole);
  }

  /**
   * A territory's area as a percentage of another's under each published figure of the part (one row
   * per source), the figure {@link #areaShareNearest} uses marked as the ledger's. Data: {@code areas}.
   *
   * @throws IllegalArgumentException as {@link #areaShareNearest}
   */
  public static Robustness areaShareByFigure(Claim claim, String partTerritory, String wholeId, int year) {
    Checks.notNull(claim, "claim");
    List<Areas.Figure> figures = Areas.figures(partTerritory);
    Areas.Figure used = nearestFigure(figures, partTerritory, year);
    double whole = Areas.km2(wholeId);
    Robustness.Builder b = Robustness.of(claim, 0, "area of " + partTerritory + " / area of " + wholeId + " ("
        + ClaimCheck.format(whole) + " km2), percent, by published figure of " + partTerritory
        + "; the ledger's: the figure dated nearest " + year);
    for (Areas.Figure f : figures.stream().sorted(java.util.Comparator.comparingDouble(Areas.Figure::km2)
        .thenComparing(Areas.Figure::areaId)).toList()) {
      double share = 100 * f.km2() / whole;
      // the table rounds values to 0.01, which hides whether a share just above 0.1 passes; the
      // definition carries four decimals
      String definition = String.format(java.util.Locale.ROOT, "%,.0f km2 as of %s (%s, %s): %.4f %%", f.km2(), f.asOf(),
          f.areaId(), f.grade(), share);
      if (f.equals(used)) {
        b.ledgers(definition, share);
      } else {
        b.add(definition, share);
      }
    }
    return b.build();
  }

  /** The dated figure nearest the year, the earlier on a tie. */
  private static Areas.Figure nearestFigure(List<Areas.Figure> figures, String partTerritory, int year) {
    return figures.stream().filter(f -> f.year().isPresent())
        .min(java.util.Comparator.<Areas.Figure>comparingInt(f -> Math.abs(f.year().getAsInt() - year))
            .thenComparingInt(f -> f.year().getAsInt()).thenComparing(Areas.Figure::areaId))
        .orElseThrow(() -> new IllegalArgumentException("no figure of territory '" + partTerritory
            + "' (partTerritory) has a dated as_of; date one in datasets/curated-inputs/areas-source.csv"));
  }

  /**
   * A state's rank among the states' stockpiles the Monitor reported as of one date, by each estimate a
   * row gives: the upper estimate (the ledger's, as {@link #stockpileRank}), the lower estimate and the
   * midpoint of the two. Data: {@code monitor_stockpiles} (Landmine Monitor).
   *
   * @throws IllegalArgumentException as {@link #stockpileRank}
   */
  public static Robustness stockpileRankByEstimate(Claim claim, String iso3, String asOf) {
    Checks.notNull(claim, "claim");
    String code = States.iso3(iso3);
    stockpileRank(code, asOf); // refuses an unknown date or a state without a row, naming what exists
    tech.tablesaw.api.Table stocks = Monitor.stockpiles().table();
    tech.tablesaw.api.Table rows = stocks.where(stocks.stringColumn("measure").isEqualTo("stockpiled")
        .and(stocks.stringColumn("subject_kind").isEqualTo("state")).and(stocks.stringColumn("as_of").isEqualTo(asOf)));
    Robustness.Builder b = Robustness.of(claim, 0, code + "'s rank among the " + rows.rowCount()
        + " state stockpiles of the Monitor " + asOf + ", by estimate");
    b.ledgers("upper estimate (high)", rankBy(rows, code, "high", 1.0));
    b.add("lower estimate (low)", rankBy(rows, code, "low", 0.0));
    b.add("midpoint of low and high", rankBy(rows, code, "mid", 0.5));
    return b.build();
  }

  /** 1 + the number of states with a strictly larger estimate (weight of the high: 1, 0 or 0.5). */
  private static double rankBy(tech.tablesaw.api.Table rows, String code, String what, double weightOfHigh) {
    java.util.Map<String, Double> value = new java.util.TreeMap<>();
    for (int i = 0; i < rows.rowCount(); i++) {
      double lo = num(rows, "low", i);
      double hi = num(rows, "high", i);
      value.merge(rows.stringColumn("iso3").get(i), weightOfHigh * hi + (1 - weightOfHigh) * lo, Math::max);
    }
    double own = value.get(code);
    return 1 + value.values().stream().filter(v -> v > own).count();
  }

  /**
   * Whether the first treaty of each pair reached its n-th instrument of consent sooner, for each n (the
   * ledger's count first): {@link #fasterToInstruments} under each count, the same test and level. Data:
   * {@code treaty_participation}, {@code un_membership}.
   *
   * @param counts the instrument counts, the ledger's first (e.g. 40, 30, 50, 60)
   * @throws IllegalArgumentException for no counts, or a count a treaty never reached
   */
  public static Robustness fasterByInstrumentCount(Claim claim, Treaty fast1, Treaty slow1, Treaty fast2, Treaty slow2,
      int... counts) {
    Checks.notNull(claim, "claim");
    Checks.notNull(counts, "counts");
    if (counts.length == 0) {
      throw new IllegalArgumentException("counts is empty; pass the ledger's instrument count first, e.g. 40, 30, 50, 60");
    }
    Robustness.Builder b = Robustness.ofText(claim, vs(fast1, slow1) + " and " + vs(fast2, slow2)
        + ": faster to the n-th instrument of consent (log-rank p < " + Directional.ALPHA + "), by n");
    for (int i = 0; i < counts.length; i++) {
      String label = "days to the " + ordinal(counts[i]) + " instrument";
      String value = fasterToInstruments(counts[i], fast1, slow1, fast2, slow2).text();
      if (i == 0) {
        b.ledgersText(label, value);
      } else {
        b.addText(label, value);
      }
    }
    return b.build();
  }

  /**
   * Whether a treaty was in force for a state by a date: "bound" or "not bound", the state's entry into
   * force in the quantity. Data: {@code treaty_participation} (UNTC).
   *
   * @param stateWords the state as the quantity names it, e.g. "Russia"
   */
  public static Computed inForceBy(Treaty treaty, String iso3, LocalDate date, String stateWords) {
    Checks.notNull(date, "date");
    requireWords(stateWords, "stateWords");
    Participant p = participant(treaty, iso3);
    boolean bound = p.entryIntoForce() != null && !p.entryIntoForce().isAfter(date);
    return Computed.text(bound ? "bound" : "not bound", abbreviation(treaty) + " in force for " + stateWords + " ("
        + p.entryIntoForce() + ") by " + dayMonthYear(date, "MMMM"), "treaty_participation row " + treaty.id() + " " + p.iso3());
  }

  /**
   * Whether a state consented to a treaty before a date: "by YEAR" (the date's year), else "consented
   * DATE", noting a treaty never open for signature. Data: {@code treaty_participation} (UNTC).
   *
   * @param quantity the comparison in words, e.g. "Russia's consent to APII against the blast-mine stop of May 1998"
   */
  public static Computed consentedBefore(Treaty treaty, String iso3, LocalDate before, String quantity) {
    Checks.notNull(before, "before");
    requireWords(quantity, "quantity");
    Participant p = participant(treaty, iso3);
    String text = p.consent() != null && p.consent().isBefore(before) ? "by " + before.getYear()
        : "consented " + p.consent() + (treaty.openedForSignature() == null ? " (" + abbreviation(treaty)
            + " never open for signature)" : "");
    return Computed.text(text, quantity, "treaty_participation row " + treaty.id() + " " + p.iso3());
  }

  private static Participant participant(Treaty treaty, String iso3) {
    Checks.notNull(treaty, "treaty");
    String code = States.iso3(iso3);
    return treaty.participants().stream().filter(p -> p.iso3().equals(code)).findFirst().orElseThrow(
        () -> new IllegalArgumentException(code + " has no row of " + treaty.id() + " in treaty_participation; pass a participant"));
  }

  private static List<Treaty> treatyList(Treaty... treaties) {
    Checks.notNull(treaties, "treaties");
    if (treaties.length == 0) {
      throw new IllegalArgumentException("treaties is empty; pass one treaty or more, e.g. ccm, mbt");
    }
    for (Treaty t : treaties) {
      Checks.notNull(t, "treaty");
    }
    return List.of(treaties);
  }

  private static String andList(List<String> items) {
    return joined(items, "and");
  }

  private static String orList(List<String> items) {
    return joined(items, "or");
  }

  /** "a", "a and b", "a, b and c" (or "or"). */
  private static String joined(List<String> items, String conjunction) {
    return items.size() == 1 ? items.get(0)
        : String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.get(items.size() - 1);
  }

  /** "3-4 Dec 2008" within one month, else "30 Nov 2008 - 1 Dec 2008". */
  private static String dayRange(LocalDate from, LocalDate to) {
    if (from.equals(to)) {
      return dayMonthYear(from, "MMM");
    }
    return from.getYear() == to.getYear() && from.getMonth() == to.getMonth()
        ? from.getDayOfMonth() + "-" + dayMonthYear(to, "MMM") : dayMonthYear(from, "MMM") + " - " + dayMonthYear(to, "MMM");
  }

  /** English month names whatever the default locale: the notes are in English. */
  private static String dayMonthYear(LocalDate date, String month) {
    return date.format(java.time.format.DateTimeFormatter.ofPattern("d " + month + " yyyy", java.util.Locale.ENGLISH));
  }

  // ---- a claims-evidence value checked against the paper (claims_evidence, issue 22 part 5) ----

  /**
   * One {@code claims_evidence} value as the claim's quantity. The quantity in words is the argument: it
   * says which source and reading the row is (e.g. "year Russia stated it stopped producing blast mines
   * (LM2004, primary)"). Data: {@code claims_evidence} (Landmine Monitor, government, press and reference
   * pages, each row with its quoted sentence, grade and source).
   *
   * @param quantity the quantity in words, with the source and its grade
   * @param valueId the row, e.g. {@code russia.blast-mine-production-stop}
   * @param alsoRead further rows read for the check (named in the rows used, their values not checked)
   * @throws IllegalArgumentException for an unknown value id or a blank quantity
   */
  public static Computed evidenceValue(String quantity, String valueId, String... alsoRead) {
    requireWords(quantity, "quantity");
    Evidence.Value v = Evidence.value(valueId);
    return Computed.numbers(quantity, evidenceRows(valueId, alsoRead), v.value());
  }

  /**
   * One {@code claims_evidence} value of another quantity than the claim's: {@code whatItMeasures} says
   * how it differs. Data: {@code claims_evidence}.
   *
   * @throws IllegalArgumentException for an unknown value id or a blank description
   */
  public static Computed evidenceOtherQuantity(String whatItMeasures, String valueId) {
    requireWords(whatItMeasures, "whatItMeasures");
    Evidence.Value v = Evidence.value(valueId);
    return Computed.notComparable(whatItMeasures, evidenceRows(valueId), v.value());
  }

  /**
   * 100 minus a {@code claims_evidence} percentage: the share outside when the source gives the share
   * inside (e.g. the Soviet defence industry outside Russia from the share in Russia). Data:
   * {@code claims_evidence}.
   *
   * @throws IllegalArgumentException for a row whose unit is not "percent"
   */
  public static Computed evidenceComplement(String quantity, String valueId) {
    requireWords(quantity, "quantity");
    Evidence.Value v = Evidence.value(valueId);
    if (!v.unit().equals("percent")) {
      throw new IllegalArgumentException("claims_evidence row " + valueId + " is in " + v.unit()
          + ", not percent; 100 minus it means nothing: use evidenceValue");
    }
    return Computed.numbers(quantity, evidenceRows(valueId), 100 - v.value());
  }

  private static String evidenceRows(String first, String... more) {
    List<String> all = new java.util.ArrayList<>();
    all.add(first);
    for (String m : more) {
      Evidence.value(m); // refuses an unknown id, naming the nearest one
      all.add(m);
    }
    return "claims_evidence row" + (all.size() > 1 ? "s " : " ") + String.join(", ", all);
  }

  private static void requireWords(String words, String argument) {
    Checks.notNull(words, argument);
    if (words.isBlank()) {
      throw new IllegalArgumentException(argument + " is blank; say in words what was computed and from which source");
    }
  }

  /**
   * Returns the papers' abbreviation of a treaty's name ("MBT", "APII"), from the claims resource
   * {@code treaty-abbreviations.csv}.
   *
   * @throws IllegalArgumentException for a treaty the resource does not list
   */
  public static String abbreviation(Treaty treaty) {
    Checks.notNull(treaty, "treaty");
    String a = Abbreviations.BY_TREATY.get(treaty.id());
    if (a == null) {
      throw new IllegalArgumentException("treaty '" + treaty.id() + "' has no abbreviation in "
          + Abbreviations.RESOURCE + " (it lists " + String.join(", ", Abbreviations.BY_TREATY.keySet())
          + "); add the papers' own abbreviation there");
    }
    return a;
  }

  /**
   * Returns the papers' short form of a treaty's name in lists of counts ("MBT", "PV"), from the claims
   * resource {@code treaty-abbreviations.csv}.
   */
  static String shortForm(Treaty treaty) {
    abbreviation(treaty); // refuses a treaty the resource does not list
    return Abbreviations.SHORT_BY_TREATY.get(treaty.id());
  }

  /** The claims resource of the papers' treaty abbreviations, read once. */
  private static final class Abbreviations {
    static final String RESOURCE = "treaty-abbreviations.csv";
    /** The resource's rows (treaty_id, abbreviation, short_form), read once for both maps. */
    private static final List<String[]> ROWS = read();
    static final java.util.Map<String, String> BY_TREATY = column(1);
    static final java.util.Map<String, String> SHORT_BY_TREATY = column(2);

    private static java.util.Map<String, String> column(int column) {
      java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
      for (String[] f : ROWS) {
        out.put(f[0].trim(), f[column].trim());
      }
      return java.util.Collections.unmodifiableMap(out);
    }

    private static List<String[]> read() {
      try (java.io.InputStream in = Definitions.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("resource " + RESOURCE + " is not on the classpath");
        }
        List<String[]> rows = new java.util.ArrayList<>();
        List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        for (String line : lines.subList(1, lines.size())) {
          if (!line.isBlank()) {
            String[] f = line.split(",", -1);
            if (f.length != 3) {
              throw new IllegalStateException(RESOURCE + ": line '" + line + "' has " + f.length
                  + " fields; write treaty_id,abbreviation,short_form");
            }
            rows.add(f);
          }
        }
        return rows;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private static final String[] NUMBER_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"
  };

  private static List<Treaty> pairs(Treaty a, Treaty b, Treaty c, Treaty d) {
    Checks.notNull(a, "first pair's first treaty");
    Checks.notNull(b, "first pair's second treaty");
    Checks.notNull(c, "second pair's first treaty");
    Checks.notNull(d, "second pair's second treaty");
    return List.of(a, b, c, d);
  }

  private static String vs(Treaty a, Treaty b) {
    return abbreviation(a) + " vs " + abbreviation(b);
  }

  private static String perTreaty(List<Treaty> treaties, long[] values) {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < treaties.size(); i++) {
      out.add(abbreviation(treaties.get(i)) + " " + values[i]);
    }
    return String.join(", ", out);
  }

  private static String ids(List<Treaty> treaties) {
    return treaties.stream().map(Treaty::id).collect(Collectors.joining(", "));
  }

  private static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }

  private static String percent(double share) {
    return ClaimCheck.format(100 * share) + " %";
  }

  private static boolean withinSixMonthsAfter(LocalDate d, LocalDate launch) {
    return !d.isBefore(launch) && !d.isAfter(launch.plusMonths(6));
  }

  private static String startName(Treaty treaty) {
    return treaty.openedForSignature() != null && Speed.start(treaty).equals(treaty.openedForSignature())
        ? "opening for signature (" + Speed.start(treaty) + ")" : "adoption (" + Speed.start(treaty) + ")";
  }

  // ---- issue 25: the CCW's protocols per party, a rank bounded by counts ----

  /**
   * The fewest of the CCW's protocols a party had consented to by the day of its own consent to the
   * Convention (art. 4(3) asks for "any two or more" at joining), over the Convention's parties at the
   * status date; the quantity also gives the fewest at the status date and the parties at the minimum.
   * Data: {@code treaty_participation} (UNTC XXVI-2 and its protocol pages: Protocols I-III from the
   * CCW page's table, Amended Protocol II, IV and V from their own pages).
   *
   * @param convention the Convention ({@code Treaties.ccw()})
   * @param protocols its protocols, e.g. I, II, III, Amended II, IV, V
   * @throws IllegalArgumentException when no protocol is given or the Convention has no party
   */
  public static Computed protocolsAtJoining(Treaty convention, Treaty... protocols) {
    Checks.notNull(convention, "convention");
    List<Treaty> list = treatyList(protocols);
    LocalDate status = convention.statusDate();
    List<Participant> parties = convention.partiesAt(status).stream()
        .sorted(java.util.Comparator.comparing(Participant::iso3)).toList();
    if (parties.isEmpty()) {
      throw new IllegalArgumentException(convention.id() + " has no party at " + status + "; pass the Convention, not a protocol");
    }
    java.util.Map<String, java.util.Map<String, Participant>> consents = new java.util.LinkedHashMap<>();
    for (Treaty t : list) {
      java.util.Map<String, Participant> byState = new java.util.HashMap<>();
      t.participants().stream().filter(p -> p.consent() != null).forEach(p -> byState.put(p.iso3(), p));
      consents.put(t.id(), byState);
    }
    int fewestAtJoining = Integer.MAX_VALUE;
    int fewestNow = Integer.MAX_VALUE;
    java.util.TreeMap<Integer, List<String>> byCountAtJoining = new java.util.TreeMap<>();
    for (Participant p : parties) {
      int atJoining = 0;
      int now = 0;
      for (java.util.Map<String, Participant> byState : consents.values()) {
        Participant q = byState.get(p.iso3());
        if (q != null && !q.consent().isAfter(p.consent())) {
          atJoining++;
        }
        if (q != null && q.isPartyAt(status)) {
          now++;
        }
      }
      byCountAtJoining.computeIfAbsent(atJoining, k -> new java.util.ArrayList<>()).add(p.iso3());
      fewestAtJoining = Math.min(fewestAtJoining, atJoining);
      fewestNow = Math.min(fewestNow, now);
    }
    List<String> atMinimum = byCountAtJoining.get(fewestAtJoining);
    String names = list.stream().map(Definitions::abbreviation).collect(Collectors.joining(", "));
    return Computed.numbers("fewest protocols (of " + names + ") a " + abbreviation(convention) + " party had consented to by the day of its own consent to the "
        + "Convention, over its " + parties.size() + " parties at " + status + ": " + fewestAtJoining + " (" + atMinimum.size() + " parties"
        + (atMinimum.size() <= 12 ? ": " + String.join(", ", atMinimum) : "") + "); fewest at " + status + ": " + fewestNow
        + "; consent to protocols, not ratification of them (a protocol's consent dated after the Convention's counts only at the status date)",
        "treaty_participation consents of " + convention.id() + ", " + list.stream().map(Treaty::id).collect(Collectors.joining(", ")),
        fewestAtJoining);
  }

  /**
   * The best rank an area's casualty count can have among the countries with casualties in a year: 1
   * plus the named other areas with a larger count, at least 2 when the world's recorded casualties
   * spread over its countries average more than the area's count (then some country had more). Data:
   * {@code claims_evidence} (Landmine Monitor counts by area and the world's total and country count).
   *
   * @param areaValueId the area's casualties, e.g. {@code chechnya.casualties.2005.lm2007}
   * @param worldValueId the world's recorded casualties of the same year
   * @param countriesValueId the number of countries with casualties that year
   * @param otherAreaValueIds casualties of other areas in the same year
   * @throws IllegalArgumentException for an unknown row, or rows of different years
   */
  public static Computed casualtyRankAtBest(String areaValueId, String worldValueId, String countriesValueId,
      String... otherAreaValueIds) {
    Evidence.Value area = Evidence.value(areaValueId);
    Evidence.Value world = Evidence.value(worldValueId);
    Evidence.Value countries = Evidence.value(countriesValueId);
    List<Evidence.Value> all = new java.util.ArrayList<>(List.of(area, world, countries));
    for (String id : otherAreaValueIds) {
      all.add(Evidence.value(id));
    }
    for (Evidence.Value v : all) {
      if (v.periodStart() != area.periodStart() || v.periodEnd() != area.periodEnd()) {
        throw new IllegalArgumentException(v.valueId() + " is of " + v.periodStart() + "-" + v.periodEnd() + ", not of "
            + area.periodStart() + " as " + areaValueId + "; pass rows of one year");
      }
    }
    List<String> larger = new java.util.ArrayList<>();
    for (Evidence.Value v : all.subList(3, all.size())) {
      if (v.value() > area.value()) {
        larger.add(v.area() + " " + ClaimCheck.format(v.value()) + " (" + v.reportedIn() + ")");
      }
    }
    double mean = world.value() / countries.value();
    boolean someCountryLarger = mean > area.value();
    int best = 1 + Math.max(larger.size(), someCountryLarger ? 1 : 0);
    return Computed.numbers("best rank of " + area.area() + "'s " + ClaimCheck.format(area.value()) + " casualties of " + area.periodStart()
        + " (" + area.reportedIn() + ") among the countries with casualties: the world's " + ClaimCheck.format(world.value()) + " in "
        + ClaimCheck.format(countries.value()) + " countries (" + world.reportedIn() + ") average " + ClaimCheck.format(mean)
        + (someCountryLarger ? ", more than " : ", not more than ") + ClaimCheck.format(area.value())
        + (larger.isEmpty() ? "" : "; larger: " + String.join(", ", larger)),
        evidenceRows(areaValueId, java.util.stream.Stream.concat(Stream.of(worldValueId, countriesValueId), Stream.of(otherAreaValueIds))
            .toArray(String[]::new)), best);
  }
}
