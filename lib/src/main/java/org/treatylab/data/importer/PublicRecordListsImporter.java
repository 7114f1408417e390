package org.treatylab.data.importer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@code claims_public_record_lists.csv}: states named in a list a ledger claim needs (the Oslo
 * Process core group, the hosts of its conferences, the states of a 2011 CCW statement), with ISO3 codes,
 * from the hand-kept {@code datasets/curated-inputs/claims-evidence-25-lists.csv} (stored copies of the
 * Irish Times, AP, Cluster Munition Coalition, Norwegian MFA and Article 36 pages; address and sentence on
 * every row).
 *
 * <p>Checks, each failing the import with file, line and column: the claim exists in
 * {@code claims-source.csv}; the name resolves to a state; the quote names the state (without a leading
 * "the"), unless the curator's parenthesis says the state is not stated ("Serbia (host inferred from the
 * city; not stated)"), which becomes the row's {@code note} and sets {@code stated_in_quote} false; the
 * address is http(s); a state appears once per list.
 */
public final class PublicRecordListsImporter extends AbstractSourceImporter {
  /** The curated dataset's resource name. */
  public static final String NAME = "claims_public_record_lists";
  /** The hand-kept source. */
  public static final String SOURCE = "claims-evidence-25-lists.csv";
  private static final Pattern NAME_AND_NOTE = Pattern.compile("(.+?)\\s*\\((.+)\\)");

  /** Creates the importer. */
  public PublicRecordListsImporter() {
    super(NAME, "curated-inputs/" + SOURCE, "curated-inputs/" + ClaimsImporter.SOURCE);
  }

  @Override
  public CuratedDataset read(ImportData.Context context) {
    return read(context.inputs().csv(SOURCE), PublicRecordsImporter.claimIds(context.inputs().csv(ClaimsImporter.SOURCE)),
        context.iso3Of());
  }

  /**
   * Checks every row and returns the dataset.
   *
   * @param iso3Of state name to ISO3, throwing {@link IllegalArgumentException} on unknown names
   */
  public CuratedDataset read(SourceCsv csv, Set<String> claimIds, Function<String, String> iso3Of) {
    csv.requireColumns("list_id", "claim_id", "role", "state_name_as_in_source", "source_url", "quote");
    CuratedDataset out = dataset(csv.fileName());
    Set<String> seen = new java.util.HashSet<>();
    for (SourceCsv.Row row : csv.rows()) {
      out.report().read();
      String list = row.required("list_id");
      if (!list.matches("[a-z0-9_]+")) {
        throw row.error("list_id", "must be lower-case letters, digits and '_', got '" + list + "'");
      }
      String claim = row.claimId("claim_id", claimIds);
      String asWritten = row.required("state_name_as_in_source");
      String name = asWritten;
      String note = "";
      Matcher m = NAME_AND_NOTE.matcher(asWritten);
      if (m.matches()) {
        name = m.group(1);
        note = m.group(2);
      }
      String bare = name.replaceFirst("^(?i)the\\s+", "");
      String iso3;
      try {
        iso3 = iso3Of.apply(bare);
      } catch (IllegalArgumentException e) {
        throw row.error("state_name_as_in_source", e.getMessage());
      }
      if (!seen.add(list + "|" + iso3)) {
        throw row.error("state_name_as_in_source", iso3 + " appears twice in list " + list);
      }
      String quote = row.required("quote");
      boolean stated = quote.toLowerCase(Locale.ROOT).contains(bare.toLowerCase(Locale.ROOT));
      if (!stated && !note.contains("not stated")) {
        throw row.error("quote", "does not name '" + bare + "'; quote the sentence that names it, or say '(… not stated)' after the name");
      }
      String url = row.address("source_url");
      out.keep(list, claim, row.required("role"), bare, iso3, stated, note, url, quote);
    }
    out.sortByColumns(1);
    return out;
  }

  private static CuratedDataset dataset(String sourceFile) {
    return new CuratedDataset(
        NAME,
        "States named in public-record lists that ledger claims need",
        "One row per state named in a list (Oslo Process core group, conference hosts, a 2011 CCW statement), with its "
            + "ISO3 code, role, the page and the sentence that names it. Hand-kept in " + CuratedInputs.projectPath(sourceFile) + ".",
        List.of(
            Column.of("list_id", "string", "The list, e.g. oslo_process_conference_hosts").required(),
            Column.of("claim_id", "string", "The ledger claim the list bears on").required(),
            Column.of("role", "string", "The state's role in the list, e.g. 'host: Lima conference May 2007'").required(),
            Column.of("state_name", "string", "The name as the page writes it, without a leading 'the'").required(),
            Column.of("iso3", "string", "ISO 3166-1 alpha-3 code").required().pattern(Column.ISO3),
            Column.of("stated_in_quote", "boolean", "Whether the quote names the state (false: inferred, see note)").required(),
            Column.of("note", "string", "The curator's caveat, e.g. host inferred from the city"),
            Column.of("source_url", "string", "Address of the page").required(),
            Column.of("quote", "string", "The sentence that names the state, as stored").required()))
        .primaryKey("list_id", "iso3")
        .source("Hand-kept claims-evidence-25-lists.csv (treatylab), each row citing its page", CuratedInputs.projectPath(sourceFile))
        .caveat("Hosts of the two interim conferences (Belgrade, Brussels) are inferred from the city, not stated: stated_in_quote is false.");
  }
}
