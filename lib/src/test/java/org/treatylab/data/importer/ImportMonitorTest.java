package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilds every dataset from ../shared and compares with the committed copies (needs ../shared). */
class ImportMonitorTest {
  private static final Path COMMITTED = Path.of("..", "datasets");

  @Test
  void rebuildingFromTheSourcesReproducesTheCommittedDatasetsByteForByte(@TempDir Path out) throws IOException {
    assumeTrue(Fixtures.sharedPresent(), "../shared is not available");
    Path sources = Fixtures.SHARED.resolve("sources");
    List<CuratedDataset> built = ImportMonitor.run(sources, out, ImportMonitor.iso3Resolver(sources));
    for (CuratedDataset d : built) {
      assertEquals(0, d.report().rejections().size(), d.report().toString());
      assertEquals(Files.readString(COMMITTED.resolve(d.fileName())), Files.readString(out.resolve(d.fileName())),
          d.fileName() + " is stale: re-run ImportMonitor");
    }
  }
}
