package org.treatylab.data.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * The shared part of the importers of one Landmine Monitor transcription
 * ({@code sources/monitor/transcribed_*.csv}, each row pointing at {@code FIGURES.md} for its source and
 * quote): read the CSV, require its columns, count every row read, hand each row to
 * {@link #keepRow}, sort by the leading key columns. A subclass states its dataset's columns in
 * {@link #dataset} and turns one transcribed row into curated rows.
 */
public abstract class MonitorTranscriptionImporter extends AbstractSourceImporter {
  /** The FIGURES.md file every Monitor transcription cites, relative to the sources folder. */
  public static final String FIGURES = "monitor/FIGURES.md";

  private final List<String> columns;
  private final int sortKeys;

  /**
   * @param name the curated dataset's resource name
   * @param transcription the CSV's file name in {@code sources/monitor/}
   * @param sortKeys how many leading columns order the curated rows
   * @param columns the columns the transcription must have
   */
  protected MonitorTranscriptionImporter(String name, String transcription, int sortKeys, String... columns) {
    super(name, "monitor/" + transcription, FIGURES);
    this.sortKeys = sortKeys;
    this.columns = List.of(columns);
  }

  @Override
  public CuratedDataset read(ImportData.Context context) {
    return read(context.source(source()), context.figures());
  }

  /**
   * Reads a transcribed CSV and returns the curated dataset.
   *
   * @param csvFile the transcription (normally {@code sources/monitor/} + its file name)
   * @param figures the parsed FIGURES.md its rows cite
   */
  public final CuratedDataset read(Path csvFile, MonitorFigures figures) {
    SourceCsv csv = SourceCsv.read(csvFile).requireColumns(columns.toArray(String[]::new));
    CuratedDataset out = dataset(csv.fileName());
    for (SourceCsv.Row row : csv.rows()) {
      out.report().read();
      keepRow(row, figures, out);
    }
    return out.sortByColumns(sortKeys);
  }

  /**
   * Keeps the curated row(s) of one transcribed row (the row is already counted as read): through
   * {@link CuratedDataset#keep} for one row, or through {@link CuratedDataset#csv()} plus one
   * {@code report().kept()} when a source row gives several.
   *
   * @throws ImportException naming the row and column on bad input
   */
  protected abstract void keepRow(SourceCsv.Row row, MonitorFigures figures, CuratedDataset out);

  /** Returns the empty dataset with its columns, sources and caveats ({@code sourceFile}: the CSV's name). */
  protected abstract CuratedDataset dataset(String sourceFile);

  /** Returns the ids of the figures a row cites, ';'-separated, as the curated {@code figure_ids} column holds them. */
  static String ids(List<MonitorFigures.Figure> figures) {
    return String.join(";", figures.stream().map(MonitorFigures.Figure::id).toList());
  }

  /** Returns {@code secondary} when any cited figure is second-hand, else {@code primary}. */
  static String grade(List<MonitorFigures.Figure> figures) {
    return figures.stream().anyMatch(MonitorFigures.Figure::secondary) ? "secondary" : "primary";
  }
}
