package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer contract ({@link SourceImporter}) and its one registry ({@link ImporterRegistry}): each
 * dataset has one importer, a one-file importer's step says what it reads, and a step refuses a dataset
 * named otherwise or one whose rows in differ from kept + rejected.
 */
class ImporterRegistryTest {
  @TempDir Path out;

  /** A one-file importer whose dataset is built by the lambda given, over a one-column source. */
  private record Planted(String name, java.util.function.Function<String, CuratedDataset> build) implements SourceImporter {
    @Override
    public String source() {
      return "planted.csv";
    }

    @Override
    public CuratedDataset read(ImportData.Context context) {
      return build.apply(name);
    }
  }

  private static CuratedDataset empty(String name) {
    return new CuratedDataset(name, "t", "d", List.of(Column.of("a", "string", "a column")))
        .license(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("name", "CC0-1.0"));
  }

  private ImportData.Context context() {
    return new ImportData.Context(out, out, Fixtures.INPUTS);
  }

  @Test
  void everyDatasetHasExactlyOneImporter() {
    List<String> outputs = new ArrayList<>();
    ImporterRegistry.STEPS.forEach(s -> outputs.addAll(s.outputs()));
    assertEquals(outputs.size(), new HashSet<>(outputs).size(), "a dataset written by two steps: " + outputs);
    Set<String> names = new HashSet<>();
    ImporterRegistry.STEPS.forEach(s -> assertTrue(names.add(s.name()), "two steps named " + s.name()));
  }

  @Test
  void aOneFileImporterStepReadsItsSourceAndWritesItsName() {
    ImportData.Step step = ImporterRegistry.of(new MonitorFundingImporter());
    assertEquals("monitor_funding", step.name());
    assertEquals(List.of("monitor_funding"), step.outputs());
    assertEquals(List.of("monitor/transcribed_funding_by_year.csv", "monitor/FIGURES.md"), step.inputs());
  }

  @Test
  void everyNamedSourceOfAOneFileImporterExists() {
    Fixtures.assumeSources();
    int checked = 0;
    for (ImportData.Step step : ImporterRegistry.STEPS) {
      String source = step.inputs().get(0);
      if (step.outputs().equals(List.of(step.name()))) {
        Path file = source.startsWith("curated-inputs/")
            ? Fixtures.INPUTS.dir().resolve(source.substring("curated-inputs/".length()))
            : Fixtures.SOURCES.resolve(source);
        assertTrue(Files.isRegularFile(file), step.name() + " reads " + file + ", which does not exist");
        checked++;
      }
    }
    assertTrue(checked >= 6, "one-file importers registered: " + checked);
  }

  @Test
  void aStepRefusesADatasetNamedOtherwise() {
    ImportData.Step step = ImporterRegistry.of(new Planted("planted", n -> empty("other")));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> step.importer().run(context()));
    assertTrue(e.getMessage().contains("dataset 'other' instead of 'planted'"), e.getMessage());
    assertFalse(Files.exists(out.resolve("other.csv")), "nothing written");
  }

  @Test
  void aStepRefusesRowsReadButNeitherKeptNorRejected() {
    ImportData.Step step = ImporterRegistry.of(new Planted("planted", n -> {
      CuratedDataset d = empty(n);
      d.report().read();
      d.report().read();
      d.keep("x");
      return d;
    }));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> step.importer().run(context()));
    assertEquals("planted.csv: rows in 2 != kept 1 + rejected 0", e.getMessage());
    assertFalse(Files.exists(out.resolve("planted.csv")), "nothing written");
  }

  @Test
  void aBalancedDatasetIsWrittenAndReported() {
    ImportData.Step step = ImporterRegistry.of(new Planted("planted", n -> {
      CuratedDataset d = empty(n);
      d.report().read();
      d.keep("x");
      d.report().read();
      d.report().rejected("planted.csv", 3, "a footnote row");
      return d;
    }));
    List<ImportReport> reports = step.importer().run(context());
    assertEquals("planted.csv: in 2 = kept 1 + rejected 1", reports.get(0).toString());
    assertTrue(Files.exists(out.resolve("planted.csv")));
  }
}
