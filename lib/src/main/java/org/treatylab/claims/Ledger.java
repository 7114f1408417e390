package org.treatylab.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.data.Claims;
import org.treatylab.data.Paper;
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
   * Returns the paper's ledger: every claim with this session's check (the latest, if checked more
   * than once), or why it is not checked.
   */
  public static synchronized PaperLedger report(Paper paper) {
    Table claims = Claims.of(paper).table();
    java.util.List<PaperLedger.Row> rows = new java.util.ArrayList<>();
    for (int r = 0; r < claims.rowCount(); r++) {
      Claim c = Claim.fromRow(claims, r);
      ClaimCheck check = CHECKS.get(c.id());
      if (check != null) {
        rows.add(new PaperLedger.Row(c, check.computedAsText(), check.verdict().label(),
            check.how().isEmpty() ? check.reason() : check.reason() + " [" + check.how() + "]"));
      } else if (!c.isComputable()) {
        rows.add(new PaperLedger.Row(c, "", PaperLedger.NOT_COMPUTABLE, "missing data: " + c.howToCheck()));
      } else {
        rows.add(new PaperLedger.Row(c, "", PaperLedger.NOT_CHECKED, c.howToCheck()));
      }
    }
    return new PaperLedger(paper, java.util.List.copyOf(rows));
  }

  /** Returns the paper's ledger as a table (see {@link #report}). */
  public static Table of(Paper paper) {
    return report(paper).table();
  }

  /** Returns the counts of verdicts in the paper's ledger, in words. */
  public static String summary(Paper paper) {
    return report(paper).summary();
  }
}
