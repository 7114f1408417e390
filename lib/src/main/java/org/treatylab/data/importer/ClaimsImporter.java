package org.treatylab.data.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds {@code claims.csv}, the ledger of every checkable statement of the papers listed in
 * {@code org/treatylab/claims/papers.csv}, from the project's hand-curated
 * {@code datasets/curated-inputs/claims-source.csv}. Adding a paper is a row in each file, not code.
 *
 * <p>Checks on import: claim ids are unique and start with the paper's key; when the paper texts are
 * available (the shared {@code papers/} folder), every quote occurs verbatim in its paper (whitespace
 * collapsed, since the texts break lines mid-sentence); a {@code computable} claim names only datasets
 * that exist (so the treaty importer runs first); a {@code not-computable} claim says what data would
 * settle it.
 */
public final class ClaimsImporter {
  /** The curated dataset's resource name. */
  public static final String NAME = "claims";
  /** The hand-curated ledger in {@code datasets/curated-inputs/}. */
  public static final String SOURCE = "claims-source.csv";

  /** The papers' resource: key, citation, text file, notebook. */
  public static final String PAPERS = "/org/treatylab/claims/papers.csv";

  private static final Set<String> KINDS = Set.of("computable", "not-computable", "no-public-record");

  private final Set<String> existingDatasets;
  /** Paper key → citation, in file order. */
  private final Map<String, String> citations = new LinkedHashMap<>();
  private final Map<String, String> paperTexts = new LinkedHashMap<>();

