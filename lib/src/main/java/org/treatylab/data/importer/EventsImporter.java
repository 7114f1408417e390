package org.treatylab.data.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds {@code events.csv} (norm-affirming events of the Ottawa and Oslo processes, one row per
 * counted number, with low/high/preferred counts, count type, grade, source and quote) and
 * {@code event_state_lists.csv} (named states per event, where a source listed them, joined to ISO3),
 * from {@code sources/events/extracted_events.csv} and {@code extracted_state_lists.csv}
 * (see {@code EVENTS.md} and {@code PROVENANCE.md} there).
 */
public final class EventsImporter {
  /** Resource name of the events. */
  public static final String EVENTS = "events";
  /** Resource name of the state lists. */
  public static final String STATE_LISTS = "event_state_lists";

  /**
   * Count types that are Petrova's (2019) norm-affirming indicators: domestic measures or statements,
   * full participation, declarations, adoption and signature. Attendance with observers and UNGA votes
   * are context only (EVENTS.md, "How to read this file").
   */
  private static final Set<String> NORM_AFFIRMING = Set.of("support_domestic", "support", "support_partial",
      "full", "full_declaration", "declaration", "declaration_cumulative", "declaration_new", "adopt", "sign");
  private static final Set<String> COUNT_TYPES = Set.of("support_domestic", "support", "support_partial", "full",
      "full_declaration", "declaration", "declaration_cumulative", "declaration_new", "adopt", "sign", "attend",
      "attend_registered", "observers", "vote");
  private static final String OBSERVERS = "participants + observers";
  private static final String NAMES = "count of names";
  private static final String STATED_PLUS_NAMES = "stated count + names";
  private static final Map<String, String> GRADES = Map.of("S", "solid", "A", "approximate", "W", "weak");
  private static final Map<String, String> PROCESSES = Map.of("landmines", "landmines", "cluster", "cluster-munitions");

  private final Function<String, String> iso3Of;

  /**
   * Creates the importer.
   *
   * @param iso3Of state name to ISO 3166 alpha-3 code; throws on names it does not know
   */
  public EventsImporter(Function<String, String> iso3Of) {
    this.iso3Of = iso3Of;
  }

  /** Reads {@code extracted_events.csv} and returns the curated events, every count as extracted. */
  public CuratedDataset readEvents(Path csvFile) {
    return readEvents(csvFile, null);
  }

  /** The curated input naming the events whose counts are not facts of the source but sums or counts of names. */
  static final String COUNT_RULES = "event-count-rules.csv";

  /**
   * Reads {@code extracted_events.csv} and returns the curated events. A count that is no fact of a source
   * but a sum of two stated counts or the number of the states a sentence names is not stored: for the
   * events {@code curated-inputs/event-count-rules.csv} lists, the row keeps what the source states —
   * the observers beside the participants ({@code participants + observers}: {@code n_observers}, with
   * {@code n_high} left to {@link org.treatylab.data.Events}), or the named states ({@code count of names}:
   * {@code named_states}, with all three counts left to the library).
   *
   * @param countRules {@code event-count-rules.csv} (event_id, rule, named_states, note), or null for none
   * @throws ImportException also when a rule does not fit its event: the observers (n_high - n_low) not
   *     stated in the quote, a name the quote does not give, or a number of names that is not the count
   */
  public CuratedDataset readEvents(Path csvFile, SourceCsv countRules) {
    return readEvents(csvFile, countRules, null);
  }

