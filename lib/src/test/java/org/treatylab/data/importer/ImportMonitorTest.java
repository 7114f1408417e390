package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilds every dataset from ../shared and compares with the committed copies (needs ../shared). */
class ImportMonitorTest {
  private static final Path COMMITTED = Path.of("..", "datasets");

  @Test
  void rebuildingFromTheSourcesReproducesTheCommittedDatasetsByteForByte(@TempDir Path out) throws IOException {
    assumeTrue(Fixtures.sharedPresent(), "../shared is not available");
    Path sources = Fixtures.SHARED.resolve("sources");
    ImportTreaties.run(sources, out); // the claims ledger checks that the treaty datasets it names exist
    List<CuratedDataset> built = ImportMonitor.run(sources, out, ImportMonitor.iso3Resolver(sources));
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> committed = new HashMap<>();
    json.readTree(COMMITTED.resolve(DataPackage.FILE_NAME).toFile()).path("resources")
        .forEach(r -> committed.put(r.path("name").asText(), r));
    for (CuratedDataset d : built) {
      // state_borders rejects, by design, the borders of territories (not states in states.csv)
      if (!d.name().equals("state_borders")) {
        assertEquals(0, d.report().rejections().size(), d.report().toString());
      }
      assertEquals(Files.readString(COMMITTED.resolve(d.fileName())), Files.readString(out.resolve(d.fileName())),
          d.fileName() + " is stale: re-run ImportMonitor");
      // Compare as parsed JSON, as a reader of datapackage.json sees it.
      JsonNode fresh = json.readTree(json.writeValueAsString(d.resource()));
      assertTrue(fresh.equals(committed.get(d.name())),
          d.name() + " in datapackage.json is stale: re-run ImportMonitor");
    }
  }
}
