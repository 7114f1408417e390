package org.treatylab.data.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The named-state lists of the claims evidence ({@code sources/claims-evidence/lists.csv}) as
 * {@code claims_evidence_lists.csv}: each name resolved to ISO3, each list tied to the one FIGURES.md row
 * that describes it, each address checked against that row.
 */
final class EvidenceLists {
  private EvidenceLists() {}

  /**
   * Returns {@code claims_evidence_lists.csv}, sorted by list, name and code.
   *
   * @param evidenceDir the {@code sources/claims-evidence} folder
   * @param figures its parsed FIGURES.md
   * @param iso3Of state name to ISO3, throwing {@link IllegalArgumentException} on unknown names
   */
  static CuratedDataset read(Path evidenceDir, EvidenceFigures figures, Function<String, String> iso3Of) {
    SourceCsv csv = SourceCsv.read(evidenceDir.resolve("lists.csv"))
        .requireColumns("list_id", "state_name_as_in_source", "source_address");
    CuratedDataset out = new CuratedDataset(
        ClaimsEvidenceImporter.LISTS,
        "Named states in the claims evidence (partial lists)",
        "One row per state named on a list in sources/claims-evidence/lists.csv (e.g. lima2007_new_named: "
            + "states that joined the Oslo Process at Lima, May 2007, as named by the source), with ISO3 code, "
            + "the FIGURES.md row that describes the list, and its grade.",
        List.of(
            Column.of("list_id", "string", "The list (as in lists.csv)").required(),
            Column.of("state_name_as_in_source", "string", "The state's name as the source writes it").required(),
            Column.of("iso3", "string", "ISO 3166-1 alpha-3 code").required(),
            Column.of("figure_id", "string", "FIGURES.md row whose note describes the list").required(),
            Column.of("grade", "string", "Grade of that row").required().oneOf("primary", "secondary"),
            Column.of("source_url", "string", "Address of the page that names the state").required()))
        .source("Lists transcribed in treatylab shared/sources/claims-evidence/lists.csv (Wikipedia, Oslo Conference on Cluster Munitions)", "https://en.wikipedia.org/wiki/Oslo_Conference_on_Cluster_Munitions")
        .caveat("Partial: the source names only some of the states it counts (PROVENANCE.md: 'Partial (11 of 28)'); do not use the list as the full set.");
    Set<String> seen = new HashSet<>();
    List<Object[]> rows = new ArrayList<>();
    for (SourceCsv.Row row : csv.rows()) {
      out.report().read();
      String listId = row.required("list_id");
      String name = row.required("state_name_as_in_source");
      String url = row.required("source_address");
      if (!seen.add(listId + "|" + name)) {
        throw row.error("state_name_as_in_source", "'" + name + "' is listed twice in " + listId);
      }
      List<EvidenceFigures.Figure> describing = figures.all().stream()
          .filter(f -> f.note().contains(listId)).toList();
      if (describing.size() != 1) {
        throw row.error("list_id", "'" + listId + "' is described by " + describing.size()
            + " FIGURES.md rows; expected exactly one");
      }
      EvidenceFigures.Figure f = describing.get(0);
      if (!url.equals(f.sourceUrl()) && !f.note().contains(url)) {
        throw row.error("source_address", "'" + url + "' is not the address of " + f.id() + " or in its note");
      }
      String iso3;
      try {
        iso3 = iso3Of.apply(name);
      } catch (IllegalArgumentException e) {
        throw row.error("state_name_as_in_source", e.getMessage());
      }
      rows.add(new Object[] {listId, name, iso3, f.id(), f.grade(), url});
    }
    rows.forEach(out::keep);
    return out.sortByColumns(3);
  }
}