  /**
   * As {@link #readEvents(Path, SourceCsv)}; a state a {@code count of names} rule names may also be named
   * by a sentence {@code curated-inputs/quote-sentences.csv} adds to the event's quote (the quote of C1 is
   * the title of Belgium's bill, which does not name the country), and the rule {@code stated count +
   * names} keeps the count the quote states as already on record ({@code n_already}: "the list of ten
   * countries already supporting a ban") beside the states it names as joining.
   *
   * @param sentences {@code quote-sentences.csv} (QuoteEvidence checks them), or null
   */
  public CuratedDataset readEvents(Path csvFile, SourceCsv countRules, SourceCsv sentences) {
    java.util.Map<String, List<String>> added = new java.util.TreeMap<>();
    if (sentences != null) {
      for (SourceCsv.Row r : sentences.rows()) {
        if (r.get("dataset").equals(EVENTS)) {
          added.computeIfAbsent(r.get("row_key"), k -> new java.util.ArrayList<>()).add(r.get("sentence"));
        }
      }
    }
    java.util.Map<String, SourceCsv.Row> rules = new java.util.TreeMap<>();
    if (countRules != null) {
      for (SourceCsv.Row r : countRules.requireColumns("event_id", "rule", "named_states", "note").rows()) {
        if (!List.of(OBSERVERS, NAMES, STATED_PLUS_NAMES).contains(r.required("rule"))) {
          throw r.error("rule", "is '" + r.get("rule") + "'; one of '" + OBSERVERS + "', '" + NAMES + "', '" + STATED_PLUS_NAMES + "'");
        }
        if (rules.put(r.required("event_id"), r) != null) {
          throw r.error("event_id", "event '" + r.get("event_id") + "' has two rules");
        }
      }
    }
    SourceCsv csv = SourceCsv.read(csvFile).requireColumns("id", "process", "date_start", "date_end", "event",
        "n_low", "n_high", "n_preferred", "count_type", "grade", "source_title", "url", "quote_exact");
    CuratedDataset out = eventsDataset(csv.fileName());
    Set<String> ids = new HashSet<>();
    for (SourceCsv.Row row : csv.rows()) {
      out.report().read();
      String id = row.required("id");
      if (!ids.add(id)) {
        throw row.error("id", "event id '" + id + "' occurs twice");
      }
      String process = PROCESSES.get(row.required("process"));
      if (process == null) {
        throw row.error("process", "unknown process '" + row.get("process") + "' (landmines or cluster)");
      }
      LocalDate start = date(row, "date_start");
      LocalDate end = date(row, "date_end");
      if (end.isBefore(start)) {
        throw row.error("date_end", "ends " + end + " before it starts " + start);
      }
      Long low = SourceValues.integerOrNull(row, "n_low");
      Long high = SourceValues.integerOrNull(row, "n_high");
      Long preferred = SourceValues.integerOrNull(row, "n_preferred");
      checkCounts(row, low, high, preferred);
      String type = row.required("count_type");
      if (!COUNT_TYPES.contains(type)) {
        throw row.error("count_type", "unknown count type '" + type + "'");
      }
      String grade = GRADES.get(row.required("grade"));
      if (grade == null) {
        throw row.error("grade", "unknown grade '" + row.get("grade") + "' (S, A or W)");
      }
      Long observers = null;
      Long alreadyCount = null;
      String named = "";
      SourceCsv.Row rule = rules.remove(id);
      if (rule != null && rule.get("rule").equals(OBSERVERS)) {
        if (low == null || high == null || !low.equals(preferred) || high <= low) {
          throw rule.error("rule", "event " + id + " counts " + low + " to " + high + " (preferred " + preferred
              + "): 'participants + observers' needs participants as low and preferred and a larger high");
        }
        observers = high - low;
        if (!QuoteEvidence.spec(EVENTS).states(row.get("quote_exact"), observers)) {
          throw rule.error("rule", "event " + id + ": the quote does not state the " + observers + " observers (n_high - n_low)");
        }
        high = null; // the library adds the observers to the participants
      } else if (rule != null) {
        List<String> names = List.of(rule.required("named_states").split("; "));
        List<String> sentencesOfRow = new java.util.ArrayList<>(List.of(row.get("quote_exact")));
        sentencesOfRow.addAll(added.getOrDefault(id, List.of()));
        for (String name : names) {
          if (sentencesOfRow.stream().noneMatch(q -> q.contains(name))) {
            throw rule.error("named_states", "event " + id + ": neither the quote nor a sentence quote-sentences.csv adds to it names '" + name + "'");
          }
          iso3Of.apply(name);
        }
        long already = 0;
        if (rule.get("rule").equals(STATED_PLUS_NAMES)) {
          already = preferred == null ? -1 : preferred - names.size();
          if (already <= 0 || !QuoteEvidence.spec(EVENTS).states(row.get("quote_exact"), already)) {
            throw rule.error("rule", "event " + id + ": the quote does not state the " + already + " states already on record (the count less the "
                + names.size() + " named)");
          }
          alreadyCount = already;
        }
        for (Long n : new Long[] {low, high, preferred}) {
          if (n == null || n != already + names.size()) {
            throw rule.error("named_states", "event " + id + " counts " + low + " to " + high + " (preferred " + preferred
                + "), not the " + (already > 0 ? already + " + " : "") + names.size() + " states named");
          }
        }
        named = String.join("; ", names);
        low = null;
        high = null;
        preferred = null;
      }
      out.keep(id, process, start, end, row.required("event"), low, high, preferred, observers, alreadyCount, named, type,
          NORM_AFFIRMING.contains(type), grade, row.required("source_title"), row.required("url"),
          row.required("quote_exact"));
    }
    if (!rules.isEmpty()) {
      throw rules.values().iterator().next().error("event_id", "no event '" + rules.keySet().iterator().next() + "' in " + csv.fileName());
    }
    // Landmines before cluster munitions, then by date: the order of the two processes.
    out.csv().sort(java.util.Comparator.<List<String>, Boolean>comparing(r -> !r.get(1).equals("landmines"))
        .thenComparing(r -> r.get(2))
        .thenComparing(r -> r.get(0)));
    return out;
  }

