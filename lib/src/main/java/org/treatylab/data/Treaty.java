package org.treatylab.data;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * One treaty with its participation record, from the curated {@code treaties.csv} and
 * {@code treaty_participation.csv} (UN Treaty Collection status pages, status as at 3 February 2026).
 *
 * <p>A <b>party</b> at a date is a state whose instrument of consent (ratification, accession,
 * succession, acceptance, approval, consent to be bound) was deposited by that date and whose
 * withdrawal, if any, has not taken effect by then — the count the depositary prints as "Parties". The
 * treaty's entry into force for each state is a separate column ({@code entry_into_force}). Dates after
 * the status date are projections (e.g. Poland's MBT withdrawal, pending on 20 February 2026).
 *
 * <p>Obtain one with {@link Treaties}, e.g. {@code Treaties.mineBan()}.
 */
public final class Treaty {
  private final String id;
  private final String untcNumber;
  private final String shortName;
  private final String fullName;
  private final LocalDate adopted;
  private final LocalDate openedForSignature;
  private final LocalDate entryIntoForce;
  private final int instrumentsForEntryIntoForce;
  private final TreatySource source;
  private final List<Participant> participants;

  Treaty(String id, String untcNumber, String shortName, String fullName, LocalDate adopted,
      LocalDate openedForSignature, LocalDate entryIntoForce, int instrumentsForEntryIntoForce,
      TreatySource source, List<Participant> participants) {
    this.id = id;
    this.untcNumber = untcNumber;
    this.shortName = shortName;
    this.fullName = fullName;
    this.adopted = adopted;
    this.openedForSignature = openedForSignature;
    this.entryIntoForce = entryIntoForce;
    this.instrumentsForEntryIntoForce = instrumentsForEntryIntoForce;
    this.source = source;
    this.participants = participants.stream()
        .sorted(Comparator.comparing(Participant::consent, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Participant::nameOnPage))
        .toList();
  }

  /**
   * Returns a treaty built from the given participation records rather than from the curated data: for
   * synthetic examples, tests, and treaties the project does not hold. Its {@link #source()} says so.
   *
   * @param id a short id
   * @param shortName the name charts and tables show
   * @param adopted adoption date (the clock's default origin)
   * @param openedForSignature opening for signature, or null
   * @param entryIntoForce entry into force, or null when not in force
   * @param instrumentsForEntryIntoForce instruments needed for entry into force
   * @param participants one record per state
   */
  public static Treaty of(String id, String shortName, LocalDate adopted, LocalDate openedForSignature,
      LocalDate entryIntoForce, int instrumentsForEntryIntoForce, List<Participant> participants) {
    TreatySource source = new TreatySource(shortName + " (user-supplied records)", "", null, "user:" + id);
    return new Treaty(id, "", shortName, shortName, adopted, openedForSignature, entryIntoForce,
        instrumentsForEntryIntoForce, source, participants);
  }

  /** Short stable id, e.g. {@code mbt}. */
  public String id() {
    return id;
  }

  /** The depositary's number, e.g. {@code XXVI-5}. */
  public String untcNumber() {
    return untcNumber;
  }

  /** Short name, e.g. "Mine Ban Treaty". */
  public String shortName() {
    return shortName;
  }

  /** Full title as on the status page. */
  public String fullName() {
    return fullName;
  }

  /** Date printed under the title (adoption / conclusion), e.g. 18 September 1997 for the MBT. */
  public LocalDate adopted() {
    return adopted;
  }

  /** Opening for signature as the page's Note gives it, or null (e.g. CCW protocols: consent only). */
  public LocalDate openedForSignature() {
    return openedForSignature;
  }

  /** The treaty's entry into force, or null when not in force (CTBT). */
  public LocalDate entryIntoForce() {
    return entryIntoForce;
  }

  /** Instruments needed for entry into force (hand-kept, cited in {@code treaties.csv}). */
  public int instrumentsForEntryIntoForce() {
    return instrumentsForEntryIntoForce;
  }

  /** The status page the data come from, with its date. */
  public TreatySource source() {
    return source;
  }

  /** Every participant row, ordered by consent date (signatories without consent last). */
  public List<Participant> participants() {
    return participants;
  }

  /** The participation rows of this treaty as a Tablesaw table (all columns of {@code treaty_participation.csv}). */
  public Table table() {
    Table all = Treaties.participationTable();
    return all.where(all.stringColumn("treaty_id").isEqualTo(id)).setName(id);
  }

  /** Parties at {@code date}, net of withdrawals effective by then, in order of consent. */
  public List<Participant> partiesAt(LocalDate date) {
    return participants.stream().filter(p -> p.isPartyAt(date)).toList();
  }

  /** Signatories at {@code date} (signed by then, not withdrawn by then), whether or not they have ratified. */
  public List<Participant> signatoriesAt(LocalDate date) {
    return participants.stream().filter(p -> p.isSignatoryAt(date)).toList();
  }

  /** Instruments of consent deposited by {@code date}, including those of states that later withdrew. */
  public int consentsBy(LocalDate date) {
    return (int) participants.stream().filter(p -> p.consent() != null && !p.consent().isAfter(date)).count();
  }

  /**
   * The first {@code n} instruments of consent, in order of deposit. States that deposited on the same
   * day are ordered by name, so the n-th may share its date with the (n+1)-th.
   */
  public List<Participant> firstConsents(int n) {
    return participants.stream().filter(p -> p.consent() != null).limit(n).toList();
  }

  /** UN members at {@code date} (see {@link States#asOf}) that are not parties then. */
  public List<State> outsideAt(LocalDate date) {
    Set<String> parties = partiesAt(date).stream().map(Participant::iso3).collect(Collectors.toSet());
    return States.asOf(date).stream().filter(s -> !parties.contains(s.iso3())).toList();
  }

  /** Share of all states that are parties at {@code date}, with the default denominator (UN members at the date). */
  public double shareOfStatesAt(LocalDate date) {
    return shareOfStatesAt(date, Denominator.UN_MEMBERS_AT_DATE);
  }

  /**
   * Share of all states that are parties at {@code date}.
   *
   * @param denominator what counts as "all states"; see {@link Denominator} for the choices
   */
  public double shareOfStatesAt(LocalDate date, Denominator denominator) {
    List<Participant> parties = partiesAt(date);
    long numerator;
    if (denominator == Denominator.UN_MEMBERS_AT_DATE) {
      Set<String> members = States.unMemberCodesAt(date);
      numerator = parties.stream().filter(p -> members.contains(p.iso3())).count();
    } else {
      numerator = parties.size();
    }
    return (double) numerator / States.countAt(date, denominator);
  }

  @Override
  public String toString() {
    return shortName + " (" + untcNumber + "), " + participants.size() + " participants, " + source;
  }
}
