package org.treatylab.data.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the treaty datasets ({@code treaties.csv}, {@code treaty_participation.csv},
 * {@code states.csv}, {@code un_membership.csv}, {@code state_names.csv}) and their entries in
 * {@code datapackage.json} from the raw sources.
 *
 * <p>Run from the project root:
 *
 * <pre>
 * mvn -q -pl lib compile exec:java -Dexec.args="../shared/sources datasets"
 * </pre>
 *
 * Relative paths are resolved against the project root (the folder holding the parent {@code pom.xml}),
 * so the command works whether Maven runs in the root or in {@code lib/}. For each dataset it prints
 * {@code name: in N = kept K + rejected R} and every rejection with its reason.
 */
public final class ImportTreaties {
  private ImportTreaties() {}

  /**
   * @param args {@code <sourcesDir> <datasetsDir>}: the {@code shared/sources} folder and the
   *     datasets folder to write
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: ImportTreaties <sourcesDir (shared/sources)> <datasetsDir>");
      System.exit(2);
    }
    Path sources = resolve(args[0]);
    Path datasets = resolve(args[1]);
    try {
      List<ImportReport> reports = run(sources, datasets);
      for (ImportReport r : reports) {
        System.out.println(r);
        r.rejections().forEach(x -> System.out.println("  rejected " + x));
      }
    } catch (ImportException e) {
      System.err.println("import failed: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Runs all three importers and writes the data package entries; returns the reports. */
  public static List<ImportReport> run(Path sources, Path datasets) {
    StatesImporter.Result states = new StatesImporter(sources).run(datasets);
    UntcTreatyImporter.Result treaties =
        new UntcTreatyImporter(sources.resolve("treaties"), states.resolver(), states.stateCodes()).run(datasets);
    treaties.headerChecks().forEach(c -> System.out.println("header check " + c));
    TreatyDataPackage.write(datasets);
    List<ImportReport> all = new ArrayList<>(states.reports());
    all.addAll(treaties.reports());
    return all;
  }

  /** Resolves a relative path against the project root, found by walking up to the parent pom. */
  static Path resolve(String arg) {
    Path p = Path.of(arg);
    if (p.isAbsolute()) {
      return p;
    }
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("lib"))) {
        return d.resolve(p).normalize();
      }
    }
    return dir.resolve(p).normalize();
  }
}
