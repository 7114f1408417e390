package org.treatylab.data.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds {@code states.csv}, {@code un_membership.csv} and {@code state_names.csv} from the country
 * sources in {@code shared/sources/countries/} (UN M49 regions with ISO codes, the UN member list
 * with admission dates from Wikipedia, the {@code world-countries} spellings) and the second UN member
 * list in {@code shared/sources/treaties/un_members/}, plus two small hand-kept tables with a citation
 * per row: historical names ({@code state_name_aliases.csv}) and former members / interruptions of
 * membership ({@code un_membership_changes.csv}), which no source file holds.
 */
public final class StatesImporter {
  static final String LUKES = "countries/iso3166_m49_lukes_all.csv";
  static final String UNSD = "countries/unsd_m49_overview_2019.csv";
  static final String WORLD = "countries/world-countries_5.1.0_countries.json";
  static final String WIKI = "countries/un_member_states_admission_dates.json";
  static final String ETHOS = "treaties/un_members/onofreicl_ethos_countries.md";
  static final String ALIASES = "state_name_aliases.csv";
  static final String CHANGES = "un_membership_changes.csv";

  /**
   * States that join treaties without being UN members. The UNTC pages of this project show these
   * four; the treaty importer fails if a participant is neither a UN member nor listed here.
   */
  static final Map<String, String> NON_MEMBER_PARTICIPANTS = new TreeMap<>(Map.of(
      "VAT", "Holy See: UN General Assembly non-member observer State",
      "PSE", "State of Palestine: UN General Assembly non-member observer State (since 2012)",
      "COK", "Cook Islands: self-governing in free association with New Zealand; treaty-making capacity recognised by the UN Secretary-General (1992)",
      "NIU", "Niue: self-governing in free association with New Zealand; treaty-making capacity recognised by the UN Secretary-General (1994)"));

  private static final Set<String> NOT_PACIFIC_ISLANDS = Set.of("AUS", "NZL");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the import produced, for the treaty importer and the printed report. */
  public record Result(StateNameResolver resolver, Set<String> stateCodes, List<ImportReport> reports) {}

  private final Path sources;
  private final CuratedInputs inputs;

  /** Reads from the {@code shared/sources} folder and the hand-kept {@code datasets/curated-inputs}. */
  public StatesImporter(Path sourcesDir, CuratedInputs inputs) {
    this.sources = sourcesDir;
    this.inputs = inputs;
  }

