package org.treatylab.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.data.Claims;
import org.treatylab.data.Paper;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The checks made in this session, and the ledger of a paper: every claim of the paper with its
 * check (the latest one, if checked more than once), or why it is not checked (cited only, or not
 * yet computed). A notebook's last cell shows {@code Ledger.of(Paper.PETROVA_2019)}.
 */
public final class Ledger {
  private static final Map<String, ClaimCheck> CHECKS = new LinkedHashMap<>();

  private Ledger() {}

  static synchronized ClaimCheck record(ClaimCheck check) {
    CHECKS.remove(check.claim().id());
    CHECKS.put(check.claim().id(), check);
    return check;
  }

  /** Returns the checks made so far in this session, in the order made. */
  public static synchronized List<ClaimCheck> checks() {
    return List.copyOf(CHECKS.values());
  }

  /** Forgets the checks made so far. */
  public static synchronized void clear() {
    CHECKS.clear();
  }

  /**
   * Returns the paper's ledger as a table: claim, location, paper's value, project's value, verdict,
   * reason; claims not checked say why.
   */
  public static synchronized Table of(Paper paper) {
    Table claims = Claims.of(paper).table();
    StringColumn id = StringColumn.create("claim");
    StringColumn where = StringColumn.create("where");
    StringColumn stated = StringColumn.create("paper");
    StringColumn computed = StringColumn.create("data");
    StringColumn verdict = StringColumn.create("verdict");
    StringColumn reason = StringColumn.create("reason");
    for (int r = 0; r < claims.rowCount(); r++) {
      Claim c = Claim.fromRow(claims, r);
      ClaimCheck check = CHECKS.get(c.id());
      id.append(c.id());
      where.append(c.location());
      stated.append(c.values() + " " + c.unit());
      if (check != null) {
        computed.append(check.computedAsText());
        verdict.append(check.verdict().label());
        reason.append(check.how().isEmpty() ? check.reason() : check.reason() + " [" + check.how() + "]");
      } else if (!c.isComputable()) {
        computed.append("");
        verdict.append("cited only");
        reason.append(c.howToCheck());
      } else {
        computed.append("");
        verdict.append("not checked yet");
        reason.append(c.howToCheck());
      }
    }
    return Table.create("claims ledger: " + paper.key(), id, where, stated, computed, verdict, reason);
  }

  /** Returns counts of verdicts in the paper's ledger, e.g. {@code reproduced 9, differs 3, cited only 8}. */
  public static String summary(Paper paper) {
    Table t = of(paper);
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String v : List.of("reproduced", "differs", "not checked yet", "cited only")) {
      counts.put(v, 0);
    }
    t.stringColumn("verdict").forEach(v -> counts.merge(v, 1, Integer::sum));
    StringBuilder out = new StringBuilder(paper.key() + ": " + t.rowCount() + " claims — ");
    counts.forEach((k, v) -> out.append(k).append(' ').append(v).append(", "));
    return out.substring(0, out.length() - 2);
  }
}
