package org.treatylab.data.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the saved UN Treaty Collection status pages listed in the hand-kept catalogue
 * {@code untc_treaty_catalog.csv} into {@code treaties.csv} (one row per treaty) and
 * {@code treaty_participation.csv} (one row per treaty and state), checking every row: each name maps
 * to a state in {@code states.csv}, no state appears twice, no consent predates the signature, no
 * withdrawal predates the consent. Bad input stops the import with an {@link ImportException}; the
 * only rows not kept are participants that are not states (the European Union), each with its reason.
 */
public final class UntcTreatyImporter {
  static final String CATALOG = "untc_treaty_catalog.csv";
  private static final Pattern OPENED = Pattern.compile(
      "open(?:ed)? for signature[^.]{0,220}?\\b(?:on|from|as of|as from) (" + UntcDates.DATE.pattern() + ")");
  private static final Set<String> NOT_STATES = Set.of("European Union");

  /**
   * One treaty of the catalogue: which page, and the facts the page does not print.
   *
   * @param instrumentColumn empty for a treaty read from the page's participant table; else the column of
   *     the page's table of annexed instruments that holds it ("Protocol I" on the CCW page)
   */
  public record CatalogEntry(String id, String file, String shortName, String family, int instrumentsForEif,
      EntryIntoForceRule rule, String citation, int line, String instrumentColumn) {
    /** An entry read from the page's participant table. */
    public CatalogEntry(String id, String file, String shortName, String family, int instrumentsForEif,
        EntryIntoForceRule rule, String citation, int line) {
      this(id, file, shortName, family, instrumentsForEif, rule, citation, line, "");
    }
  }

  /** One kept participation row. */
  public record Participation(String treatyId, String iso3, ParticipantRow row, Withdrawal withdrawal,
      LocalDate entryIntoForce, String eifBasis, String notes) {}

  /** The import's outcome. */
  public record Result(List<ImportReport> reports, List<String> headerChecks) {}

  private final Path treatySources;
  private final CuratedInputs inputs;
  private final StateNameResolver names;
  private final Set<String> states;

  /**
   * @param treatySourcesDir the {@code shared/sources/treaties} folder
   * @param inputs the hand-kept inputs (the treaty catalogue)
   * @param names resolves the pages' participant names
   * @param states the ISO3 codes of {@code states.csv}: every participant must be one of them
   */
  public UntcTreatyImporter(Path treatySourcesDir, CuratedInputs inputs, StateNameResolver names, Set<String> states) {
    this.treatySources = treatySourcesDir;
    this.inputs = inputs;
    this.names = names;
    this.states = states;
  }

  /** Reads the hand-kept catalogue of treaties. */
  public static List<CatalogEntry> catalog(CuratedInputs inputs) {
    List<CatalogEntry> out = new ArrayList<>();
    SourceCsv csv = inputs.csv(CATALOG).requireColumns("treaty_id", "file", "short_name", "family", "instruments_for_eif", "eif_rule", "citation");
    boolean columns = csv.header().contains("instrument_column");
    for (SourceCsv.Row r : csv.rows()) {
      out.add(new CatalogEntry(r.get("treaty_id"), r.get("file"), r.get("short_name"), r.get("family"),
          Integer.parseInt(r.get("instruments_for_eif")), EntryIntoForceRule.valueOf(r.get("eif_rule")),
          r.get("citation"), r.line(), columns ? r.get("instrument_column") : ""));
    }
    return out;
  }

  /** Imports every catalogued page and writes the two datasets. */
  public Result run(Path datasetsDir) {
    ImportReport treatiesReport = new ImportReport("treaties.csv");
    ImportReport partReport = new ImportReport("treaty_participation.csv");
    CsvOut treaties = new CsvOut(TreatyColumns.TREATIES);
    CsvOut participation = new CsvOut(TreatyColumns.PARTICIPATION);
    List<String> checks = new ArrayList<>();
    for (CatalogEntry entry : catalog(inputs)) {
      treatiesReport.read();
      UntcStatusPage page = UntcStatusPageParser.parse(entry.file(), read(entry.file()));
      if (!entry.instrumentColumn().isEmpty()) {
        Instrument instrument = instrument(page, entry, partReport);
        checks.add(entry.id() + ": " + instrument.check());
        treaties.row(entry.id(), page.untcNumber(), entry.shortName(), instrument.fullName(), entry.family(), page.place(),
            instrument.adopted(), null, entry.instrumentsForEif(), entry.rule(), entry.citation(), page.entryIntoForce(),
            page.entryIntoForceText(), page.statusAsAt(), null, null, 0, instrument.rows().stream()
                .filter(p -> !p.row().consentWithdrawn()).count(), instrument.check(), sourceId(page), page.url(), entry.file());
        treatiesReport.kept();
        for (Participation p : instrument.rows()) {
          writeParticipation(participation, p, page, entry);
        }
        continue;
      }
      List<Participation> rows = participants(page, entry, partReport);
      String check = headerCheck(page);
      checks.add(entry.id() + ": " + check);
      treaties.row(entry.id(), page.untcNumber(), entry.shortName(), page.title(), entry.family(), page.place(),
          page.concluded(), openedForSignature(page).orElse(null), entry.instrumentsForEif(), entry.rule(),
          entry.citation(), page.entryIntoForce(), page.entryIntoForceText(), page.statusAsAt(),
          page.headerSignatories(), page.headerParties(), page.rowSignatories(), page.rowParties(), check,
          sourceId(page), page.url(), entry.file());
      treatiesReport.kept();
      for (Participation p : rows) {
        writeParticipation(participation, p, page, entry);
      }
    }
    treaties.sort(Comparator.comparing(r -> r.get(0)));
    participation.sort(Comparator.comparing((List<String> r) -> r.get(0)).thenComparing(r -> r.get(1)));
    treaties.write(datasetsDir.resolve("treaties.csv"));
    participation.write(datasetsDir.resolve("treaty_participation.csv"));
    return new Result(List.of(treatiesReport.requireBalanced(), partReport.requireBalanced()), checks);
  }

