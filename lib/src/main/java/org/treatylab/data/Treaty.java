package org.treatylab.data;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;
import org.treatylab.base.Checks;
import org.treatylab.base.Tables;

/**
 * One treaty with its participation record, from the curated {@code treaties.csv} and
 * {@code treaty_participation.csv} (UN Treaty Collection status pages; {@link #source()} cites the page and
 * {@link #statusDate()} gives its date).
 *
 * <p>A <b>party</b> at a date is a state whose instrument of consent (ratification, accession,
 * succession, acceptance, approval, consent to be bound) was deposited by that date and whose
 * withdrawal, if any, has not taken effect by then — the count the depositary prints as "Parties". The
 * treaty's entry into force for each state is a separate column ({@code entry_into_force}). Dates after
 * the status date are projections (e.g. a withdrawal notified before the status date that takes effect
 * after it: {@link #withdrawals()} marks it pending).
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
  private final String family;
  private final LocalDate statusDate;

  Treaty(String id, String untcNumber, String shortName, String fullName, String family, LocalDate adopted,
      LocalDate openedForSignature, LocalDate entryIntoForce, int instrumentsForEntryIntoForce,
      TreatySource source, LocalDate statusDate, List<Participant> participants) {
    this.id = Checks.notNull(id, "id");
    this.family = family;
    this.statusDate = Checks.notNull(statusDate, "statusDate");
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
    Checks.notNull(adopted, "adopted");
    Checks.notNull(participants, "participants");
    LocalDate latest = OwnTreaty.latestDate(adopted, openedForSignature, entryIntoForce, participants);
    return of(id, shortName, adopted, openedForSignature, entryIntoForce, instrumentsForEntryIntoForce,
        latest, participants);
  }

  /**
   * As {@link #of(String, String, LocalDate, LocalDate, LocalDate, int, List)}, with the date the records
   * are complete up to (their status date): queries after it are refused.
   *
   * @param statusDate the last date the records describe; not before any date in them
   */
  public static Treaty of(String id, String shortName, LocalDate adopted, LocalDate openedForSignature,
      LocalDate entryIntoForce, int instrumentsForEntryIntoForce, LocalDate statusDate,
      List<Participant> participants) {
    Checks.notNull(id, "id");
    Checks.notNull(shortName, "shortName");
    Checks.notNull(adopted, "adopted");
    Checks.notNull(statusDate, "statusDate");
    Checks.notNull(participants, "participants");
    LocalDate latest = OwnTreaty.latestDate(adopted, openedForSignature, entryIntoForce, participants);
    if (statusDate.isBefore(latest)) {
      throw new IllegalArgumentException("statusDate " + statusDate + " is before the latest date in the records, "
          + latest + "; pass a status date on or after it");
    }
    TreatySource source = new TreatySource(shortName + " (user-supplied records)", "", statusDate, "user:" + id);
    return new Treaty(id, "", shortName, shortName, "user-supplied", adopted, openedForSignature, entryIntoForce,
        instrumentsForEntryIntoForce, source, statusDate, participants);
  }

  /**
   * Returns a treaty built from a table of your own: one row per state, with its ISO3 code, signature
   * date and date of consent to be bound (ratification, accession …), either of which may be empty. The
   * codes are checked against {@code states.csv} (any case); dates may be date columns or text in ISO
   * form ({@code 2001-05-31}). The adoption date is the earliest date in the table and the status date
   * the latest: queries after it are refused. Use {@link #fromTable(String, Table, String, String, String,
   * String)} when the table has withdrawals.
   *
   * <pre>{@code
   * Treaty mine = Treaty.fromTable("my-treaty", table, "state", "signed", "ratified");
   * AdoptionCurve.of(mine).byYear().table();
   * }</pre>
   *
   * @param id a short id the treaty prints
   * @param table the records
   * @param stateColumn column of ISO3 codes
   * @param signatureColumn column of signature dates (empty cells: no signature)
   * @param consentColumn column of consent dates (empty cells: not bound)
   * @throws IllegalArgumentException naming the row, column and value of the first bad cell, or listing
   *     the table's columns when a column name is wrong
   */
  public static Treaty fromTable(String id, Table table, String stateColumn, String signatureColumn,
      String consentColumn) {
    return OwnTreaty.build(id, table, stateColumn, signatureColumn, consentColumn, null);
  }

  /**
   * As {@link #fromTable(String, Table, String, String, String)}, with a column of withdrawal dates (the
   * date the withdrawal took effect; empty cells: no withdrawal).
   */
  public static Treaty fromTable(String id, Table table, String stateColumn, String signatureColumn,
      String consentColumn, String withdrawalColumn) {
    Checks.notNull(withdrawalColumn, "withdrawalColumn");
    return OwnTreaty.build(id, table, stateColumn, signatureColumn, consentColumn, withdrawalColumn);
  }

  /**
   * Reads a CSV file of your own (header row; every column read as text) and builds the treaty as
   * {@link #fromTable(String, Table, String, String, String)} does.
   *
   * @param id a short id the treaty prints
   * @param csv the file
   */
  public static Treaty fromCsv(String id, java.nio.file.Path csv, String stateColumn, String signatureColumn,
      String consentColumn) {
    return fromTable(id, OwnTreaty.readCsv(csv), stateColumn, signatureColumn, consentColumn);
  }

  /** As {@link #fromCsv(String, java.nio.file.Path, String, String, String)}, with a withdrawal column. */
  public static Treaty fromCsv(String id, java.nio.file.Path csv, String stateColumn, String signatureColumn,
      String consentColumn, String withdrawalColumn) {
    return fromTable(id, OwnTreaty.readCsv(csv), stateColumn, signatureColumn, consentColumn, withdrawalColumn);
  }

  /**
   * Returns the same treaty with a later status date: the date up to which your records are complete
   * (by default the latest date in them).
   *
   * @param statusDate not before the current status date
   */
  public Treaty withStatusDate(LocalDate statusDate) {
    Checks.notNull(statusDate, "statusDate");
    if (statusDate.isBefore(this.statusDate)) {
      throw new IllegalArgumentException("statusDate " + statusDate + " is before the latest date in the records, "
          + this.statusDate + "; pass a status date on or after it");
    }
    TreatySource s = new TreatySource(source.title(), source.url(), statusDate, source.sourceId());
    return new Treaty(id, untcNumber, shortName, fullName, family, adopted, openedForSignature, entryIntoForce,
        instrumentsForEntryIntoForce, s, statusDate, participants);
  }

  /**
   * The data's status date: the date of the depositary's status page the records come from (for the
   * curated treaties, column {@code status_as_at} of {@code treaties.csv}; {@link #source()} cites the
   * page), or for your own records the latest date in them. Every query that takes a date refuses dates
   * after it.
   */
  public LocalDate statusDate() {
    return statusDate;
  }

  /** The catalogue's family ({@code "landmines and cluster munitions"}, {@code "arms control"}, {@code "human rights"}), or {@code "user-supplied"}. */
  public String family() {
    return family;
  }

  /**
   * Returns {@code date} when the data describe it, else throws "2027-07-07 is after the data's status
   * date 2026-02-03". For code that takes dates on behalf of this treaty (curves, charts).
   *
   * @param date the date asked about
   * @param argument the caller's parameter name, for the message
   */
  public LocalDate requireKnown(LocalDate date, String argument) {
    return Checks.notAfter(date, argument, statusDate);
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

  /**
   * The participation rows of this treaty as a Tablesaw table: all columns of
   * {@code treaty_participation.csv}, or for your own records their ids, names and dates.
   */
  public Table table() {
    if (source.sourceId().startsWith("user:")) {
      return recordsTable();
    }
    Table all = Treaties.participationTable();
    return all.where(all.stringColumn("treaty_id").isEqualTo(id)).setName(id);
  }

  /** The records of a treaty built from user-supplied rows, in the columns {@code treaty_participation.csv} shares with them. */
  private Table recordsTable() {
    return recordsTable(participants, id);
  }

  /** The given participants' records, one row each in the given order, in {@code treaty_participation.csv}'s columns. */
  private Table recordsTable(List<Participant> rows, String tableName) {
    return Tables.of(tableName, rows)
        .text("treaty_id", p -> id)
        .text("iso3", Participant::iso3)
        .text("name_on_page", Participant::nameOnPage)
        .date("signature_date", Participant::signature)
        .date("consent_date", Participant::consent)
        .date("withdrawal_notified", Participant::withdrawalNotified)
        .date("withdrawal_effective", Participant::withdrawalEffective)
        .build();
  }

  /**
   * Parties at {@code date}, net of withdrawals effective by then, in order of consent.
   *
   * @throws IllegalArgumentException when {@code date} is after the {@link #statusDate() status date}
   *     ("2030-01-01 is after the data's status date 2026-02-03"); NullPointerException when null
   */
  public List<Participant> partiesAt(LocalDate date) {
    requireKnown(date, "date");
    return participants.stream().filter(p -> p.isPartyAt(date)).toList();
  }

  /**
   * Signatories at {@code date} (signed by then, not withdrawn by then), whether or not they have ratified.
   *
   * @throws IllegalArgumentException when {@code date} is after the {@link #statusDate() status date}
   *     ("2030-01-01 is after the data's status date 2026-02-03"); NullPointerException when null
   */
  public List<Participant> signatoriesAt(LocalDate date) {
    requireKnown(date, "date");
    return participants.stream().filter(p -> p.isSignatoryAt(date)).toList();
  }

  /**
   * Instruments of consent deposited by {@code date}, including those of states that later withdrew.
   *
   * @throws IllegalArgumentException when {@code date} is after the {@link #statusDate() status date}
   *     ("2030-01-01 is after the data's status date 2026-02-03"); NullPointerException when null
   */
  public int consentsBy(LocalDate date) {
    requireKnown(date, "date");
    return (int) participants.stream().filter(p -> p.consent() != null && !p.consent().isAfter(date)).count();
  }

  /**
   * The first {@code n} instruments of consent, in order of deposit. States that deposited on the same
   * day are ordered by name, so the n-th may share its date with the (n+1)-th.
   */
  public List<Participant> firstConsents(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n is " + n + "; pass a count of 0 or more");
    }
    return participants.stream().filter(p -> p.consent() != null).limit(n).toList();
  }

  /**
   * UN members at {@code date} (see {@link States#asOf}) that are not parties then.
   *
   * @throws IllegalArgumentException when {@code date} is after the {@link #statusDate() status date}
   *     ("2030-01-01 is after the data's status date 2026-02-03"); NullPointerException when null
   */
  public List<State> outsideAt(LocalDate date) {
    requireKnown(date, "date");
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
    Checks.notNull(denominator, "denominator");
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

  /**
   * Returns the states that notified a withdrawal, in order of notification: ISO3 code, name on the
   * page, consent, notification, effective date, and whether the withdrawal is still pending at the
   * status date. From {@code treaty_participation.csv} (or your own records).
   */
  public Table withdrawals() {
    List<Participant> left = participants.stream()
        .filter(p -> p.withdrawalNotified() != null || p.leftOn() != null)
        .sorted(Comparator.comparing((Participant p) -> p.withdrawalNotified() != null ? p.withdrawalNotified() : p.leftOn())
            .thenComparing(Participant::iso3))
        .toList();
    return Tables.of(id + " withdrawals (status " + statusDate + ")", left)
        .text("iso3", Participant::iso3)
        .text("name_on_page", Participant::nameOnPage)
        .date("consent_date", Participant::consent)
        .date("withdrawal_notified", Participant::withdrawalNotified)
        .date("withdrawal_effective", Participant::withdrawalEffective)
        .bool("pending_at_status_date", p -> p.leftOn() == null || p.leftOn().isAfter(statusDate))
        .build();
  }

  @Override
  public String toString() {
    // the source gives the status date
    return id + (shortName.equals(id) ? "" : ": " + shortName) + (untcNumber.isEmpty() ? "" : " (" + untcNumber + ")")
        + ", " + participants.size() + " participants, " + source;
  }
}
