package org.treatylab.data.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds {@code holdouts.csv} (the states outside the Mine Ban Treaty at its status date, with the
 * sourced facts behind the security categories of Varda and Popadić 2025) and {@code state_borders.csv}
 * (land borders between states, from the {@code world-countries} package).
 *
 * <p>The holdouts come from the hand-kept {@code datasets/curated-inputs/holdouts-source.csv}: one row per
 * state, each fact with its source and address, empty where no source was found. The import checks
 * the file against the treaty datasets already in the datasets folder (ImportData runs the treaty step
 * first): every row must be a UN member outside the MBT at the status date of the MBT's status page,
 * and every such state must have a row; an unknown ISO3 code fails the import with file, line and field.
 *
 * <p>The category is derived, never typed: {@code great power} (a permanent member of the Security
 * Council), else {@code armed conflict} (a sourced armed conflict), else {@code near-peer adversary or
 * contested border} (a sourced adversary or border dispute), else {@code other or unsourced}.
 */
public final class HoldoutsImporter {
  static final String SOURCE = "holdouts-source.csv";
  static final String WORLD = StatesImporter.WORLD;
  static final String WORLD_URL =
      "https://github.com/mledoze/countries/blob/v5.1.0/countries.json";

  /** The categories, in the order they are tried. */
  public static final List<String> CATEGORIES = List.of("great power", "armed conflict",
      "near-peer adversary or contested border", "other or unsourced");

  private final Path datasets;

  /** Checks against the treaty datasets in {@code datasetsDir}. */
  public HoldoutsImporter(Path datasetsDir) {
    this.datasets = datasetsDir;
  }

  /** Returns the MBT's status date from {@code treaties.csv}. */
  LocalDate statusDate() {
    return SourceCsv.read(datasets.resolve("treaties.csv")).rows().stream()
        .filter(r -> r.get("treaty_id").equals("mbt")).map(r -> LocalDate.parse(r.required("status_as_at")))
        .findFirst().orElseThrow(() -> new ImportException("treaties.csv", 0, "treaty_id", "no row for mbt"));
  }

  /** Returns the ISO3 codes of the UN members at {@code date} that are not MBT parties then. */
  Map<String, String> outsideAt(LocalDate date) {
    Map<String, String> members = new TreeMap<>();
    for (SourceCsv.Row r : SourceCsv.read(datasets.resolve("un_membership.csv")).rows()) {
      boolean in = !LocalDate.parse(r.get("admitted")).isAfter(date)
          && (r.get("left").isEmpty() || LocalDate.parse(r.get("left")).isAfter(date));
      if (in && r.get("kind").equals("member")) {
        members.put(r.get("state_code"), r.get("name"));
      }
    }
    for (SourceCsv.Row r : SourceCsv.read(datasets.resolve("treaty_participation.csv")).rows()) {
      if (!r.get("treaty_id").equals("mbt") || r.get("consent_date").isEmpty()) {
        continue;
      }
      boolean consented = !LocalDate.parse(r.get("consent_date")).isAfter(date);
      String left = r.get("withdrawal_effective");
      boolean withdrawn = !left.isEmpty() && !LocalDate.parse(left).isAfter(date);
      if (consented && !withdrawn) {
        members.remove(r.get("iso3"));
      }
    }
    return members;
  }

  /** Returns the ISO3 codes in {@code states.csv}. */
  Set<String> stateCodes() {
    Set<String> codes = new TreeSet<>();
    SourceCsv.read(datasets.resolve("states.csv")).rows().forEach(r -> codes.add(r.get("iso3")));
    return codes;
  }

  /** Reads the hand-kept source from the curated inputs and builds {@code holdouts.csv}. */
  public CuratedDataset holdouts(CuratedInputs inputs) {
    return holdouts(inputs.csv(SOURCE));
  }