  private static void writeParticipation(CsvOut participation, Participation p, UntcStatusPage page, CatalogEntry entry) {
    ParticipantRow r = p.row();
    Withdrawal w = p.withdrawal();
    participation.row(p.treatyId(), p.iso3(), r.name(), r.signature(), r.signatureCode().equals("d") ? "succession to signature" : r.signature() == null ? "" : "signature",
        r.signatureWithdrawn(), r.provisional(), r.provisionalWithdrawn(), r.consent(), r.consentCode(),
        consentKind(r.consentCode(), r.consent()), r.consentWithdrawn(),
        w == null ? null : w.notified(), w == null ? null : w.effective(), withdrawalStatus(r, w),
        w == null ? "" : w.reference(), p.entryIntoForce(), p.eifBasis(),
        r.footnotes().stream().map(String::valueOf).collect(Collectors.joining(";")), p.notes(),
        sourceId(page), page.url(), page.statusAsAt(), entry.file(), r.line());
  }

  /**
   * One annexed instrument read from a column of the page's table of further consents: its full name and
   * adoption date as the page prints them, its participants, and how its rows compare with the treaty's.
   */
  public record Instrument(String fullName, LocalDate adopted, List<Participation> rows, String check) {}

  private static final Pattern ADOPTED_ON = Pattern.compile("adopted on " + UntcDates.DATE.pattern());

