package org.treatylab.claims;

import org.treatylab.base.Checks;
import org.treatylab.data.CuratedRows;
import org.treatylab.data.CuratedTable;
import tech.tablesaw.api.Table;

/**
 * The claims of one paper as curated in the dataset {@code claims}: id, location, exact quote,
 * value(s), unit, how each can be checked and the tolerance that counts as reproduced. See
 * {@link Claims}; the checks are made through a {@link Ledger}.
 */
public final class ClaimLedger extends CuratedRows {
  private final Paper paper;

  ClaimLedger(Paper paper, CuratedTable claims) {
    super(claims);
    this.paper = paper;
  }

  /** Returns the paper. */
  public Paper paper() {
    return paper;
  }

  /** Returns only the claims the project can compute from its own datasets. */
  public ClaimLedger onlyComputable() {
    Table claims = table();
    return new ClaimLedger(paper, withRows(claims.where(claims.stringColumn("check_kind").isEqualTo("computable"))));
  }

  /**
   * Returns one claim by id, e.g. {@code claim("petrova2019.regional-share.first-month-signing")}.
   *
   * @throws IllegalArgumentException naming the nearest claim id and the paper's claim ids when there is
   *     no such claim
   */
  public Claim claim(String id) {
    Checks.notNull(id, "id");
    Table claims = table();
    for (int r = 0; r < claims.rowCount(); r++) {
      if (claims.stringColumn("claim_id").get(r).equals(id)) {
        return Claim.fromRow(claims, r);
      }
    }
    throw Checks.unknown("claim id of " + paper.key(), "id", id, claims.stringColumn("claim_id").asList(),
        "Claims.of(\"" + paper.key() + "\")");
  }

  /** Returns every claim, in ledger order. */
  public java.util.List<Claim> claims() {
    Table claims = table();
    java.util.List<Claim> out = new java.util.ArrayList<>();
    for (int r = 0; r < claims.rowCount(); r++) {
      out.add(Claim.fromRow(claims, r));
    }
    return out;
  }

  @Override
  public String toString() {
    return paper.citation() + ": " + size() + " claims";
  }
}
