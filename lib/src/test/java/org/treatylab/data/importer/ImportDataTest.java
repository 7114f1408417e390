package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the one import command ({@link ImportData}) on {@code ../shared/sources} (skipped, with a reason,
 * where that folder is absent, e.g. in a user's clone): every rebuilt file must equal the committed one
 * byte for byte, every dataset must balance rows in = kept + rejected, and the parsed treaty rows must
 * agree with the independently derived tidy table ({@code DERIVED_untc_2026-02-03_participants.csv},
 * used only here, as a cross-check).
 */
class ImportDataTest {
  private static final Path SOURCES = Fixtures.SOURCES;
  private static final Path COMMITTED = Fixtures.COMMITTED;

  @TempDir static Path rebuilt;
  private static List<ImportReport> reports = List.of();
  private static final List<String> printed = new ArrayList<>();

  @BeforeAll
  static void rebuild() {
    if (Fixtures.sharedPresent() && Files.isDirectory(SOURCES.resolve("treaties"))) {
      reports = ImportData.run(SOURCES, rebuilt, COMMITTED.resolve("curated-inputs"), printed::add);
    }
  }

  @Test
  void rebuildIsByteIdenticalToCommittedDatasets() throws IOException {
    Fixtures.assumeSources();
    List<String> files;
    try (Stream<Path> s = Files.list(rebuilt)) {
      files = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertTrue(files.contains("datapackage.json") && files.contains("treaty_participation.csv"), files.toString());
    for (String f : files) {
      assertArrayEquals(Files.readAllBytes(COMMITTED.resolve(f)), Files.readAllBytes(rebuilt.resolve(f)),
          f + " differs from a fresh import: run tools/import-data and commit");
    }
    try (Stream<Path> s = Files.list(COMMITTED)) {
      List<String> committed = s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".csv") || n.equals("datapackage.json")).sorted().toList();
      assertEquals(committed, files, "datasets/ holds files no importer writes (or misses some)");
    }
  }

  @Test
  void everyDatasetBalancesAndPrintsItsCount() {
    Fixtures.assumeSources();
    for (ImportReport r : reports) {
      assertTrue(r.balanced(), r.toString());
      assertTrue(printed.contains(r.toString()), r.toString());
    }
    int declared = ImporterRegistry.STEPS.stream().mapToInt(step -> step.outputs().size()).sum();
    assertEquals(declared, reports.size(), "one report per declared output");
  }

  @Test
  void everyStepStatesItsInputsAndOutputs() {
    for (ImportData.Step step : ImporterRegistry.STEPS) {
      assertFalse(step.inputs().isEmpty(), step.name());
      assertFalse(step.outputs().isEmpty(), step.name());
    }
  }

  @Test
  void rowsAgreeWithTheDerivedCrossCheckTable() {
    Fixtures.assumeSources();
    Path derived = SOURCES.resolve("treaties/DERIVED_untc_2026-02-03_participants.csv");
    assumeTrue(Files.exists(derived), "derived cross-check table not present");
    Map<String, String> ours = new HashMap<>();
    // the derived table holds the participant tables only; CCW Protocols I-III come from the page's other table
    java.util.Set<String> fromInstrumentTables = UntcTreatyImporter.catalog(Fixtures.INPUTS).stream()
        .filter(e -> !e.instrumentColumn().isEmpty()).map(UntcTreatyImporter.CatalogEntry::id)
        .collect(java.util.stream.Collectors.toSet());
    for (SourceCsv.Row r : SourceCsv.read(rebuilt.resolve("treaty_participation.csv")).requireColumns("treaty_id", "name_on_page", "signature_date", "consent_date", "consent_code").rows()) {
      if (fromInstrumentTables.contains(r.get("treaty_id"))) {
        continue;
      }
      ours.put(r.get("source_id").replaceFirst("^untc:", "").replaceFirst("@.*", "") + "|" + r.get("name_on_page"),
          r.get("signature_date") + "|" + r.get("consent_date") + "|" + r.get("consent_code"));
    }
    int compared = 0;
    for (SourceCsv.Row r : SourceCsv.read(derived).requireColumns("mtdsg_no", "participant", "signature_date", "consent_date", "consent_code").rows()) {
      String key = r.get("mtdsg_no") + "|" + r.get("participant");
      assertEquals(r.get("signature_date") + "|" + r.get("consent_date") + "|" + r.get("consent_code"),
          ours.get(key), key);
      compared++;
    }
    assertEquals(629, compared, "rows of the derived table: 166 + 125 + 132 + 107 + 99");
  }

  @Test
  void withdrawalsAgreeWithTheDerivedCrossCheckTable() {
    Fixtures.assumeSources();
    Path derived = SOURCES.resolve("treaties/DERIVED_untc_2026-02-03_withdrawals.csv");
    assumeTrue(Files.exists(derived), "derived withdrawals table not present");
    Map<String, String> ours = new HashMap<>();
    for (SourceCsv.Row r : SourceCsv.read(rebuilt.resolve("treaty_participation.csv")).requireColumns("source_id", "name_on_page", "withdrawal_notified", "withdrawal_effective").rows()) {
      if (!r.get("withdrawal_notified").isEmpty()) {
        ours.put(r.get("source_id").replaceFirst("^untc:", "").replaceFirst("@.*", "") + "|" + r.get("name_on_page"),
            r.get("withdrawal_notified") + "|" + r.get("withdrawal_effective"));
      }
    }
    List<SourceCsv.Row> rows = SourceCsv.read(derived).requireColumns("mtdsg_no", "participant", "withdrawal_notification_deposited", "withdrawal_effective").rows();
    for (SourceCsv.Row r : rows) {
      String key = r.get("mtdsg_no") + "|" + r.get("participant");
      assertEquals(r.get("withdrawal_notification_deposited") + "|" + r.get("withdrawal_effective"), ours.get(key), key);
    }
    assertTrue(rows.size() >= 6);
  }
}
