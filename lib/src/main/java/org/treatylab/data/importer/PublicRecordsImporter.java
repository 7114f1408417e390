package org.treatylab.data.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Builds {@code claims_public_records.csv}: numbers found in the stored public record for paper claims
 * the other datasets could not settle (issue 25), from the hand-kept
 * {@code datasets/curated-inputs/claims-evidence-25.csv} (gathered from stored copies of Landmine and
 * Cluster Munition Monitor, UN, ICRC, HRW, Amnesty, government and press pages; every row names its page,
 * the sentence as stored and a grade; see {@code CLAIMS-EVIDENCE-25.md}).
 *
 * <p>Checks, each failing the import with file, line and column: ids unique and lower-case; the claim
 * exists in {@code claims-source.csv}; the value is a finite number; years and date well formed; grade
 * primary, secondary or derived (derived needs a {@code derivation}); the address is http(s); the quote
 * states the value in digits or words, in the row's unit ({@link QuoteEvidence.Spec#reader}: a month by its
 * name with the year, a rank also by an ordinal), or the row says in {@code derivation} how it was read; a
 * yes/no reading (unit {@code indicator (yes = …)}) has value yes or no and is stored as a boolean, not a
 * number; a count of names ({@code named}) gives names that the quote writes and that are as many as the
 * value, and is stored as the names (the library counts them); a row whose note says the paper cites the page must say so in
 * {@code source_relation}. Rejected with a reason, not failed: a quote that is cut off (it ends in
 * the middle of a word or without closing punctuation: a stored excerpt that breaks off is not evidence of
 * what the sentence goes on to say), and a page that cites the paper itself (not independent evidence).
 */
public final class PublicRecordsImporter extends AbstractSourceImporter {
  /** The curated dataset's resource name. */
  public static final String NAME = "claims_public_records";
  /** The hand-kept source. */
  public static final String SOURCE = "claims-evidence-25.csv";
  /** How a page stands to the paper: independent of it, the paper's own cited source, or a page that cites the paper. */
  public static final List<String> RELATIONS = List.of("independent", "paper's source", "cites the paper");
  private static final List<String> GRADES = List.of("primary", "secondary", "derived");
  /** The unit of a yes/no reading: its value is "yes" or "no", stored as a boolean, not as a number. */
  public static final String INDICATOR = "indicator";
  /** A complete quote ends with closing punctuation, a closing quote or bracket, or a footnote marker. */
  private static final Pattern COMPLETE_END = Pattern.compile(".*[.!?:;)\\]”\"’']\\s*$", Pattern.DOTALL);

  /** Creates the importer; claim ids are looked up in {@code claims-source.csv}. */
  public PublicRecordsImporter() {
    super(NAME, "curated-inputs/" + SOURCE, "curated-inputs/" + ClaimsImporter.SOURCE);
  }

  @Override
  public CuratedDataset read(ImportData.Context context) {
    return read(context.inputs().csv(SOURCE), claimIds(context.inputs().csv(ClaimsImporter.SOURCE)));
  }

  /** Returns the claim ids of {@code claims-source.csv}. */
  static Set<String> claimIds(SourceCsv claims) {
    Set<String> out = new TreeSet<>();
    claims.requireColumns("claim_id").rows().forEach(r -> out.add(r.get("claim_id")));
    return out;
  }