  /** Builds the resolver, writes the three datasets to {@code datasetsDir}, and returns the reports. */
  public Result run(Path datasetsDir) {
    List<SourceCsv.Row> m49 = SourceCsv.read(sources.resolve(LUKES)).requireColumns("name", "alpha-3", "country-code", "region", "sub-region", "intermediate-region").rows();
    List<SourceCsv.Row> unsd = SourceCsv.read(sources.resolve(UNSD)).requireColumns("Country or Area", "ISO-alpha3 Code").rows();
    List<SourceCsv.Row> aliases = inputs.csv(ALIASES).requireColumns("name", "iso3", "note", "citation").rows();
    List<SourceCsv.Row> changes = inputs.csv(CHANGES).requireColumns("state_code", "name", "admitted", "left", "kind", "m49_region", "m49_sub_region", "note", "citation").rows();
    JsonNode world = readJson(WORLD);
    JsonNode wiki = readJson(WIKI).path("countries");

    // Names: most careful sources first (hand-kept, ISO/M49), alternative spellings last.
    StateNameResolver.Builder names = StateNameResolver.builder();
    Map<String, NameSource> nameRows = new TreeMap<>();
    for (SourceCsv.Row r : aliases) {
      names.add(r.get("name"), r.get("iso3"));
      nameRows.putIfAbsent(r.get("name"), new NameSource(r.get("iso3"), "treatylab:" + ALIASES + ":" + r.line()));
    }
    for (SourceCsv.Row r : m49) {
      names.add(r.get("name"), r.get("alpha-3"));
      nameRows.putIfAbsent(r.get("name"), new NameSource(r.get("alpha-3"), LUKES));
    }
    for (SourceCsv.Row r : unsd) {
      if (!r.get("ISO-alpha3 Code").isEmpty()) {
        String name = r.get("Country or Area").replace(";", ",");
        names.add(name, r.get("ISO-alpha3 Code"));
        nameRows.putIfAbsent(name, new NameSource(r.get("ISO-alpha3 Code"), UNSD));
      }
    }
    Map<String, List<String>> looseNames = new TreeMap<>();
    for (JsonNode c : world) {
      String iso3 = c.path("cca3").asText();
      List<String> spellings = new ArrayList<>();
      spellings.add(c.path("name").path("common").asText());
      spellings.add(c.path("name").path("official").asText());
      c.path("altSpellings").forEach(a -> {
        if (a.asText().length() > 3) { // two-letter codes are not names
          spellings.add(a.asText());
        }
      });
      for (String s : spellings) {
        names.addLoose(s, iso3);
        looseNames.computeIfAbsent(s, k -> new ArrayList<>()).add(iso3);
      }
    }
    StateNameResolver.Builder namesSoFar = names;

    // UN members (Wikipedia list), cross-checked against the second list.
    ImportReport membersReport = new ImportReport("un_membership.csv");
    Map<String, LocalDate> ethos = readEthos(namesSoFar);
    Map<String, Member> members = new TreeMap<>();
    int line = 0;
    for (JsonNode c : wiki) {
      line++;
      membersReport.read();
      String name = c.path("country").asText();
      String iso3 = namesSoFar.find(name).orElseThrow(() -> new ImportException(WIKI, 0, "country",
          "unknown state name '" + name + "'; add it to " + ALIASES));
      LocalDate admitted;
      try {
        admitted = UntcDates.parse(c.path("date").asText()).orElseThrow(() -> new ImportException(
            WIKI, 0, "date", "malformed date '" + c.path("date").asText() + "' for " + name));
      } catch (UntcDates.ImpossibleDate e) {
        throw new ImportException(WIKI, 0, "date", e.getMessage() + " for " + name);
      }
      if (members.containsKey(iso3)) {
        throw new ImportException(WIKI, 0, "country", "duplicate member " + iso3 + " ('" + name + "')");
      }
      members.put(iso3, new Member(iso3, name, admitted, c.path("url_country").asText()));
      nameRows.putIfAbsent(name, new NameSource(iso3, WIKI));
      membersReport.kept();
    }

    // Membership spells, with former members and interruptions from the hand-kept table.
    CsvOut membership = new CsvOut(List.of("state_code", "name", "admitted", "left", "kind", "note",
        "source_id", "source_url"));
    Map<String, List<SourceCsv.Row>> absences = new TreeMap<>();
    for (SourceCsv.Row r : changes) {
      membersReport.read();
      LocalDate admitted = r.dateOrNull("admitted");
      LocalDate left = r.dateOrNull("left");
      if (admitted == null) {
        throw r.error("admitted", "is empty but required");
      }
      if (left != null && !left.isAfter(admitted)) {
        throw r.error("left", left + " is not after 'admitted' " + admitted + ": dates out of order");
      }
      if (r.get("kind").equals("absence")) {
        absences.computeIfAbsent(r.get("state_code"), k -> new ArrayList<>()).add(r);
      } else {
        membership.row(r.get("state_code"), r.get("name"), r.get("admitted"), r.get("left"), r.get("kind"),
            r.get("note"), "treatylab:" + CHANGES + ":" + r.line(), urlIn(r.get("citation")));
      }
      membersReport.kept();
    }
    for (Member m : members.values()) {
      String note = "";
      LocalDate other = ethos.get(m.iso3);
      if (other == null) {
        note = "not found in the second list (" + ETHOS + ")";
      } else if (!other.equals(m.admitted)) {
        note = "second list (" + ETHOS + ") gives " + other + "; the project uses this date (Wikipedia list, "
            + "which agrees with the UN document cited in shared/sources/treaties/PROVENANCE.md)";
      }
      LocalDate from = m.admitted;
      for (SourceCsv.Row a : absences.getOrDefault(m.iso3, List.of())) {
        membership.row(m.iso3, m.name, from, a.get("admitted"), "member",
            "membership interrupted: " + a.get("note"), WIKI + " + treatylab:" + CHANGES + ":" + a.line(),
            "https://en.wikipedia.org/wiki/Member_states_of_the_United_Nations");
        from = a.dateOrNull("left");
        if (from == null || !from.isAfter(a.dateOrNull("admitted"))) {
          throw a.error("left", "an interruption must end ('left') after it starts ('admitted' " + a.get("admitted") + ")");
        }
      }
      membership.row(m.iso3, m.name, from, null, "member", note, WIKI,
          "https://en.wikipedia.org/wiki/Member_states_of_the_United_Nations");
    }
    membership.sort(Comparator.comparing((List<String> r) -> r.get(0)).thenComparing(r -> r.get(2)));
    membership.write(datasetsDir.resolve("un_membership.csv"));

    // States: UN members and the non-member participants, with M49 regions.
    ImportReport statesReport = new ImportReport("states.csv");
    CsvOut states = new CsvOut(List.of("iso3", "name", "m49_code", "m49_region", "m49_sub_region",
        "m49_intermediate_region", "paper_group", "sub_saharan_africa", "un_member", "un_admission_date",
        "current", "non_member_note", "source_id", "source_url"));
    Set<String> codes = new TreeSet<>();
    for (SourceCsv.Row r : m49) {
      statesReport.read();
      String iso3 = r.get("alpha-3");
      Member m = members.get(iso3);
      if (m == null && !NON_MEMBER_PARTICIPANTS.containsKey(iso3)) {
        statesReport.rejected(LUKES, r.line(), iso3 + " (" + r.get("name") + "): a territory or area, "
            + "neither a UN member nor a non-member treaty participant");
        continue;
      }
      String region = r.get("region");
      String sub = r.get("sub-region");
      String group = region.equals("Africa") ? "Africa"
          : sub.equals("Latin America and the Caribbean") ? "Latin America and the Caribbean"
          : region.equals("Oceania") && !NOT_PACIFIC_ISLANDS.contains(iso3) ? "Pacific Islands"
          : "other";
      states.row(iso3, m != null ? m.name : r.get("name"), r.get("country-code"), region, sub,
          r.get("intermediate-region"), group, sub.equals("Sub-Saharan Africa"), m != null,
          m != null ? m.admitted : null, true, m == null ? NON_MEMBER_PARTICIPANTS.get(iso3) : "",
          LUKES + (m != null ? " + " + WIKI : ""),
          "https://github.com/lukes/ISO-3166-Countries-with-Regional-Codes/blob/145f1ad3caff212ed25f42b0ee2c8b92a75af895/all/all.csv");
      codes.add(iso3);
      statesReport.kept();
    }
    for (SourceCsv.Row r : changes) {
      if (r.get("kind").equals("former member")) {
        statesReport.read();
        String region = r.get("m49_region");
        states.row(r.get("state_code"), r.get("name"), "", region, r.get("m49_sub_region"), "",
            region.equals("Africa") ? "Africa" : "other", false, false, r.get("admitted"), false,
            "former UN member (" + r.get("admitted") + " to " + r.get("left") + "); region: that of its successor states",
            "treatylab:" + CHANGES + ":" + r.line(), urlIn(r.get("citation")));
        codes.add(r.get("state_code"));
        statesReport.kept();
      }
    }
    for (String iso3 : members.keySet()) {
      if (!codes.contains(iso3)) {
        throw new ImportException(LUKES, 0, "alpha-3", "UN member " + iso3 + " has no M49 row");
      }
    }
    states.sort(Comparator.comparing(r -> r.get(0)));
    states.write(datasetsDir.resolve("states.csv"));

    // The names the standard resolver will use: every unambiguous spelling met above.
    ImportReport namesReport = new ImportReport("state_names.csv");
    CsvOut nameOut = new CsvOut(List.of("name", "iso3", "source_id"));
    looseNames.forEach((n, isos) -> nameRows.putIfAbsent(n, new NameSource(isos.get(0), WORLD)));
    for (Map.Entry<String, NameSource> e : nameRows.entrySet()) {
      namesReport.read();
      if (StateNameResolver.normalise(e.getKey()).isEmpty()) {
        namesReport.rejected(e.getValue().source, 0, "'" + e.getKey() + "' -> " + e.getValue().iso3
            + ": no Latin letters; the resolver matches Latin-script spellings only");
        continue;
      }
      Optional<String> resolved = namesSoFar.find(e.getKey());
      if (resolved.isEmpty() || !resolved.get().equals(e.getValue().iso3)) {
        namesReport.rejected(e.getValue().source, 0, "'" + e.getKey() + "' -> " + e.getValue().iso3
            + ": spelling is ambiguous or taken by a more careful source");
        continue;
      }
      nameOut.row(e.getKey(), e.getValue().iso3, e.getValue().source);
      namesReport.kept();
    }
    nameOut.sort(Comparator.comparing((List<String> r) -> r.get(1)).thenComparing(r -> r.get(0)));
    nameOut.write(datasetsDir.resolve(StateNameResolver.DATASET));

    StateNameResolver resolver = namesSoFar.build();
    return new Result(resolver, codes, List.of(statesReport.requireBalanced(),
        membersReport.requireBalanced(), namesReport.requireBalanced()));
  }

