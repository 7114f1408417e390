package org.treatylab.data.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Rebuilds the Landmine Monitor, norm-event and paper-claims datasets in {@code datasets/} from the
 * raw material in the shared {@code sources/} folder.
 *
 * <p>Usage: {@code ImportMonitor <sourcesDir> <datasetsDir>}, where {@code sourcesDir} is the shared
 * {@code sources} folder (with {@code monitor/}, {@code events/}, {@code countries/}; the papers are read
 * from its sibling {@code papers/} to check the claims' quotes). Prints {@code name: in N = kept K +
 * rejected R} per dataset and every rejection. Output is byte-identical for the same inputs.
 */
public final class ImportMonitor {
  private ImportMonitor() {}

  /**
   * Runs all the importers.
   *
   * @param args {@code <sourcesDir> <datasetsDir>}
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: ImportMonitor <sourcesDir> <datasetsDir>");
      System.exit(2);
    }
    Path sources = Path.of(args[0]).toAbsolutePath().normalize();
    Path datasets = Path.of(args[1]).toAbsolutePath().normalize();
    Function<String, String> iso3Of = iso3Resolver(sources);
    List<CuratedDataset> built = run(sources, datasets, iso3Of);
    for (CuratedDataset d : built) {
      System.out.println(d.report());
      d.report().rejections().forEach(r -> System.out.println("  rejected " + r));
    }
  }

  /**
   * Returns the state-name-to-ISO3 function every importer uses; throws on unknown names.
   *
   * @param sources the shared sources folder
   */
  static Function<String, String> iso3Resolver(Path sources) {
    // >>> RESOLVER PLUG-IN POINT: on merge, replace this line with the treaties branch's StateNameResolver. <<<
    return TemporaryIso3Lookup.from(sources.resolve("countries/iso3166_m49_lukes_all.csv"));
  }

  /**
   * Imports everything and writes the CSVs and their {@code datapackage.json} resources.
   *
   * @return the datasets built, in the order written
   */
  public static List<CuratedDataset> run(Path sources, Path datasets, Function<String, String> iso3Of) {
    Path monitor = sources.resolve("monitor");
    Path events = sources.resolve("events");
    MonitorFigures figures = MonitorFigures.read(monitor.resolve("FIGURES.md"));
    List<CuratedDataset> built = new ArrayList<>();
    built.add(new MonitorCasualtiesImporter(figures).read(monitor.resolve("transcribed_casualties_by_year.csv")));
    built.add(new MonitorSharesImporter(figures).read(monitor.resolve("transcribed_civilian_child_shares.csv")));
    built.add(new MonitorFundingImporter(figures).read(monitor.resolve("transcribed_funding_by_year.csv")));
    built.add(new MonitorClearanceImporter(figures).read(monitor.resolve("transcribed_clearance_by_year.csv")));
    MonitorParametersImporter.Result parameters = new MonitorParametersImporter(figures, iso3Of).read(
        SourceCsv.parse("parameters.csv", resource("/org/treatylab/monitor/parameters.csv")),
        SourceCsv.read(monitor.resolve("transcribed_unicef1997_mines_by_country.csv")));
    built.add(parameters.costs());
    built.add(parameters.stockpiles());
    built.add(new SubSaharanListsImporter(iso3Of, figures).read(monitor.resolve("transcribed_ssa_lists.csv")));
    EventsImporter eventsImporter = new EventsImporter(iso3Of);
    built.add(eventsImporter.readEvents(events.resolve("extracted_events.csv")));
    built.add(eventsImporter.readStateLists(events.resolve("extracted_state_lists.csv")));
    Set<String> existing = new TreeSet<>(existingResources(datasets));
    built.forEach(d -> existing.add(d.name()));
    built.add(new ClaimsImporter(existing, sources.resolveSibling("papers")).read(
        SourceCsv.parse("claims-source.csv", resource("/org/treatylab/claims/claims-source.csv"))));
    List<ObjectNode> resources = new ArrayList<>();
    for (CuratedDataset d : built) {
      d.write(datasets);
      resources.add(d.resource());
    }
    DataPackage.putResources(datasets, resources);
    return built;
  }