  /**
   * Checks every row and returns the dataset: rows in = kept + rejected.
   *
   * @param csv the hand-kept {@link #SOURCE}
   * @param claimIds the ledger's claim ids
   */
  public CuratedDataset read(SourceCsv csv, Set<String> claimIds) {
    csv.requireColumns("value_id", "claim_id", "measure", "area", "period_start", "period_end", "date", "value",
        "named", "unit", "qualifier", "reported_in", "scope", "formula", "derivation", "grade", "source_relation",
        "source_url", "source_title", "quote", "note");
    CuratedDataset out = dataset(csv.fileName());
    Set<String> ids = new TreeSet<>();
    for (SourceCsv.Row row : csv.rows()) {
      out.report().read();
      String id = row.required("value_id");
      if (!id.matches("[a-z0-9][a-z0-9.\\-]*")) {
        throw row.error("value_id", "must be lower-case letters, digits, '.' and '-', got '" + id + "'");
      }
      if (!ids.add(id)) {
        throw row.error("value_id", "duplicate id '" + id + "'");
      }
      String claim = row.claimId("claim_id", claimIds);
      String unit = row.required("unit");
      Boolean indicator = null;
      Double value = null;
      if (unit.startsWith(INDICATOR)) {
        // a yes/no reading is no number: kept as a boolean (Definitions records yes as 1 in the ledger)
        String answer = row.required("value");
        if (!answer.equals("yes") && !answer.equals("no")) {
          throw row.error("value", "is '" + answer + "'; a row of unit '" + unit + "' is a yes/no reading: write yes or no");
        }
        indicator = answer.equals("yes");
      } else {
        value = number(row, "value");
      }
      List<String> named = row.get("named").isEmpty() ? List.of() : List.of(row.get("named").split("; "));
      if (!named.isEmpty()) {
        if (value == null || value != named.size()) {
          throw row.error("named", "names " + named.size() + " (" + row.get("named") + "), but value is " + row.get("value")
              + ": the value of a count of names is their number");
        }
        for (String name : named) {
          if (!row.get("quote").contains(name)) {
            throw row.error("named", "'" + name + "' is not in the quote; name only what the quote names, as it writes it");
          }
        }
      }
      int start = year(row, "period_start");
      int end = year(row, "period_end");
      if (end < start) {
        throw row.error("period_end", end + " is before period_start " + start);
      }
      java.time.LocalDate date = row.dateOrNull("date");
      String grade = row.required("grade");
      if (!GRADES.contains(grade)) {
        throw row.error("grade", "is '" + grade + "'; one of " + GRADES);
      }
      String derivation = row.get("derivation");
      if (grade.equals("derived") && derivation.isEmpty()) {
        throw row.error("derivation", "a derived value must say how it was derived");
      }
      String relation = row.required("source_relation");
      if (!RELATIONS.contains(relation)) {
        throw row.error("source_relation", "is '" + relation + "'; one of " + RELATIONS);
      }
      if (row.get("note").toLowerCase(Locale.ROOT).contains("the paper cites") && relation.equals("independent")) {
        throw row.error("source_relation", "the note says the paper cites this page; write \"paper's source\"");
      }
      String url = row.address("source_url");
      String quote = row.required("quote");
      if (relation.equals("cites the paper")) {
        out.report().rejected(csv.fileName(), row.line(), id + ": the page cites the paper, so it is not independent evidence of the paper's claim");
        continue;
      }
      if (!COMPLETE_END.matcher(quote).matches()) {
        String tail = quote.length() > 30 ? "…" + quote.substring(quote.length() - 30) : quote;
        out.report().rejected(csv.fileName(), row.line(), id + ": the quote is cut off ('" + tail
            + "' ends without closing punctuation): a sentence that breaks off, or a bare list cell, does not show what it states");
        continue;
      }
      // the row's unit scopes the reading: a month by its name with the year, a rank also by an ordinal
      boolean stated = value == null || !named.isEmpty()
          || QuoteEvidence.spec(NAME).reader(row::get).test(quote, value);
      if (!stated && derivation.isEmpty()) {
        throw row.error("quote", "does not state the value " + SourceValues.format(value)
            + " in digits or words (in unit '" + unit + "'); say in 'derivation' how it was read");
      }
      out.keep(id, claim, row.required("measure"), row.required("area"), start, end, date == null ? "" : date.toString(),
          value == null || !named.isEmpty() ? "" : SourceValues.format(value), indicator == null ? "" : indicator.toString(),
          String.join("; ", named), unit, row.get("qualifier"), row.required("reported_in"),
          row.get("scope"), grade, relation, url, row.required("source_title"), quote, derivation,
          row.get("note"));
    }
    out.sortByColumns(1);
    return out;
  }