  private record Member(String iso3, String name, LocalDate admitted, String url) {}

  private record NameSource(String iso3, String source) {}

  private Map<String, LocalDate> readEthos(StateNameResolver.Builder names) {
    Map<String, LocalDate> out = new LinkedHashMap<>();
    try {
      List<String> lines = Files.readAllLines(sources.resolve(ETHOS), StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i);
        if (!l.matches("^1\\. .*, \\d{2}-\\d{2}-\\d{4}\\s*$")) {
          continue; // prose and the list of non-members
        }
        int comma = l.lastIndexOf(", ");
        String name = l.substring(3, comma).trim();
        String[] dmy = l.substring(comma + 2).trim().split("-");
        String iso3 = names.find(name).orElseThrow(() -> new ImportException(ETHOS, 0, "name",
            "unknown state name '" + name + "'; add it to " + ALIASES));
        out.put(iso3, LocalDate.of(Integer.parseInt(dmy[2]), Integer.parseInt(dmy[1]), Integer.parseInt(dmy[0])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private JsonNode readJson(String relative) {
    try {
      return JSON.readTree(sources.resolve(relative).toFile());
    } catch (IOException e) {
      throw new ImportException(relative, 0, null, "not readable JSON: " + e.getMessage());
    }
  }

  private static String urlIn(String citation) {
    int i = citation.indexOf("https://");
    if (i < 0) {
      return "";
    }
    String rest = citation.substring(i);
    int end = rest.indexOf(';');
    return end < 0 ? rest.trim() : rest.substring(0, end).trim();
  }
}