  /**
   * Creates the importer.
   *
   * @param existingDatasets resource names of the datasets that exist (e.g. {@code monitor_casualties})
   * @param papersDir the folder with the papers' text files, or null when it is not available (then
   *     quotes are not checked)
   */
  public ClaimsImporter(Set<String> existingDatasets, Path papersDir) {
    this.existingDatasets = Set.copyOf(existingDatasets);
    SourceCsv papers = SourceCsv.parse("papers.csv", resource(PAPERS))
        .requireColumns("key", "citation", "text_file", "notebook");
    for (SourceCsv.Row p : papers.rows()) {
      String key = p.required("key");
      citations.put(key, p.required("citation"));
      Path file = papersDir == null ? null : papersDir.resolve(p.required("text_file"));
      if (file != null && Files.exists(file)) {
        try {
          paperTexts.put(key, squash(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** Returns true when quotes were checked against at least one paper text. */
  public boolean checksQuotes() {
    return !paperTexts.isEmpty();
  }

  /** Reads the claims source and returns the curated claims. */
  public CuratedDataset read(SourceCsv source) {
    source.requireColumns("paper", "claim_id", "location", "quote", "values", "unit", "about", "check_kind",
        "datasets", "how_to_check", "tolerance", "note", "searched");
    CuratedDataset out = dataset(source.fileName(), checksQuotes());
    Set<String> ids = new HashSet<>();
    for (SourceCsv.Row row : source.rows()) {
      out.report().read();
      String paper = row.required("paper");
      if (!citations.containsKey(paper)) {
        throw row.error("paper", "unknown paper key '" + paper + "'; papers.csv lists " + citations.keySet());
      }
      String id = row.required("claim_id");
      if (!id.startsWith(paper + ".") || !id.matches("[a-z0-9.-]+")) {
        throw row.error("claim_id", "'" + id + "' must be '" + paper + ".<topic>.<detail>' in lower case");
      }
      if (!ids.add(id)) {
        throw row.error("claim_id", "claim id '" + id + "' occurs twice");
      }
      String quote = row.required("quote");
      String text = paperTexts.get(paper);
      if (text != null && !text.contains(squash(quote))) {
        throw row.error("quote", "quote does not occur verbatim in the text of " + paper + ": \"" + quote + "\"");
      }
      String kind = row.required("check_kind");
      if (!KINDS.contains(kind)) {
        throw row.error("check_kind", "unknown check kind '" + kind + "' " + KINDS);
      }
      String datasets = row.get("datasets");
      if (kind.equals("computable")) {
        if (datasets.isEmpty()) {
          throw row.error("datasets", "a computable claim must name the dataset it is computed from");
        }
        for (String d : datasets.split(";")) {
          if (!existingDatasets.contains(d.trim())) {
            throw row.error("datasets", "computable claim names dataset '" + d.trim() + "', which does not exist");
          }
        }
      }
      String how = row.required("how_to_check");
      String searched = row.get("searched");
      if (!kind.equals("computable") && searched.isEmpty()) {
        throw row.error("searched", "a not-computable claim must say what was searched for it (or 'not searched')");
      }
      double[] range = valueRange(row);
      out.keep(paper, id, row.required("location"), quote, row.get("values"),
          range == null ? null : SourceValues.format(range[0]), range == null ? null : SourceValues.format(range[1]),
          row.required("unit"), row.required("about"), kind, datasets, how, row.required("tolerance"),
          row.get("note"), searched, citations.get(paper));
    }
    out.sortByColumns(2);
    return out;
  }

  /**
   * Returns [min, max] of the numeric values, or null when the values are not numbers: a date, or a
   * qualitative claim (unit {@code status}: "signed and ratified", "CAN;MEX") compared as text.
   */
  private static double[] valueRange(SourceCsv.Row row) {
    String values = row.get("values");
    if (values.isEmpty() || values.matches(".*\\d{4}-\\d\\d.*") || row.get("unit").equals("status")) {
      return null;
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (String v : values.split(";")) {
      try {
        double d = Double.parseDouble(v.trim());
        min = Math.min(min, d);
        max = Math.max(max, d);
      } catch (NumberFormatException e) {
        throw row.error("values", "'" + v + "' is not a number (separate several values with ';')");
      }
    }
    return new double[] {min, max};
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", " ");
  }

  private static CuratedDataset dataset(String sourceFile, boolean quotesChecked) {
    return new CuratedDataset(NAME, "Quantitative claims of the three papers, with how each can be checked",
        "One row per quantitative statement: paper, stable claim id, location (section, footnote, line of the text file), the exact quoted words, the value(s) and unit, what it is about, and how it can be checked: computable (from the named datasets) or not-computable (the project has no data; how_to_check says what would settle it, searched says where it was looked for), with the tolerance that counts as reproduced.",
        List.of(
            Column.of("paper", "string", "Paper key, as listed in org/treatylab/claims/papers.csv").required(),
            Column.of("claim_id", "string", "Stable id '<paper>.<topic>.<detail>'").required(),
            Column.of("location", "string", "Section and/or footnote, and the line of the paper's text file (the texts carry no page numbers)").required(),
            Column.of("quote", "string", "The paper's exact words (verbatim, line breaks collapsed)").required(),
            Column.of("values", "string", "The value(s) the paper states, ';'-separated, in the unit of 'unit'"),
            Column.of("value_low", "number", "Smallest numeric value stated"),
            Column.of("value_high", "number", "Largest numeric value stated"),
            Column.of("unit", "string", "Unit of the values").required(),
            Column.of("about", "string", "What the claim is about").required(),
            Column.of("check_kind", "string", "computable (from the named datasets), not-computable (how_to_check names the data that would settle it) or no-public-record (how_to_check says why no public record could settle it: interviews, a postulated threshold, a mechanism)").required().oneOf("computable", "not-computable", "no-public-record"),
            Column.of("datasets", "string", "For computable claims the datasets (resource names, separated by ;) it is computed from"),
            Column.of("how_to_check", "string", "The computation, or what data would settle a not-computable claim").required(),
            Column.of("tolerance", "string", "What counts as reproduced, fixed from the paper's own precision before computing: exact (the stated digits), '±n' for words like 'some thirty', bounds for 'over', 'more than'").required(),
            Column.of("note", "string", "Curator's caveat, e.g. a likely typo or a different base"),
            Column.of("searched", "string", "For a not-computable claim: where the data that would settle it was searched and what was (not) found (shared/sources/claims-evidence/PROVENANCE.md)"),
            Column.of("citation", "string", "Full citation of the paper").required()))
        .primaryKey("claim_id")
        .source("treatylab hand-curated claims ledger " + CuratedInputs.projectPath(sourceFile), CuratedInputs.projectPath(sourceFile))
        .source("Petrova 2019, World Politics 71(3); Varda and Popadic 2025, Review of International Affairs LXXVI(1194); anonymous essay on Russia and the Ottawa Treaty (c. 2010)", "shared/papers/")
        .caveat(quotesChecked ? "Every quote was checked verbatim against the paper's text file on import." : "Quotes were NOT checked on this import: the papers' text files were not available.")
        .caveat("The papers' own numbers are not evidence: notebooks compute the project's value and compare it with the tolerance.")
;
  }

  /** The text of a resource of the library (papers.csv travels in the jar: the claims package reads it too). */
  private static String resource(String path) {
    try (java.io.InputStream in = ClaimsImporter.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("resource " + path + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
