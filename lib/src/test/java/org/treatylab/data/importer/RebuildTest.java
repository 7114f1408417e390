package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-runs the importer on {@code ../shared/sources} (skipped where that folder is absent, e.g. in a
 * user's clone): the rebuilt datasets must equal the committed ones byte for byte, and the parsed rows
 * must agree with the independently derived tidy table ({@code DERIVED_untc_2026-02-03_participants.csv},
 * used only here, as a cross-check).
 */
class RebuildTest {
  private static final Path SOURCES = ImportTreaties.resolve("../shared/sources");
  private static final Path COMMITTED = ImportTreaties.resolve("datasets");
  private static final List<String> FILES = List.of("treaties.csv", "treaty_participation.csv", "states.csv",
      "un_membership.csv", "state_names.csv");

  @TempDir static Path rebuilt;

  @BeforeAll
  static void rebuild() {
    if (Files.isDirectory(SOURCES.resolve("treaties"))) {
      ImportTreaties.run(SOURCES, rebuilt);
    }
  }

  @Test
  void rebuildIsByteIdenticalToCommittedDatasets() throws IOException {
    assumeTrue(Files.isDirectory(SOURCES.resolve("treaties")), "../shared/sources not present");
    for (String f : FILES) {
      assertArrayEquals(Files.readAllBytes(COMMITTED.resolve(f)), Files.readAllBytes(rebuilt.resolve(f)),
          f + " differs from a fresh import: re-run ImportTreaties and commit");
    }
  }

  @Test
  void rowsAgreeWithTheDerivedCrossCheckTable() {
    Path derived = SOURCES.resolve("treaties/DERIVED_untc_2026-02-03_participants.csv");
    assumeTrue(Files.exists(derived), "derived cross-check table not present");
    Map<String, String> ours = new HashMap<>();
    for (SourceCsv.Row r : SourceCsv.read(rebuilt.resolve("treaty_participation.csv")).requireColumns("treaty_id", "name_on_page", "signature_date", "consent_date", "consent_code").rows()) {
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