  /**
   * Reads one instrument column of the page's table of further consents (the CCW page's Protocols I–III).
   * The table marks an acceptance with an "x"; the heading's end note says that, unless a date is printed,
   * the acceptance was notified with the participant's instrument of consent to the treaty, so that
   * instrument's date (and code) is the consent date here, and a date printed after the "x" is a later,
   * separate notification (code P). Each marked participant must be a party to the treaty on the same page.
   *
   * @throws ImportException when the page has no such table or column, the heading's end note does not
   *     name the instrument, a name is unknown or appears twice, a marked participant has no consent to the
   *     treaty, or a printed date precedes that consent
   */
  public Instrument instrument(UntcStatusPage page, CatalogEntry entry, ImportReport report) {
    String column = entry.instrumentColumn();
    UntcStatusPage.InstrumentTable table = page.instrumentTables().stream()
        .filter(t -> t.columns().contains(column)).findFirst()
        .orElseThrow(() -> new ImportException(page.file(), 0, column, entry.id() + ": the page has no table of further consents with a column '"
            + column + "' (instrument_column in " + CATALOG + " line " + entry.line() + ")"));
    int index = table.columns().indexOf(column);
    String rule = table.headingNotes().stream().map(n -> page.endNotes().getOrDefault(n, "")).collect(Collectors.joining(" "));
    if (!rule.contains("Unless otherwise indicated, acceptance was notified upon")) {
      throw new ImportException(page.file(), table.line(), "end note of the table heading", entry.id()
          + ": the heading's end note no longer says when an unmarked acceptance was notified ('Unless otherwise indicated, acceptance was notified upon …'): the consent dates cannot be read");
    }
    Matcher named = Pattern.compile("(?:–|-)\\s*([^;–]*?)\\s*\\(" + Pattern.quote(column) + "\\)").matcher(rule);
    if (!named.find()) {
      throw new ImportException(page.file(), table.line(), "end note of the table heading", entry.id() + ": the end note does not name '" + column + "'");
    }
    String fullName = named.group(1) + " (" + column + ")";
    Matcher adoptedOn = ADOPTED_ON.matcher(table.heading());
    LocalDate adopted;
    try {
      adopted = adoptedOn.find() ? UntcDates.of(adoptedOn).orElse(null) : null;
    } catch (UntcDates.ImpossibleDate e) {
      throw new ImportException(page.file(), table.line(), "table heading", e.getMessage());
    }
    Map<String, Participation> treaty = new java.util.LinkedHashMap<>();
    for (Participation p : participants(page, entry, new ImportReport("(the treaty's own rows)"))) {
      treaty.put(p.iso3(), p);
    }
    List<Participation> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (UntcStatusPage.InstrumentRow r : table.rows()) {
      UntcStatusPage.Mark mark = r.marks().get(index);
      String iso3 = names.iso3(r.name(), page.file(), r.line(), "Participant");
      if (!seen.add(iso3)) {
        throw new ImportException(page.file(), r.line(), "Participant", "duplicate (treaty, state): '" + r.name() + "' (" + iso3
            + ") appears twice in the table of " + column);
      }
      if (mark == null) {
        continue;
      }
      report.read();
      Participation parent = treaty.get(iso3);
      if (parent == null || parent.row().consent() == null) {
        throw new ImportException(page.file(), r.line(), column, "'" + r.name() + "' (" + iso3 + ") accepted " + column
            + " but has no consent to the treaty on the page, so the date of its acceptance is unknown");
      }
      ParticipantRow own = parent.row();
      if (parent.withdrawal() != null || own.consentWithdrawn()) {
        throw new ImportException(page.file(), r.line(), column, "'" + r.name() + "' withdrew from the treaty; what that means for "
            + column + " is not on the page");
      }
      LocalDate consent = own.consent();
      String code = own.consentCode();
      String how = "accepted with its " + consentKind(code, consent) + " of the treaty of " + consent + " (end note "
          + table.headingNotes().stream().map(String::valueOf).collect(Collectors.joining(", "))
          + ": 'Unless otherwise indicated, acceptance was notified upon ratification, acceptance, approval of, accession or succession to the Convention')";
      if (mark.notified() != null) {
        if (mark.notified().isBefore(own.consent())) {
          throw new ImportException(page.file(), r.line(), column, "'" + r.name() + "' accepted " + column + " on " + mark.notified()
              + ", before its consent to the treaty of " + own.consent());
        }
        consent = mark.notified();
        code = "P";
        how = "accepted by a later notification, dated in brackets after the x";
      }
      ParticipantRow row = new ParticipantRow(r.line(), r.name(), r.footnotes(), null, "", false, null, false, consent, code, false);
      List<String> notes = new ArrayList<>();
      notes.add(how);
      for (int n : r.footnotes()) {
        String text = page.endNotes().get(n);
        if (text != null && text.contains("Historical Information")) {
          notes.add("end note " + n + ": " + text);
        }
      }
      EntryIntoForce eif = entryIntoForce(entry, page, row);
      out.add(new Participation(entry.id(), iso3, row, null, eif.date(), eif.basis(), String.join(" | ", notes)));
      report.kept();
    }
    List<String> without = treaty.values().stream()
        .filter(p -> p.row().consent() != null && !seen.contains(p.iso3()))
        .map(p -> p.row().name()).toList();
    String check = "the page prints no count for " + column + "; " + out.size() + " rows marked x"
        + (without.isEmpty() ? "" : "; parties to the treaty with no row in the table: " + String.join(", ", without));
    return new Instrument(fullName, adopted, out, check);
  }

  private record EntryIntoForce(LocalDate date, String basis) {}

  private static EntryIntoForce entryIntoForce(CatalogEntry entry, UntcStatusPage page, ParticipantRow r) {
    if (r.consent() == null) {
      return new EntryIntoForce(null, "");
    }
    if (page.entryIntoForce() == null) {
      return new EntryIntoForce(null, "treaty not in force at the status date");
    }
    if (r.consentCode().equals("d")) {
      return new EntryIntoForce(null, "succession: bound from the date of succession, which the page does not give");
    }
    LocalDate eif = entry.rule().forState(r.consent(), page.entryIntoForce());
    return new EntryIntoForce(eif, eif.equals(page.entryIntoForce()) && !entry.rule().after(r.consent()).equals(eif)
        ? "treaty's own entry into force (consent deposited before it)"
        : "rule " + entry.rule() + " applied to consent_date (treaties.csv eif_rule_citation)");
  }

