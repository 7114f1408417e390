package org.treatylab.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.base.Tables;
import tech.tablesaw.api.Table;

/**
 * A paper's claims ledger: every claim of the paper with the project's value and verdict from one
 * {@link Ledger}'s checks. A claim without a check says why: {@code not computable} (the data that
 * would settle it are named, and where they were searched for) or {@code not checked} (computable,
 * but no cell checked it: a gap). Its rows follow the one schema in {@link LedgerSchema}.
 *
 * @param paper the paper
 * @param rows one row per claim, in ledger order
 * @param robustness the robustness tables recorded for the paper's claims
 */
public record PaperLedger(Paper paper, List<Row> rows, List<Robustness> robustness) {

  /**
   * One claim of the ledger.
   *
   * @param claim the claim
   * @param quantity the quantity computed, or ""
   * @param computed the project's value, or "" when not checked
   * @param verdict the verdict
   * @param note the comparison, what the data measure instead, or what would settle it
   * @param rowsUsed the dataset rows used, or ""
   * @param robustness how many definitions reproduce the claim, with the table's anchor, or ""
   */
  public record Row(Claim claim, String quantity, String computed, Verdict verdict, String note, String rowsUsed,
      String robustness) {

    /** Returns the row as the schema's fields, in order (see {@link LedgerSchema#fields()}). */
    public Map<String, String> fields(String notebook) {
      Map<String, String> o = new LinkedHashMap<>();
      for (String f : LedgerSchema.fields()) {
        o.put(f, switch (f) {
          case "paper" -> claim.paper();
          case "claim_id" -> claim.id();
          case "location" -> claim.location();
          case "claim" -> claim.quote();
          case "paper_value" -> claim.values();
          case "unit" -> claim.unit();
          case "tolerance" -> claim.tolerance();
          case "quantity" -> quantity;
          case "computed_value" -> computed;
          case "verdict" -> verdict.label();
          case "note" -> note;
          case "rows_used" -> rowsUsed;
          case "robustness" -> robustness;
          case "notebook" -> notebook;
          default -> throw new IllegalStateException("ledger-schema.json has field '" + f + "' that Row does not know");
        });
      }
      return o;
    }
  }

  /** Returns the ledger as a table: claim, where, paper, data, verdict, note. */
  public Table table() {
    return Tables.of("claims ledger: " + paper.key(), rows)
        .text("claim", r -> r.claim().id())
        .text("where", r -> r.claim().location())
        .text("paper", r -> r.claim().values() + " " + r.claim().unit())
        .text("data", Row::computed)
        .text("verdict", r -> r.verdict().label())
        .text("note", r -> r.note() + (r.robustness().isEmpty() ? "" : " — robustness: " + r.robustness()))
        .build();
  }

  /** Returns the count of each verdict, in the enum's order ("not checked" only when there is one). */
  public Map<Verdict, Integer> counts() {
    Map<Verdict, Integer> counts = new LinkedHashMap<>();
    for (Verdict v : Verdict.values()) {
      if (v != Verdict.NOT_CHECKED) {
        counts.put(v, 0);
      }
    }
    rows.forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
    return counts;
  }

  /** Returns e.g. {@code petrova2019: 40 claims — 20 reproduced, 8 differs, 4 not comparable, 8 not computable}. */
  public String summary() {
    StringBuilder out = new StringBuilder(paper.key() + ": " + rows.size() + " claims — ");
    counts().forEach((k, v) -> out.append(v).append(' ').append(k.label()).append(", "));
    return out.substring(0, out.length() - 2);
  }

  @Override
  public String toString() {
    return summary();
  }
}
