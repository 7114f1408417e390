package org.treatylab.data;

import tech.tablesaw.api.Table;

/**
 * The quantitative claims of one paper: id, location, exact quote, value(s), unit, how each can be
 * checked and the tolerance that counts as reproduced. See {@link Claims}.
 */
public final class ClaimLedger {
  private final Paper paper;
  private final CuratedTable claims;

  ClaimLedger(Paper paper, CuratedTable claims) {
    this.paper = paper;
    this.claims = claims;
  }

  /** Returns the paper. */
  public Paper paper() {
    return paper;
  }

  /** Returns only the claims the project can compute from its own datasets now. */
  public ClaimLedger onlyComputable() {
    Table t = claims.table();
    return new ClaimLedger(paper, claims.with(t.where(t.stringColumn("check_kind").isEqualTo("computable"))));
  }

  /**
   * Returns one claim by id, e.g. {@code claim("petrova2019.regional-share.first-month-signing")}.
   *
   * @throws IllegalArgumentException naming the paper's claim ids when there is no such claim
   */
  public org.treatylab.claims.Claim claim(String id) {
    Table t = claims.table();
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.stringColumn("claim_id").get(r).equals(id)) {
        return org.treatylab.claims.Claim.fromRow(t, r);
      }
    }
    throw new IllegalArgumentException(
        "no claim '" + id + "' for " + paper.key() + "; its claims are " + t.stringColumn("claim_id").asList());
  }

  /** Returns the claims as a Tablesaw table. */
  public Table table() {
    return claims.table();
  }

  /** Returns the number of claims. */
  public int size() {
    return claims.rowCount();
  }

  @Override
  public String toString() {
    return paper.citation() + ": " + claims.rowCount() + " claims";
  }
}