  /**
   * Validates and interprets the rows of one page.
   *
   * @throws ImportException on an unknown name, a state not in {@code states.csv}, a duplicate state,
   *     a consent before the signature, or a withdrawal before the consent
   */
  public List<Participation> participants(UntcStatusPage page, CatalogEntry entry, ImportReport report) {
    String consentColumn = page.columns().get(page.columns().size() - 1);
    List<Participation> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ParticipantRow r : page.rows()) {
      report.read();
      if (NOT_STATES.contains(r.name())) {
        report.rejected(page.file(), r.line(), entry.id() + ": '" + r.name()
            + "' is a regional integration organisation, not a state");
        continue;
      }
      String iso3 = names.iso3(r.name(), page.file(), r.line(), "Participant");
      if (!states.contains(iso3)) {
        throw new ImportException(page.file(), r.line(), "Participant", "'" + r.name() + "' (" + iso3
            + ") is neither a UN member nor a listed non-member participant in states.csv");
      }
      if (!seen.add(iso3)) {
        throw new ImportException(page.file(), r.line(), "Participant", "duplicate (treaty, state): '"
            + r.name() + "' (" + iso3 + ") appears twice on the " + entry.id() + " page");
      }
      if (r.signature() == null && r.consent() == null && r.provisional() == null) {
        throw new ImportException(page.file(), r.line(), consentColumn, "'" + r.name() + "' has no date at all");
      }
      if (r.signature() != null && r.consent() != null && r.consent().isBefore(r.signature())) {
        throw new ImportException(page.file(), r.line(), consentColumn, "consent " + r.consent()
            + " is dated before the signature " + r.signature() + " of '" + r.name() + "'");
      }
      Withdrawal withdrawal = null;
      List<String> notes = new ArrayList<>();
      for (int n : r.footnotes()) {
        String text = page.endNotes().get(n);
        if (text == null) {
          continue; // the pages sometimes number a note they do not print
        }
        if (text.contains("Historical Information")) {
          notes.add("end note " + n + ": " + text);
        }
        Optional<Withdrawal> w;
        try {
          w = Withdrawal.fromNote(n, text);
        } catch (UntcDates.ImpossibleDate e) {
          throw new ImportException(page.file(), r.line(), "withdrawal (end note " + n + ")", e.getMessage());
        }
        if (w.isPresent()) {
          if (r.consent() == null) {
            throw new ImportException(page.file(), r.line(), "withdrawal (end note " + n + ")",
                "'" + r.name() + "' withdrew but has no consent on the page");
          }
          if (w.get().notified().isBefore(r.consent())) {
            throw new ImportException(page.file(), r.line(), "withdrawal (end note " + n + ")",
                "withdrawal notified " + w.get().notified() + " before the consent " + r.consent() + " of '" + r.name() + "'");
          }
          if (!r.consentWithdrawn() && !w.get().pending()) {
            // The page shows the consent as current, so an effective withdrawal in the note concerns an
            // earlier consent (denounced and re-acceded, e.g. Guyana, ICCPR-OP1): keep it as a note only.
            notes.add("end note " + n + " (earlier consent withdrawn, then re-joined): " + text);
            continue;
          }
          withdrawal = w.get();
        }
      }
      EntryIntoForce eif = entryIntoForce(entry, page, r);
      out.add(new Participation(entry.id(), iso3, r, withdrawal, eif.date(), eif.basis(), String.join(" | ", notes)));
      report.kept();
    }
    return out;
  }

  /** Compares the page's header counts with the counts of its rows (brackets excluded). */
  static String headerCheck(UntcStatusPage page) {
    boolean sigOk = page.headerSignatories() == null || page.headerSignatories() == page.rowSignatories();
    boolean partOk = page.headerParties() != null && page.headerParties() == page.rowParties();
    if (sigOk && partOk) {
      return "header counts equal row counts";
    }
    return "differs: header signatories " + page.headerSignatories() + " vs rows " + page.rowSignatories()
        + "; header parties " + page.headerParties() + " vs rows " + page.rowParties();
  }

  static Optional<LocalDate> openedForSignature(UntcStatusPage page) {
    Matcher m = OPENED.matcher(page.noteText());
    try {
      return m.find() ? UntcDates.parse(m.group(1)) : Optional.empty();
    } catch (UntcDates.ImpossibleDate e) {
      throw new ImportException(page.file(), 0, "Note (opened for signature)", e.getMessage());
    }
  }

  static String consentKind(String code, LocalDate consent) {
    if (consent == null) {
      return "";
    }
    return Map.of("", "ratification", "a", "accession", "d", "succession", "A", "acceptance",
        "AA", "approval", "P", "consent to be bound", "c", "formal confirmation").get(code);
  }

  static String withdrawalStatus(ParticipantRow r, Withdrawal w) {
    if (w != null && w.pending()) {
      return "pending at status date";
    }
    if (w != null && w.effective() != null) {
      return "effective";
    }
    if (w != null || r.consentWithdrawn()) {
      return "withdrawn, effective date not on the page";
    }
    return "";
  }

  static String sourceId(UntcStatusPage page) {
    return "untc:" + page.untcNumber() + "@" + page.statusAsAt();
  }

  private String read(String relative) {
    try {
      return Files.readString(treatySources.resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