  /** Builds {@code holdouts.csv} from {@code source} (for tests). */
  CuratedDataset holdouts(SourceCsv source) {
    source.requireColumns("iso3", "name", "p5_member", "p5_source", "p5_url", "armed_conflict",
        "armed_conflict_source", "armed_conflict_url", "adversary_or_border", "adversary_source", "adversary_url",
        "stated_reason", "stated_reason_source", "stated_reason_url", "note");
    LocalDate date = statusDate();
    Map<String, String> outside = outsideAt(date);
    Set<String> codes = stateCodes();
    CuratedDataset d = new CuratedDataset("holdouts", "States outside the Mine Ban Treaty, with sourced security facts",
        "One row per UN member outside the Mine Ban Treaty at the status date of the MBT's UN Treaty Collection "
            + "page, with the facts behind the security categories of Varda and Popadic (2025): permanent membership "
            + "of the Security Council, a listed armed conflict, a near-peer adversary or contested border, a stated "
            + "reason for not joining; each with its source and address. Empty means no source was found.",
        List.of(Column.of("iso3", "string", "ISO 3166-1 alpha-3 code").pattern(Column.ISO3).required(),
            Column.of("name", "string", "State name (UN member list)").required(),
            Column.of("status_date", "date", "Date at which the state is outside the MBT (status date of the UNTC page)").required(),
            Column.of("category", "string", "Derived: first of great power / armed conflict / near-peer adversary or contested border / other or unsourced whose fact is present")
                .required().oneOf(CATEGORIES.toArray(String[]::new)),
            Column.of("p5_member", "boolean", "Permanent member of the UN Security Council").required(),
            Column.of("p5_source", "string", "Source of p5_member"),
            Column.of("p5_url", "string", "Address of p5_source"),
            Column.of("armed_conflict", "string", "An armed conflict the state is party to or on its territory, as a public source lists it; empty if none was sourced"),
            Column.of("armed_conflict_source", "string", "Source of armed_conflict"),
            Column.of("armed_conflict_url", "string", "Address of armed_conflict_source"),
            Column.of("adversary_iso3", "string", "ISO3 codes (;-separated) of the sourced adversary or border-dispute counterpart"),
            Column.of("adversary_or_border", "string", "The adversary or contested border as the source describes it"),
            Column.of("adversary_source", "string", "Source of adversary_or_border"),
            Column.of("adversary_url", "string", "Address of adversary_source"),
            Column.of("stated_reason", "string", "A stated reason for not joining, where one is on record"),
            Column.of("stated_reason_source", "string", "Source of stated_reason"),
            Column.of("stated_reason_url", "string", "Address of stated_reason_source"),
            Column.of("note", "string", "What is missing or how to read the row"),
            Column.of("source_id", "string", "treatylab:holdouts-source.csv:line").required()));
    Set<String> seen = new HashSet<>();
    for (SourceCsv.Row r : source.rows()) {
      d.report().read();
      String iso3 = r.required("iso3");
      if (!codes.contains(iso3)) {
        throw r.error("iso3", "unknown ISO3 code '" + iso3 + "' (not in states.csv)");
      }
      if (!seen.add(iso3)) {
        throw r.error("iso3", "duplicate row for " + iso3);
      }
      if (!outside.containsKey(iso3)) {
        throw r.error("iso3", iso3 + " is not outside the MBT at " + date + " (a party then, or not a UN member)");
      }
      boolean p5 = switch (r.required("p5_member")) {
        case "true" -> true;
        case "false" -> false;
        default -> throw r.error("p5_member", "must be true or false");
      };
      requireSourced(r, "p5_source", "p5_url", p5 ? "true" : "");
      requireSourced(r, "armed_conflict_source", "armed_conflict_url", r.get("armed_conflict"));
      requireSourced(r, "adversary_source", "adversary_url", r.get("adversary_or_border"));
      requireSourced(r, "stated_reason_source", "stated_reason_url", r.get("stated_reason"));
      String adversaries = adversaryCodes(r, codes);
      String category = p5 ? CATEGORIES.get(0)
          : !r.get("armed_conflict").isEmpty() ? CATEGORIES.get(1)
          : !adversaries.isEmpty() ? CATEGORIES.get(2)
          : CATEGORIES.get(3);
      d.keep(iso3, outside.get(iso3), date, category, p5, r.get("p5_source"), r.get("p5_url"),
          r.get("armed_conflict"), r.get("armed_conflict_source"), r.get("armed_conflict_url"), adversaries,
          r.get("adversary_or_border"), r.get("adversary_source"), r.get("adversary_url"), r.get("stated_reason"),
          r.get("stated_reason_source"), r.get("stated_reason_url"), r.get("note"), "treatylab:" + SOURCE + ":" + r.line());
    }
    for (String iso3 : outside.keySet()) {
      if (!seen.contains(iso3)) {
        throw new ImportException(SOURCE, 0, "iso3", iso3 + " (" + outside.get(iso3) + ") is outside the MBT at "
            + date + " but has no row; add one (leave facts empty where none can be sourced)");
      }
    }
    d.sortByColumns(1);
    d.primaryKey("iso3");
    d.source("treatylab hand-kept holdouts table, facts cited per row", CuratedInputs.projectPath(SOURCE));
    d.source("UN Treaty Collection status pages (via treaty_participation.csv, un_membership.csv)", "treaty_participation.csv");
    d.caveat("Empty fact columns mean that no source was found in the compilation, not that the fact is absent.");
    d.caveat("Several facts come from secondary summaries (blogs, a newspaper, a copy of Wikipedia) of primary classifications (Geneva Academy RULAC, UCDP); the source column says which.");
    return d;
  }

