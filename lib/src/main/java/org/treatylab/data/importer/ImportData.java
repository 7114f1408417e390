package org.treatylab.data.importer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The one import command: rebuilds every curated dataset in {@code datasets/} and its
 * {@code datapackage.json} from the raw sources ({@code ../shared/sources}) and the hand-curated inputs
 * ({@code datasets/curated-inputs/}). Run it as {@code tools/import-data [SOURCES] [OUT]}.
 *
 * <p>The importers run in the order of {@link ImporterRegistry#STEPS}; each step states its inputs
 * (relative to the sources folder, {@code curated-inputs/…} for hand-kept files, {@code OUT/…} for
 * datasets an earlier step wrote) and the datasets it writes. To add an importer of one source file,
 * write a {@link SourceImporter} and add one line {@code ImporterRegistry.of(new MyImporter())} to
 * {@link ImporterRegistry#STEPS} after the steps whose outputs it reads (its dataset states its terms
 * of use with {@link CuratedDataset#license}, or through an entry in {@code SourceTerms}).
 *
 * <p>For each dataset it prints {@code name.csv: in N = kept K + rejected R} and every rejection with
 * its reason. Bad input stops the import with one line naming file, line and field, and exit code 1;
 * the output is byte-identical for the same inputs.
 */
public final class ImportData {
  private ImportData() {}

  /** What a step gets: where the sources and curated inputs are, where to write, and shared lookups. */
  public static final class Context {
    private final Path sources;
    private final Path out;
    private final CuratedInputs inputs;
    private final List<ObjectNode> resources = new ArrayList<>();
    private final Set<String> written = new TreeSet<>();
    private StateNameResolver names;
    private MonitorFigures figures;
    private Set<String> statesCodes;
    private List<ClaimsEvidenceImporter.WorldCasualty> worldCasualties;
    private QuoteEvidence.Tally quotes = new QuoteEvidence.Tally(0, 0, 0);

    Context(Path sources, Path out, CuratedInputs inputs) {
      this.sources = sources;
      this.out = out;
      this.inputs = inputs;
    }

    /** Returns a raw source file, e.g. {@code source("monitor/FIGURES.md")}. */
    public Path source(String relative) {
      return sources.resolve(relative);
    }

    /** Returns the raw sources folder ({@code shared/sources}). */
    public Path sources() {
      return sources;
    }

    /** Returns the output folder (the datasets being rebuilt). */
    public Path out() {
      return out;
    }

    /** Returns the hand-curated inputs. */
    public CuratedInputs inputs() {
      return inputs;
    }

    /** Returns the state-name resolver the {@code states} step built. */
    public StateNameResolver names() {
      if (names == null) {
        throw new IllegalStateException("the states step must run before any step that resolves state names");
      }
      return names;
    }

    /** Returns the name-to-ISO3 function every importer uses; throws on unknown names. */
    public Function<String, String> iso3Of() {
      StateNameResolver n = names();
      return n::iso3;
    }

    /** Returns {@code monitor/FIGURES.md}, parsed once. */
    public MonitorFigures figures() {
      if (figures == null) {
        figures = MonitorFigures.read(source("monitor/FIGURES.md"));
      }
      return figures;
    }

    private SourceCsv derivations;

    /** Returns {@code curated-inputs/derivations.csv}: how values no sentence states were read. */
    SourceCsv derivations() {
      if (derivations == null) {
        derivations = inputs.csv(QuoteEvidence.DERIVATIONS);
      }
      return derivations;
    }

    private SourceCsv sentences;

    /**
     * Returns {@code curated-inputs/quote-sentences.csv}: sentences of other stored sources that state a
     * row's numbers, each checked against the raw source file it is said to come from.
     */
    SourceCsv sentences() {
      if (sentences == null) {
        sentences = QuoteEvidence.sentences(inputs.csv(QuoteEvidence.SENTENCES), file -> {
          Path p = source(file);
          try {
            return java.nio.file.Files.isRegularFile(p) ? java.nio.file.Files.readString(p) : null;
          } catch (java.io.IOException e) {
            throw new ImportException(p.toString(), 0, null, "cannot read: " + e.getMessage());
          }
        });
      }
      return sentences;
    }

    /** Keeps what the states step built: the name resolver and the set of state codes. */
    void states(StateNameResolver resolver, Set<String> codes) {
      this.names = resolver;
      this.statesCodes = codes;
    }

    /** Returns the state codes the states step built. */
    Set<String> stateCodes() {
      if (statesCodes == null) {
        throw new IllegalStateException("the states step must run before the treaties step");
      }
      return statesCodes;
    }

    /** Keeps the global casualty totals the claims-evidence step found (X31). */
    void worldCasualties(List<ClaimsEvidenceImporter.WorldCasualty> totals) {
      this.worldCasualties = List.copyOf(totals);
    }

    /** Returns the global casualty totals the claims-evidence step found (X31), for the Monitor series. */
    List<ClaimsEvidenceImporter.WorldCasualty> worldCasualties() {
      if (worldCasualties == null) {
        throw new IllegalStateException("the claims-evidence step must run before the monitor casualties step");
      }
      return worldCasualties;
    }

    /** Returns the resource names written so far. */
    public Set<String> written() {
      return Set.copyOf(written);
    }

    /** Writes curated datasets now (later steps may read them) and keeps their descriptors. */
    public List<ImportReport> keep(CuratedDataset... datasets) {
      List<ImportReport> reports = new ArrayList<>();
      for (CuratedDataset d : datasets) {
        if (QuoteEvidence.spec(d.name()) != null) {
          QuoteEvidence.apply(d, figures(), derivations(), sentences());
          quotes = quotes.plus(QuoteEvidence.tally(d));
        }
        if (!d.hasLicenses()) {
          SourceTerms.of(d.name()).forEach(d::license);
        }
        d.write(out);
        resources.add(d.resource());
        written.add(d.name());
        reports.add(d.report());
      }
      return reports;
    }

    /** Keeps descriptors of datasets a step wrote itself (the treaty datasets). */
    void keepResources(List<ObjectNode> descriptors) {
      for (ObjectNode r : descriptors) {
        resources.add(r);
        written.add(r.get("name").asText());
      }
    }
  }

  /**
   * Every importer in the order they run: the registry's list ({@link ImporterRegistry#STEPS}, where
   * importers are added), under the name the project's READMEs give it.
   */
  public static final List<Step> STEPS = ImporterRegistry.STEPS;

  /** Runs one step of {@link ImporterRegistry#STEPS}. */
  @FunctionalInterface
  public interface Importer {
    /** Imports, writes through {@link Context#keep}, and returns the row-count reports. */
    List<ImportReport> run(Context c);
  }

  /**
   * One importer with its inputs and outputs.
   *
   * @param name short name printed while importing
   * @param inputs files read: relative to the sources folder, {@code curated-inputs/…}, or {@code OUT/…}
   * @param outputs the resource names (datasets) written
   * @param importer the code
   */
  public record Step(String name, List<String> inputs, List<String> outputs, Importer importer) {}

  /**
   * Runs every step and writes {@code datapackage.json} with exactly the resources built.
   *
   * @param sources the {@code shared/sources} folder
   * @param out the folder to write the datasets to
   * @param curatedInputs the {@code datasets/curated-inputs} folder
   * @param log receives one line per dataset ({@code in = kept + rejected}) and per rejection
   * @return the reports, in step order
   */
  public static List<ImportReport> run(Path sources, Path out, Path curatedInputs, java.util.function.Consumer<String> log) {
    requireFolder(sources, "sources folder");
    requireFolder(curatedInputs, "curated inputs folder");
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Context c = new Context(sources, out, new CuratedInputs(curatedInputs));
    List<ImportReport> all = new ArrayList<>();
    for (Step step : STEPS) {
      List<ImportReport> reports = step.importer().run(c);
      for (ImportReport r : reports) {
        r.requireBalanced();
        log.accept(r.toString());
        r.rejections().forEach(x -> log.accept("  rejected " + x));
      }
      all.addAll(reports);
    }
    DataPackage.writeResources(out, c.resources);
    log.accept("quotes (" + String.join(", ", QuoteEvidence.SPECS.stream().map(QuoteEvidence.Spec::dataset).toList()) + "): " + c.quotes);
    return all;
  }

  private static void requireFolder(Path dir, String what) {
    if (!Files.isDirectory(dir)) {
      throw new ImportException(dir.toString(), 0, null, what + " does not exist");
    }
  }

  /**
   * Command line: {@code ImportData SOURCES OUT CURATED_INPUTS}. Prints the counts; on bad input prints
   * one line naming file, line and field to standard error and exits with 1 (2 for a wrong command line).
   */
  public static void main(String[] args) {
    System.exit(cli(args, System.out, System.err));
  }

  /** The command line without the exit: returns 0, 1 (bad input) or 2 (wrong arguments). */
  static int cli(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
    if (args.length != 3) {
      err.println("usage: ImportData <sources (shared/sources)> <out (datasets)> <curated inputs (datasets/curated-inputs)>");
      return 2;
    }
    Path sources = Path.of(args[0]).toAbsolutePath().normalize();
    Path outDir = Path.of(args[1]).toAbsolutePath().normalize();
    Path inputs = Path.of(args[2]).toAbsolutePath().normalize();
    try {
      run(sources, outDir, inputs, out::println);
      return 0;
    } catch (ImportException e) {
      err.println("import failed: " + oneLine(e.getMessage()));
    } catch (UncheckedIOException e) {
      Throwable cause = e.getCause();
      String what = cause instanceof NoSuchFileException ? cause.getMessage() + ": file not found" : String.valueOf(cause);
      err.println("import failed: " + oneLine(what));
    } catch (RuntimeException e) {
      // An importer bug, not bad input: still one line, with where it happened, so the run log stays readable.
      StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
      err.println("import failed: " + e.getClass().getSimpleName() + ": " + oneLine(String.valueOf(e.getMessage()))
          + (at == null ? "" : " (at " + at + ")"));
    }
    return 1;
  }

  static String oneLine(String message) {
    return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }
}