  /** Returns the resource names already described in the datasets folder's datapackage.json. */
  static Set<String> existingResources(Path datasets) {
    Path file = datasets.resolve(DataPackage.FILE_NAME);
    Set<String> names = new TreeSet<>();
    if (Files.exists(file)) {
      try {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        root.path("resources").forEach(r -> names.add(r.path("name").asText()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return names;
  }

  static String resource(String path) {
    try (InputStream in = ImportMonitor.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("resource " + path + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A stop-gap name-to-ISO3 lookup built from the ISO 3166 table in {@code sources/countries/} plus the
   * spellings the Monitor and event sources use.
   *
   * <p>TODO(merge): replaced by the treaties branch's {@code StateNameResolver} on merge; do not extend
   * it beyond what these sources need.
   */
  private static final class TemporaryIso3Lookup implements Function<String, String> {
    private static final Map<String, String> ALIASES = Map.ofEntries(
        Map.entry("bosnia herzegovina", "BIH"), Map.entry("bosnia", "BIH"),
        Map.entry("democratic republic of the congo", "COD"), Map.entry("dr congo", "COD"),
        Map.entry("united republic of tanzania", "TZA"), Map.entry("tanzania", "TZA"),
        Map.entry("iran", "IRN"), Map.entry("bolivia", "BOL"), Map.entry("venezuela", "VEN"),
        Map.entry("laos", "LAO"), Map.entry("moldova", "MDA"), Map.entry("macedonia", "MKD"),
        Map.entry("fyr macedonia", "MKD"), Map.entry("russia", "RUS"), Map.entry("syria", "SYR"),
        Map.entry("vietnam", "VNM"), Map.entry("czech republic", "CZE"), Map.entry("turkey", "TUR"),
        Map.entry("uk", "GBR"), Map.entry("united kingdom", "GBR"), Map.entry("usa", "USA"),
        Map.entry("united states", "USA"), Map.entry("swaziland", "SWZ"), Map.entry("cape verde", "CPV"),
        Map.entry("ivory coast", "CIV"), Map.entry("south korea", "KOR"), Map.entry("republic of korea", "KOR"),
        Map.entry("micronesia", "FSM"), Map.entry("vatican", "VAT"), Map.entry("brunei", "BRN"),
        Map.entry("east timor", "TLS"), Map.entry("republic of the congo", "COG"),
        Map.entry("congo (brazzaville)", "COG"), Map.entry("palestine", "PSE"),
        Map.entry("st. kitts and nevis", "KNA"), Map.entry("st kitts and nevis", "KNA"),
        Map.entry("st. lucia", "LCA"), Map.entry("st lucia", "LCA"),
        Map.entry("st. vincent and the grenadines", "VCT"), Map.entry("st vincent and the grenadines", "VCT"),
        Map.entry("the gambia", "GMB"), Map.entry("gambia", "GMB"), Map.entry("the bahamas", "BHS"),
        Map.entry("congo (republic of)", "COG"), Map.entry("republic of moldova", "MDA"),
        Map.entry("slovak republic", "SVK"), Map.entry("guinea conakry", "GIN"),
        Map.entry("democratic republic of congo", "COD"), Map.entry("bolivia (plurinational state of)", "BOL"));

    private final Map<String, String> byName;

    private TemporaryIso3Lookup(Map<String, String> byName) {
      this.byName = byName;
    }

    static TemporaryIso3Lookup from(Path isoCsv) {
      Map<String, String> names = new HashMap<>();
      for (SourceCsv.Row row : SourceCsv.read(isoCsv).rows()) {
        String name = row.required("name");
        String iso3 = row.required("alpha-3");
        names.put(key(name), iso3);
        int comma = name.indexOf(',');
        if (comma > 0) {
          names.putIfAbsent(key(name.substring(0, comma)), iso3);
        }
      }
      ALIASES.forEach((alias, iso3) -> names.put(key(alias), iso3));
      return new TemporaryIso3Lookup(names);
    }

    @Override
    public String apply(String name) {
      String iso3 = byName.get(key(name));
      if (iso3 == null) {
        throw new IllegalArgumentException("no ISO3 code known for '" + name + "'");
      }
      return iso3;
    }

    private static String key(String name) {
      String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
      return ascii.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
  }
}