  private static void requireSourced(SourceCsv.Row r, String source, String url, String fact) {
    if (!fact.isEmpty() && (r.get(source).isEmpty() || r.get(url).isEmpty())) {
      throw r.error(source, "a fact needs its source and address");
    }
    if (fact.isEmpty() && !r.get(source).isEmpty()) {
      throw r.error(source, "a source without a fact");
    }
  }

  /** The ISO3 codes before the first ':' of adversary_or_border, ;-separated, each a known state. */
  private static String adversaryCodes(SourceCsv.Row r, Set<String> codes) {
    String text = r.get("adversary_or_border");
    if (text.isEmpty()) {
      return "";
    }
    String head = text.contains(":") ? text.substring(0, text.indexOf(':')) : text;
    for (String c : head.split(";")) {
      if (!codes.contains(c.trim())) {
        throw r.error("adversary_or_border", "unknown ISO3 code '" + c.trim() + "' (start the field with ISO3 codes, ;-separated)");
      }
    }
    return head.replace(" ", "");
  }

  /** Builds {@code state_borders.csv}: one row per land border of a state, in both directions. */
  public CuratedDataset borders(Path sources) {
    JsonNode world;
    try {
      world = new ObjectMapper().readTree(sources.resolve(WORLD).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> codes = stateCodes();
    CuratedDataset d = new CuratedDataset("state_borders", "Land borders between states",
        "One row per state and land neighbour (each border appears once from each side), from the 'borders' "
            + "field of the world-countries package; only states in states.csv are kept.",
        List.of(Column.of("iso3", "string", "ISO3 code of the state").pattern(Column.ISO3).required(),
            Column.of("neighbour_iso3", "string", "ISO3 code of a state it shares a land border with").pattern(Column.ISO3).required(),
            Column.of("source_id", "string", "Source file and entry").required(),
            Column.of("source_url", "string", "Address of the source").required()));
    int entry = 0;
    for (JsonNode c : world) {
      entry++;
      String iso3 = c.path("cca3").asText();
      for (JsonNode b : c.path("borders")) {
        d.report().read();
        String n = b.asText();
        if (!codes.contains(iso3) || !codes.contains(n)) {
          d.report().rejected(WORLD, entry, iso3 + "-" + n + ": " + (codes.contains(iso3) ? n : iso3)
              + " is a territory, not a state in states.csv");
          continue;
        }
        d.keep(iso3, n, WORLD + "#" + iso3, WORLD_URL);
      }
    }
    d.sortByColumns(2);
    d.primaryKey("iso3", "neighbour_iso3");
    d.source("world-countries 5.1.0 (mledoze/countries), ODbL 1.0", WORLD_URL);
    d.caveat("Land borders only; maritime neighbours are not listed.");
    return d;
  }
}
