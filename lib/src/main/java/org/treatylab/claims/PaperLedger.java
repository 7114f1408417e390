package org.treatylab.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.data.Paper;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A paper's claims ledger: every claim of the paper ({@code claims.csv}) with the project's value and
 * verdict from this session's checks. A claim not checked says why: {@code not computable} (the
 * project has no data for it; the missing data are named) or {@code not checked} (computable, but no
 * notebook cell checked it). Verdicts are never set by hand: they come from {@link Claim#check}.
 *
 * @param paper the paper
 * @param rows one row per claim, in ledger order
 */
public record PaperLedger(Paper paper, List<Row> rows) {
  /** Verdict of a claim with no data to compute it from. */
  public static final String NOT_COMPUTABLE = "not computable";
  /** Verdict of a computable claim that no cell checked. */
  public static final String NOT_CHECKED = "not checked";

  /**
   * One claim of the ledger.
   *
   * @param claim the claim
   * @param computed the project's value, or "" when not checked
   * @param verdict reproduced, differs, not computable, or not checked
   * @param note the reason: the comparison, how it was computed, or what data would settle it
   */
  public record Row(Claim claim, String computed, String verdict, String note) {}

  /** Returns the ledger as a table: claim, where, paper, data, verdict, note. */
  public Table table() {
    StringColumn id = StringColumn.create("claim");
    StringColumn where = StringColumn.create("where");
    StringColumn stated = StringColumn.create("paper");
    StringColumn data = StringColumn.create("data");
    StringColumn verdict = StringColumn.create("verdict");
    StringColumn note = StringColumn.create("note");
    for (Row r : rows) {
      id.append(r.claim().id());
      where.append(r.claim().location());
      stated.append(r.claim().values() + " " + r.claim().unit());
      data.append(r.computed());
      verdict.append(r.verdict());
      note.append(r.note());
    }
    return Table.create("claims ledger: " + paper.key(), id, where, stated, data, verdict, note);
  }

  /** Returns the count of each verdict, in a fixed order. */
  public Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String v : List.of("reproduced", "differs", NOT_COMPUTABLE, NOT_CHECKED)) {
      counts.put(v, 0);
    }
    rows.forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
    return counts;
  }

  /** Returns e.g. {@code petrova2019: 22 claims — 10 reproduced, 4 differs, 8 not computable, 0 not checked}. */
  public String summary() {
    StringBuilder out = new StringBuilder(paper.key() + ": " + rows.size() + " claims — ");
    counts().forEach((k, v) -> out.append(v).append(' ').append(k).append(", "));
    return out.substring(0, out.length() - 2);
  }

  @Override
  public String toString() {
    return summary();
  }
}