  /** Reads {@code extracted_state_lists.csv} and returns the curated lists joined to ISO3. */
  public CuratedDataset readStateLists(Path csvFile) {
    SourceCsv csv = SourceCsv.read(csvFile).requireColumns("list_id", "event", "date", "status", "state",
        "source_title", "url", "note");
    CuratedDataset out = listsDataset(csv.fileName());
    Set<String> seen = new HashSet<>();
    for (SourceCsv.Row row : csv.rows()) {
      out.report().read();
      String list = row.required("list_id");
      String state = row.required("state");
      String iso3;
      try {
        iso3 = iso3Of.apply(state);
      } catch (RuntimeException e) {
        throw row.error("state", "unknown state name '" + state + "': " + e.getMessage());
      }
      if (!seen.add(list + "|" + iso3)) {
        throw row.error("state", "'" + state + "' (" + iso3 + ") is listed twice in " + list);
      }
      String note = row.get("note");
      boolean partial = note.startsWith("PARTIAL") || list.equals("CCW_2006_sponsors");
      out.keep(list, row.required("event"), row.required("date"), row.required("status"), state, iso3,
          partial, note, row.required("source_title"), row.required("url"));
    }
    out.csv().sort((a, b) -> (a.get(0) + "|" + a.get(5)).compareTo(b.get(0) + "|" + b.get(5)));
    return out;
  }

  /** Fails when a count range is inverted: low &gt; high, or preferred outside low–high. */
  static void checkCounts(SourceCsv.Row row, Long low, Long high, Long preferred) {
    if (low == null && high == null && preferred == null) {
      throw row.error("n_preferred", "event gives no count at all");
    }
    if (low != null && high != null && low > high) {
      throw row.error("n_low", "count range low " + low + " > high " + high);
    }
    if (preferred != null && low != null && preferred < low) {
      throw row.error("n_preferred", "preferred count " + preferred + " < low " + low);
    }
    if (preferred != null && high != null && preferred > high) {
      throw row.error("n_preferred", "preferred count " + preferred + " > high " + high);
    }
    for (Long n : new Long[] {low, high, preferred}) {
      if (n != null && (n < 0 || n > 250)) {
        throw row.error("n_preferred", "a count of " + n + " states is impossible");
      }
    }
  }

  private static LocalDate date(SourceCsv.Row row, String column) {
    try {
      return LocalDate.parse(row.required(column));
    } catch (DateTimeParseException e) {
      throw row.error(column, "'" + row.get(column) + "' is not a date (YYYY-MM-DD)");
    }
  }

