package org.treatylab.data.importer;

import java.util.List;

/**
 * The contract of an importer that turns one source file into one curated dataset: its dataset's name,
 * the file it reads, and a {@link #read} that returns the dataset with its count (rows in = kept +
 * rejected, see {@link ImportReport}). {@link ImporterRegistry} lists every importer;
 * {@link ImporterRegistry#of(SourceImporter)} makes one registry line of an implementation, and the
 * import refuses a dataset whose name is not {@link #name()} or whose count does not balance.
 *
 * <p>What an importer needs besides its source (FIGURES.md, the state-name resolver, datasets an
 * earlier step wrote) it takes from the {@link ImportData.Context}, so an implementation holds no
 * per-run state and the registry can hold one instance of it.
 */
public interface SourceImporter {
  /** Returns the resource name of the curated dataset it builds, e.g. {@code monitor_funding}. */
  String name();

  /**
   * Returns the one file it reads: relative to the raw sources folder (e.g.
   * {@code monitor/transcribed_funding_by_year.csv}) or {@code curated-inputs/<file>} for a hand-kept input.
   */
  String source();

  /**
   * Returns the other files it only looks things up in (e.g. {@code monitor/FIGURES.md} for sources
   * and quotes; {@code OUT/<file>} for a dataset an earlier step wrote); none by default.
   */
  default List<String> lookups() {
    return List.of();
  }

  /**
   * Reads {@link #source()} and returns the curated dataset, not yet written: every row read is counted
   * and either kept or rejected with a reason; bad input throws an {@link ImportException} naming file,
   * line and field.
   *
   * @param context where the sources are, and the lookups earlier steps built
   */
  CuratedDataset read(ImportData.Context context);
}
