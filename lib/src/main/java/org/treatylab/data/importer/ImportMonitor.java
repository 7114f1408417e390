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
 * Rebuilds the Landmine Monitor, norm-event, holdouts, state-borders, areas and paper-claims datasets in {@code datasets/} from the
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
    // The resolver the treaty importer builds from the country sources; its datasets go to a scratch
    // folder, as only the names are needed here.
    try {
      Path scratch = java.nio.file.Files.createTempDirectory("treatylab-names");
      try {
        StateNameResolver names = new StatesImporter(sources).run(scratch).resolver();
        return names::iso3;
      } finally {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(scratch)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
    ClaimsEvidenceImporter.Result evidence = ClaimsEvidenceImporter.run(sources, iso3Of);
    built.add(new MonitorCasualtiesImporter(figures).read(monitor.resolve("transcribed_casualties_by_year.csv"),
        evidence.worldCasualties()));
    built.addAll(evidence.datasets());
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
    HoldoutsImporter holdouts = new HoldoutsImporter(datasets);
    built.add(holdouts.holdouts());
    built.add(holdouts.borders(sources));
    built.add(new AreasImporter(AreasImporter.countryAreas(sources)).read(
        SourceCsv.parse("areas-source.csv", resource(AreasImporter.SOURCE))));
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

}
