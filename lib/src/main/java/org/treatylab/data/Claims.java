package org.treatylab.data;

import tech.tablesaw.api.Table;

/**
 * The quantitative claims of the three papers (see {@link Paper}), hand-curated in
 * {@code datasets/curated-inputs/claims-source.csv} and checked on import: each quote occurs verbatim in
 * the paper's text and each {@code computable} claim names datasets that exist. The papers' own
 * numbers are not evidence: notebooks compute the project's value and compare.
 */
public final class Claims {
  private Claims() {}

  /** Returns the claims of one paper, e.g. {@code Claims.of(Paper.PETROVA_2019)}. */
  public static ClaimLedger of(Paper paper) {
    CuratedTable all = CuratedTable.load("claims");
    Table t = all.table();
    return new ClaimLedger(paper, all.with(t.where(t.stringColumn("paper").isEqualTo(paper.key()))));
  }

  /** Returns the claims of Petrova (2019). */
  public static ClaimLedger petrova2019() {
    return of(Paper.PETROVA_2019);
  }

  /** Returns the claims of all three papers as one table. */
  public static Table all() {
    return CuratedTable.load("claims").table();
  }
}