  private static double number(SourceCsv.Row row, String column) {
    String text = row.required(column);
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw row.error(column, "not a number: '" + text + "'");
    }
    if (!Double.isFinite(v)) {
      throw row.error(column, "must be a finite number, got '" + text + "'");
    }
    return v;
  }

  private static int year(SourceCsv.Row row, String column) {
    String text = row.required(column);
    if (!text.matches("(19|20)\\d\\d")) {
      throw row.error(column, "must be a year 1900-2099, got '" + text + "'");
    }
    return Integer.parseInt(text);
  }

  private static CuratedDataset dataset(String sourceFile) {
    return new CuratedDataset(
        NAME,
        "Public-record values for paper claims the other datasets cannot settle",
        "One row per number found in the stored public record (Landmine and Cluster Munition Monitor, UN, ICRC, "
            + "HRW, Amnesty, government and press pages) for a claim of the ledger: value, unit, years, grade, how the "
            + "page stands to the paper, its address and the sentence as stored. Hand-kept in "
            + CuratedInputs.projectPath(sourceFile) + " (see CLAIMS-EVIDENCE-25.md there).",
        List.of(
            Column.of("value_id", "string", "Stable id, e.g. russia.cm-use-georgia.hrw2009").required(),
            Column.of("claim_id", "string", "The ledger claim (claims.csv) the value bears on").required(),
            Column.of("measure", "string", "What is counted or dated, e.g. states, year, month").required(),
            Column.of("area", "string", "State, territory or 'world'").required(),
            Column.of("period_start", "integer", "First year covered").required(),
            Column.of("period_end", "integer", "Last year covered").required(),
            Column.of("date", "date", "Exact date where the page gives one"),
            Column.of("value", "number", "The value in 'unit'; empty for a yes/no reading (see 'indicator') and for a count of names (see 'named')"),
            Column.of("indicator", "boolean", "A yes/no reading (unit 'indicator (yes = …)'): true for yes; empty for a number. Definitions records yes as 1, no as 0 in the ledger"),
            Column.of("named", "string", "Where the value is the number of states or conferences the quote names: the names as the quote writes them, separated by '; ' (value is then empty and Definitions counts them)"),
            Column.of("unit", "string", "Unit; 'month' (read from the month's name with its year), 'rank …' (also read from an ordinal), 'indicator (yes = …)' for a yes/no reading").required(),
            Column.of("qualifier", "string", "The source's qualifier ('at least', 'some')"),
            Column.of("reported_in", "string", "Edition or publication").required(),
            Column.of("scope", "string", "What the value includes, in the source's terms"),
            Column.of("grade", "string", "primary (the body that produced the figure), secondary (press, encyclopaedias, copies) or derived (a count or reading of quoted text)").required().oneOf("primary", "secondary", "derived"),
            Column.of("source_relation", "string", "independent of the paper, or the paper's own cited source (a re-read of the paper's source, not independent evidence)").required().oneOf("independent", "paper's source"),
            Column.of("source_url", "string", "Address of the page").required(),
            Column.of("source_title", "string", "Title of the page").required(),
            Column.of("quote", "string", "The sentence that states the value, as stored").required(),
            Column.of("derivation", "string", "How the value was read where the quote does not state it in digits, words, a month's name with its year or an ordinal rank (a bound from 'more than a third', a month from a page's address); for a yes/no reading, what was read as yes; for named states, which of the quote's names were taken"),
            Column.of("note", "string", "Caveats: other editions, what the row does not settle")))
        .primaryKey("value_id")
        .source("Hand-kept claims-evidence-25.csv (treatylab), each row citing its page", CuratedInputs.projectPath(sourceFile))
        .caveat("Gathered from stored excerpts of about 2,000 characters with the search tool (2026-12); 'not found' (claims_public_record_searches) means not in the excerpts returned.")
        .caveat("A row whose source_relation is \"paper's source\" re-reads a page the paper cites: it checks the paper's reading, not the fact independently.")
        .caveat("Cut-off quotes are rejected at import (see the import report).");
  }
}