  private static CuratedDataset eventsDataset(String sourceFile) {
    return new CuratedDataset(EVENTS, "Norm-affirming events of the Ottawa (landmines) and Oslo (cluster munitions) processes",
        "One row per counted number of states at an event before the treaties opened for signature (plus the signing ceremonies), with a low/high/preferred count, what was counted, a grade and the exact quote. Signatures themselves come from the treaty data (complete), not from these counts.",
        List.of(
            Column.of("event_id", "string", "Id in EVENTS.md (L.. landmines, C.. cluster munitions; suffix a/b/c = another source or count for the same event)").required(),
            Column.of("process", "string", "landmines (Ottawa Process) or cluster-munitions (Oslo Process)").required().oneOf("landmines", "cluster-munitions"),
            Column.of("date_start", "date", "First day of the event").required(),
            Column.of("date_end", "date", "Last day of the event").required(),
            Column.of("event", "string", "What happened").required(),
            Column.of("n_low", "integer", "Lowest count the sources support (empty: no lower bound given)").unit("states").range(0, 250),
            Column.of("n_high", "integer", "Highest count the sources support (empty: open-ended, e.g. 'more than 40'; or computed by the library from n_observers or named_states)").unit("states").range(0, 250),
            Column.of("n_preferred", "integer", "The count the project uses (see EVENTS.md for why); empty where named_states gives the states (the library counts them)").unit("states").range(0, 250),
            Column.of("n_observers", "integer", "Observer states the source counts beside the participants (n_low, n_preferred), where it gives both: n_high, their sum, is then left empty and Events/NormEvents compute it (curated-inputs/" + COUNT_RULES + ")").unit("states").range(0, 250),
            Column.of("n_already", "integer", "States the quote counts as already on record before the named_states joined (\"the list of ten countries already supporting a ban\"): the counts are n_already plus the named states, computed by Events/NormEvents (curated-inputs/" + COUNT_RULES + ")").unit("states").range(0, 250),
            Column.of("named_states", "string", "The states the quote names, separated by '; ', where the count is their number: n_low, n_high and n_preferred are then left empty and Events/NormEvents count the names (curated-inputs/" + COUNT_RULES + ")"),
            Column.of("count_type", "string", "What was counted: support_domestic, support, support_partial, full, full_declaration, declaration, declaration_cumulative, declaration_new, adopt, sign, attend (incl. observers), attend_registered, observers, vote").required(),
            Column.of("norm_affirming", "boolean", "True for Petrova's (2019) norm-affirming indicators (domestic measures/support, full participation, declarations, adoption, signature); attendance and votes are context").required(),
            Column.of("grade", "string", "solid (official/contemporaneous or two independent sources), approximate (sources disagree or 'more than/some/nearly'), weak (secondary/derivative only)").required().oneOf("solid", "approximate", "weak"),
            Column.of("source_title", "string", "Title of the source page").required(),
            Column.of("source_url", "string", "Address of the stored copy").required(),
            Column.of("quote", "string", "Exact sentence from the source (Japanese and French quotes kept in the original)").required()))
        .primaryKey("event_id")
        .source("ICRC news releases 1995-1997, Japanese MFA, Canadian House of Commons, Norwegian and Austrian MFAs, APMBC ISU, CCM ISU, CMC, ICBL, IFRC, UNODA, Landmine/Cluster Munition Monitor, press; transcribed in treatylab shared/sources/events/" + sourceFile + " and EVENTS.md", "shared/sources/events/EVENTS.md")
        .caveat("Known conflicts are kept as low/high: Brussels Declaration 95 (ICRC, day of adoption) vs 97 (Belgian MFA, ISU, ACT); Ottawa signing 121/122/123; UNGA 51/45 S 155/156/157; Wellington Declaration 72/79/82; Livingstone 38 vs 39; Kampala 28 vs 29; Dublin 110 vs 111 participants.")
        .caveat("Oslo Declaration 2007: 46 of 49 (consistent), but one source says Egypt did not sign, so the named list of 46 is unverified.")
        .caveat("Vienna, February 1997: only 'more than 100' was verified; the usual '111' is not. No dated ICBL 'pro-ban list' for late 1995 to early 1996 was found.")
        .caveat("Petrova's own supplementary data (her Figures 3-4) were not found; the series is rebuilt from these counts.");
  }

  private static CuratedDataset listsDataset(String sourceFile) {
    return new CuratedDataset(STATE_LISTS, "Named states per norm-affirming event (partial lists)",
        "One row per (list, state): states named by a source as participants, endorsers or signatories of an event, joined to ISO3. Most lists are partial because stored pages were truncated.",
        List.of(
            Column.of("list_id", "string", "List id, e.g. MBT_sign_1997, Oslo_conf_2007, CCM_sign_2008").required(),
            Column.of("event", "string", "The event and the size of the full list").required(),
            Column.of("date", "string", "Date(s) as given by the source").required(),
            Column.of("status", "string", "What the state did: signed, participant, participant; declined Oslo Declaration, ...").required(),
            Column.of("state_name", "string", "State name as in the source (Japanese names translated; original in note)").required(),
            Column.of("iso3", "string", "ISO 3166-1 alpha-3 code").pattern(Column.ISO3).required(),
            Column.of("list_is_partial", "boolean", "True when the source list is known to be incomplete (truncated page or unnamed members)").required(),
            Column.of("note", "string", "Transcriber's note, verbatim"),
            Column.of("source_title", "string", "Title of the source page").required(),
            Column.of("source_url", "string", "Address of the stored copy").required()))
        .source("Disarmament Diplomacy 21 (1997), JCBL, CMC reports (2008), WILPF/Reaching Critical Will (2006), UN Treaty Collection XXVI-6; transcribed in treatylab shared/sources/events/" + sourceFile, "shared/sources/events/PROVENANCE.md")
        .caveat("Partial: Ottawa 1997 signatories 115 of 123 (stored text ends at 'Ugand'); CCM signatories Dec 2008 39 of 94 (Afghanistan to El Salvador only); CCW 2006 names only the 6 sponsors of 27 supporters.")
        .caveat("Not found: named lists of the Ottawa Group (50), Brussels Declaration (97), Oslo 1997 participants (89), Wellington subscribers, Dublin adopters (107).");
  }
}
