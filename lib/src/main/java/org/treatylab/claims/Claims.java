package org.treatylab.claims;

import org.treatylab.data.CuratedRows;
import org.treatylab.data.CuratedTable;
import tech.tablesaw.api.Table;

/**
 * The checkable claims of the papers (see {@link Paper}), hand-curated in
 * {@code datasets/curated-inputs/claims-source.csv} and imported into the dataset {@code claims}
 * ({@code datasets/claims.csv}), checked on import: each quote occurs verbatim in the paper's text, each
 * {@code computable} claim names datasets that exist, each {@code not-computable} one says what would
 * settle it and where that was searched for. The papers' own numbers are not evidence: notebooks compute
 * the project's value and compare.
 */
public final class Claims {
  private Claims() {}

  /** Returns the claims of one paper, e.g. {@code Claims.of(Paper.of("petrova2019"))}. */
  public static ClaimLedger of(Paper paper) {
    return new ClaimLedger(paper, CuratedRows.rowsWhere("claims", "paper", paper.key()));
  }

  /** Returns the claims of the paper with the given key (see {@link Paper#of}). */
  public static ClaimLedger of(String paperKey) {
    return of(Paper.of(paperKey));
  }

  /** Returns the claims of all papers as one table (the dataset {@code claims}). */
  public static Table all() {
    return CuratedTable.load("claims").table();
  }
}
