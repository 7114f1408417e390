package org.treatylab.data.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treatylab.data.importer.EvidenceValues.Value;

/**
 * The search log of the claims evidence ({@code sources/claims-evidence/PROVENANCE.md}, "## Per claim"):
 * one row of {@code claims_evidence_searches.csv} per claim searched for, with the figures found, the
 * sentences on what was not found, and a status, so the claims ledger can say why a claim stays
 * uncheckable.
 */
final class EvidenceSearches {
  private static final Pattern BULLET =
      Pattern.compile("^- \\*\\*([A-Z]\\d*(?: / [A-Z]\\d*)*)\\*\\* \\((.+?)\\)\\.\\s+(.*)$");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?]\\*{0,2})\\s+(?=[A-Z*\"(])");
  private static final Pattern NOT_FOUND =
      Pattern.compile("not found|cannot be|no source|nothing was found", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLAIM_IN_ITEM = Pattern.compile("\\b([EPVG]\\d+)\\b");

  private final Path evidenceDir;
  private final EvidenceFigures figures;

  EvidenceSearches(Path evidenceDir, EvidenceFigures figures) {
    this.evidenceDir = evidenceDir;
    this.figures = figures;
  }

  /** Returns {@code claims_evidence_searches.csv}; {@code values} give each claim's value count. */
  CuratedDataset read(List<Value> values) {
    Path file = evidenceDir.resolve("PROVENANCE.md");
    String fileName = file.getFileName().toString();
    List<String> lines = readLines(file);
    Map<String, String> papers = paperNames();
    Map<String, List<String>> missing = missingFigures();
    Map<String, Set<String>> figuresByClaim = new TreeMap<>();
    for (EvidenceFigures.Figure f : figures.all()) {
      for (String c : f.claimIds()) {
        figuresByClaim.computeIfAbsent(c, k -> new java.util.TreeSet<>()).add(f.id());
      }
    }
    CuratedDataset out = new CuratedDataset(
        ClaimsEvidenceImporter.SEARCHES,
        "Evidence searches for paper claims: what was found and what was not",
        "One row per paper claim searched for in sources/claims-evidence/PROVENANCE.md: the claim as searched, "
            + "the queries tried, the FIGURES.md rows found, what was searched for and not found, and a status, "
            + "so a claims ledger can say why a claim stays uncheckable.",
        List.of(
            Column.of("claim_id", "string", "Claim id as in FIGURES.md (E1-E11 essay, P1-P5 Petrova 2019, V1-V4 Varda & Popadić 2025, G global series)").required(),
            Column.of("paper", "string", "The paper, as FIGURES.md names it").required(),
            Column.of("claim_searched", "string", "The claim as searched for (PROVENANCE.md's words)").required(),
            Column.of("queries", "string", "The search queries tried, verbatim (empty where none are listed)"),
            Column.of("figure_ids", "string", "FIGURES.md rows bearing on the claim, ';'-separated"),
            Column.of("value_count", "integer", "Rows of claims_evidence.csv bearing on the claim").required().range(0, null),
            Column.of("status", "string", "found: the figures found address the claim; partly-found: something searched for was not found; claimed-figure-not-found: FIGURES.md lists the claim's own figure as not found").required().oneOf("found", "partly-found", "claimed-figure-not-found"),
            Column.of("missing_figure", "string", "The claim's figure that FIGURES.md lists as not found"),
            Column.of("not_found", "string", "PROVENANCE.md's sentences on what was not found, verbatim"),
            Column.of("provenance_line", "integer", "Line of the claim's entry in PROVENANCE.md").required().range(1, null)))
        .source("Search log, treatylab shared/sources/claims-evidence/PROVENANCE.md (stored copies of public pages searched 2026-11-29)", "shared/sources/claims-evidence/PROVENANCE.md")
        .caveat("Searched only stored copies of pages (search results are openings or chunks), so 'not found' means not found in that store, not that no source exists.");
    boolean inPerClaim = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("## ")) {
        inPerClaim = line.startsWith("## Per claim");
        continue;
      }
      if (!inPerClaim || !line.startsWith("- ")) {
        continue;
      }
      Matcher m = BULLET.matcher(line);
      if (!m.matches()) {
        throw new ImportException(fileName, i + 1, "claim", "entry does not start '- **E1** (claim). …'");
      }
      String body = m.group(3);
      List<String> notFound = notFoundSentences(body);
      // A joint entry ("P2 / V4") is one search: a figure listed as not found for one id is missing for all.
      List<String> missingHere = new ArrayList<>();
      for (String claimId : m.group(1).split(" / ")) {
        missingHere.addAll(missing.getOrDefault(claimId, List.of()));
      }
      for (String claimId : m.group(1).split(" / ")) {
        out.report().read();
        String paper = papers.get(claimId.substring(0, 1));
        if (paper == null) {
          throw new ImportException(fileName, i + 1, "claim", "'" + claimId + "' names no paper listed in FIGURES.md");
        }
        Set<String> found = figuresByClaim.getOrDefault(claimId, Set.of());
        long valueCount = values.stream().filter(v -> v.figure().claimIds().contains(claimId)).count();
        String status = !missingHere.isEmpty() || found.isEmpty() ? "claimed-figure-not-found"
            : notFound.isEmpty() ? "found" : "partly-found";
        out.keep(claimId, paper, m.group(2), queries(body), String.join(";", found), valueCount, status,
            String.join("; ", missingHere), String.join(" ", notFound), i + 1);
      }
    }
    if (out.report().rowsIn() == 0) {
      throw new ImportException(fileName, 0, null, "no '## Per claim' entries found");
    }
    return out;
  }

  private static String queries(String body) {
    Matcher m = Pattern.compile("(?:Queries|Query): (.*?)\\s+(?:Found\\b|\\*\\*Not found)").matcher(body);
    if (m.find()) {
      return m.group(1).replaceAll("\\.$", "");
    }
    Matcher count = Pattern.compile("^(\\w+ quer(?:y|ies))\\.").matcher(body);
    return count.find() ? count.group(1) : "";
  }

  private static List<String> notFoundSentences(String body) {
    String[] sentences = SENTENCE_END.split(body);
    List<String> out = new ArrayList<>();
    for (int s = 0; s < sentences.length; s++) {
      if (NOT_FOUND.matcher(sentences[s]).find()) {
        String sentence = sentences[s];
        // "**Not found.**" alone says nothing of what: keep the next sentence with it.
        if (sentence.replace("*", "").trim().equalsIgnoreCase("not found.") && s + 1 < sentences.length) {
          sentence = sentence + " " + sentences[++s];
        }
        out.add(sentence);
      }
    }
    return out;
  }

  /** Paper letter → name, from FIGURES.md's "Paper ids: E = …; P = …" sentence. */
  private Map<String, String> paperNames() {
    String md = figures.markdown();
    int start = md.indexOf("Paper ids: ");
    int end = md.indexOf(". Grade:", start);
    if (start < 0 || end < 0) {
      throw new ImportException(figures.fileName(), 0, null, "no 'Paper ids: E = …; … . Grade:' sentence");
    }
    Map<String, String> out = new HashMap<>();
    for (String part : md.substring(start + "Paper ids: ".length(), end).split("; ")) {
      String[] kv = part.split(" = ", 2);
      out.put(kv[0].trim(), kv[1].trim());
    }
    return out;
  }

  /** Claim id → figures FIGURES.md lists as not found ("Claims for which nothing was found (…)"). */
  private Map<String, List<String>> missingFigures() {
    String md = figures.markdown();
    String lead = "Claims for which nothing was found (";
    int start = md.indexOf(lead);
    int end = md.indexOf(") are listed", start);
    Map<String, List<String>> out = new HashMap<>();
    if (start < 0 || end < 0) {
      return out;
    }
    for (String item : md.substring(start + lead.length(), end).split("; ")) {
      Matcher m = CLAIM_IN_ITEM.matcher(item);
      if (m.find()) {
        out.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(item.trim());
      }
    }
    return out;
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
