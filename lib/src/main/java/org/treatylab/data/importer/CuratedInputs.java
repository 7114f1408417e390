package org.treatylab.data.importer;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The hand-curated importer inputs in {@code datasets/curated-inputs/} (treaty catalogue, name aliases,
 * UN membership changes, holdouts, areas, cost parameters, the claims ledger): facts that no raw source
 * file holds in a readable form, each row citing its source (see that folder's README.md). They are
 * importer inputs only and are not packaged into the runtime jar.
 *
 * @param dir the folder holding the curated input CSVs
 */
public record CuratedInputs(Path dir) {
  /** Where the inputs live, relative to the project root (used in dataset descriptions). */
  public static final String PROJECT_PATH = "datasets/curated-inputs/";

  /**
   * Reads one curated input.
   *
   * @param fileName e.g. {@code untc_treaty_catalog.csv}
   * @throws ImportException naming the file when it does not exist
   */
  public SourceCsv csv(String fileName) {
    Path file = dir.resolve(fileName);
    if (!Files.isRegularFile(file)) {
      throw new ImportException(file.toString(), 0, null,
          "curated input missing (expected in " + PROJECT_PATH + " of the project)");
    }
    return SourceCsv.read(file);
  }

  /** Returns the project-relative path of an input, e.g. {@code datasets/curated-inputs/holdouts-source.csv}. */
  public static String projectPath(String fileName) {
    return PROJECT_PATH + fileName;
  }
}
