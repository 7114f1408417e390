package org.treatylab.data.importer;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds {@code claims_public_record_searches.csv}: every query run for a ledger claim in the stored public
 * record (issue 25), with what it found (value ids of {@code claims_public_records}) and what it did
 * <em>not</em> find, from the hand-kept {@code datasets/curated-inputs/claims-evidence-25-searches.csv}.
 *
 * <p>Checks, each failing the import with file, line and column: the claim exists in
 * {@code claims-source.csv}; the corpus is one of the search tool's; the outcome is found, partly-found or
 * not-found; every value id a search names exists in
 * {@code claims-evidence-25.csv}; a not-found or partly-found search says what it did not find. Rejected with the reason: a found or partly-found search that names
 * no value id it found (nor the lists file, for named states), since its find cannot be traced.
 */
public final class PublicRecordSearchesImporter extends AbstractSourceImporter {
  /** The curated dataset's resource name. */
  public static final String NAME = "claims_public_record_searches";
  /** The hand-kept source. */
  public static final String SOURCE = "claims-evidence-25-searches.csv";

  /** Creates the importer. */
  public PublicRecordSearchesImporter() {
    super(NAME, "curated-inputs/" + SOURCE, "curated-inputs/" + ClaimsImporter.SOURCE,
        "curated-inputs/" + PublicRecordsImporter.SOURCE);
  }

  @Override
  public CuratedDataset read(ImportData.Context context) {
    Set<String> valueIds = new TreeSet<>();
    context.inputs().csv(PublicRecordsImporter.SOURCE).rows().forEach(r -> valueIds.add(r.get("value_id")));
    return read(context.inputs().csv(SOURCE), PublicRecordsImporter.claimIds(context.inputs().csv(ClaimsImporter.SOURCE)),
        valueIds);
  }

  /** Checks every row and returns the dataset. */
  public CuratedDataset read(SourceCsv csv, Set<String> claimIds, Set<String> valueIds) {
    csv.requireColumns("claim_id", "searched_on", "corpus", "query", "outcome", "found_value_ids", "not_found");
    CuratedDataset out = dataset(csv.fileName());
    int n = 0;
    for (SourceCsv.Row row : csv.rows()) {
      out.report().read();
      String claim = row.claimId("claim_id", claimIds);
      String corpus = row.required("corpus");
      if (!List.of("docs", "pages", "code", "issues").contains(corpus)) {
        throw row.error("corpus", "is '" + corpus + "'; one of docs, pages, code, issues");
      }
      String outcome = row.required("outcome");
      if (!List.of("found", "partly-found", "not-found").contains(outcome)) {
        throw row.error("outcome", "is '" + outcome + "'; one of found, partly-found, not-found");
      }
      String found = row.get("found_value_ids");
      if (!outcome.equals("not-found") && found.isEmpty() && !row.get("not_found").contains(PublicRecordListsImporter.SOURCE)) {
        // a search that claims a find but records none cannot be traced: kept out, with the reason
        out.report().rejected(csv.fileName(), row.line(), claim + ": a " + outcome + " search that names no value id it found (nor the lists file): its find cannot be traced");
        continue;
      }
      for (String id : found.isEmpty() ? new String[0] : found.split(";")) {
        if (!valueIds.contains(id.trim())) {
          throw row.error("found_value_ids", "'" + id.trim() + "' is no value_id of " + PublicRecordsImporter.SOURCE);
        }
      }
      if (!outcome.equals("found") && row.get("not_found").isEmpty()) {
        throw row.error("not_found", "a " + outcome + " search says what it did not find");
      }
      n++;
      out.keep(n, claim, row.required("searched_on"), corpus, row.required("query"), outcome, found, row.get("not_found"));
    }
    return out;
  }

  private static CuratedDataset dataset(String sourceFile) {
    return new CuratedDataset(
        NAME,
        "Searches of the stored public record for ledger claims, with what was not found",
        "One row per query: the claim, when, the corpus of the search tool, the query, the outcome, the value ids found "
            + "(claims_public_records) and what was not found. Hand-kept in " + CuratedInputs.projectPath(sourceFile) + ".",
        List.of(
            Column.of("search_no", "integer", "Order of the search in the source file").required(),
            Column.of("claim_id", "string", "The ledger claim searched for").required(),
            Column.of("searched_on", "string", "Year and month of the search").required(),
            Column.of("corpus", "string", "The search tool's corpus").required().oneOf("docs", "pages", "code", "issues"),
            Column.of("query", "string", "The query as sent").required(),
            Column.of("outcome", "string", "found, partly-found or not-found").required().oneOf("found", "partly-found", "not-found"),
            Column.of("found_value_ids", "string", "value_ids of claims_public_records found, separated by ;"),
            Column.of("not_found", "string", "What the excerpts returned did not contain")))
        .primaryKey("search_no")
        .source("Hand-kept claims-evidence-25-searches.csv (treatylab)", CuratedInputs.projectPath(sourceFile))
        .caveat("'Not found' means not in the excerpts (about 2,000 characters each) the search returned, never 'does not exist'.");
  }
}
