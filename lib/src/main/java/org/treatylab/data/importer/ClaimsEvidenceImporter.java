package org.treatylab.data.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Imports the evidence gathered for paper claims that the first datasets could not check
 * ({@code sources/claims-evidence/}: {@code FIGURES.md} X01–X31, {@code lists.csv}, {@code PROVENANCE.md})
 * into four curated datasets:
 *
 * <ul>
 *   <li>{@code claims_evidence.csv}: one row per number read from a figure row (value, unit, years, grade,
 *       source, the sentence that states the value, and a derivation where the value is computed or
 *       interpreted);
 *   <li>{@code claims_evidence_casualties.csv}: Chechnya and Russian Federation mine/ERW casualties by data
 *       year and Landmine Monitor edition (first report vs revised), in the columns of
 *       {@code monitor_casualties.csv};
 *   <li>{@code claims_evidence_searches.csv}: one row per paper claim searched for, with what was found and
 *       what was <em>not</em> found, so the claims ledger can say why a claim stays uncheckable;
 *   <li>{@code claims_evidence_lists.csv}: the named states of {@code lists.csv}, with ISO3 codes.
 * </ul>
 *
 * <p>Which numbers a figure row holds is hand-curated in {@link #VALUES_SOURCE} (a figure's value cell is a
 * summary in words). The importer checks every curated value against the source: the value must be
 * stated, in digits or words, in the figure's quoted sentence or in one of the sentences its note quotes;
 * that sentence becomes the row's quote. A value stated nowhere needs a {@code derivation} saying how it
 * was read; a computed value has a {@code formula} over other values and no typed number. The 2005 global
 * casualty total (X31) is handed to the Monitor casualty series ({@link Result#worldCasualties()}).
 *
 * <p>One reader per kind of table does the work: {@link EvidenceValues} (the curated values, their row
 * checks and the sentence that states each), {@link EvidenceCasualtySeries} (the casualty series),
 * {@link EvidenceSearches} ({@code PROVENANCE.md}) and {@link EvidenceLists} ({@code lists.csv}).
 * {@link ImporterRegistry} runs it as the "claims evidence" step of the full rebuild.
 */
public final class ClaimsEvidenceImporter {
  /** The hand-curated list of values read from FIGURES.md, on the classpath. */
  public static final String VALUES_SOURCE = "claims-evidence-values.csv";
  /** The values dataset. */
  public static final String NAME = "claims_evidence";
  /** The Chechnya / Russian Federation casualty series. */
  public static final String CASUALTIES = "claims_evidence_casualties";
  /** The searches, with what was not found. */
  public static final String SEARCHES = "claims_evidence_searches";
  /** The named-state lists. */
  public static final String LISTS = "claims_evidence_lists";

  /** A Monitor-style casualty row for the global series (see {@link MonitorCasualtiesImporter}). */
  public record WorldCasualty(int year, String reportedIn, int edition, long total, String qualifier, String grade,
      String statusNote, MonitorFigures.Figure figure) {}

  /** What one run builds. */
  public record Result(CuratedDataset values, CuratedDataset casualties, CuratedDataset searches,
      CuratedDataset lists, List<WorldCasualty> worldCasualties) {
    /** Returns the four datasets in the order written. */
    public List<CuratedDataset> datasets() {
      return List.of(values, casualties, searches, lists);
    }
  }

  private final Path evidenceDir;
  private final EvidenceFigures figures;
  private final Function<String, String> iso3Of;

  /**
   * Creates the importer.
   *
   * @param evidenceDir the {@code sources/claims-evidence} folder
   * @param iso3Of state name to ISO3, throwing {@link IllegalArgumentException} on unknown names
   */
  public ClaimsEvidenceImporter(Path evidenceDir, Function<String, String> iso3Of) {
    this.evidenceDir = evidenceDir;
    this.figures = EvidenceFigures.read(evidenceDir.resolve("FIGURES.md"));
    this.iso3Of = iso3Of;
  }

  /**
   * Runs the importer over {@code sources/claims-evidence} with the given curated values (for a pipeline
   * that keeps its hand-curated inputs outside the jar).
   *
   * @param sources the shared {@code sources} folder
   * @param iso3Of state name to ISO3 (used for {@code lists.csv} only)
   * @param values the curated values table ({@link #VALUES_SOURCE}'s columns)
   */
  public static Result run(Path sources, Function<String, String> iso3Of, SourceCsv values) {
    return new ClaimsEvidenceImporter(sources.resolve("claims-evidence"), iso3Of).read(values);
  }

  /**
   * Returns only the global casualty totals for the Monitor series (X31), checked as in {@link #read}
   * but without building the datasets: for a pipeline whose casualty step runs on its own.
   */
  public List<WorldCasualty> worldCasualties(SourceCsv values) {
    return EvidenceCasualtySeries.worldCasualties(values(values));
  }

  /** Imports everything, using {@code values} as the curated list of numbers. */
  public Result read(SourceCsv values) {
    List<EvidenceValues.Value> read = values(values);
    return new Result(new EvidenceValues(figures).dataset(read, values.fileName()), EvidenceCasualtySeries.casualties(read),
        new EvidenceSearches(evidenceDir, figures).read(read), EvidenceLists.read(evidenceDir, figures, iso3Of),
        EvidenceCasualtySeries.worldCasualties(read));
  }

  private List<EvidenceValues.Value> values(SourceCsv values) {
    return new EvidenceValues(figures).read(values);
  }

  /**
   * Returns true when {@code text} states a value of {@code measure}: a rank ("signing_rank") also as an
   * ordinal ("the twenty-first"), every other measure as a number only ("the first country" is no count).
   */
  public static boolean states(String measure, String text, double value) {
    return EvidenceValues.states(measure, text, value);
  }
}
