package org.treatylab.claims;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * One quantitative statement of a paper, as recorded in the claims ledger ({@code datasets/claims.csv},
 * curated from the papers' texts): what the paper says, the value(s) it states, and the tolerance
 * within which the project's own computation counts as reproducing it.
 *
 * @param paper the paper's key (e.g. {@code petrova2019})
 * @param id the stable claim id (e.g. {@code petrova2019.regional-share.first-month-signing})
 * @param location section, footnote and line of the paper's text file
 * @param quote the paper's exact words
 * @param values the stated value(s) as written, separated by {@code ;}
 * @param unit the unit of the value(s)
 * @param about what the number is about
 * @param checkKind {@code computable} (from the named datasets) or {@code not-computable}
 * @param datasets the datasets a computable claim is computed from
 * @param howToCheck how the project checks it, in words
 * @param tolerance what counts as reproduced (e.g. {@code exact}, {@code ±1 pp}, {@code lower bound})
 * @param note caveats the curators recorded
 * @param searched for a not-computable claim, where the settling data were searched for and not found
 */
public record Claim(
    String paper,
    String id,
    String location,
    String quote,
    String values,
    String unit,
    String about,
    String checkKind,
    String datasets,
    String howToCheck,
    String tolerance,
    String note,
    String searched) {

  /** Returns the claim in row {@code row} of a claims table (the columns of {@code claims.csv}). */
  public static Claim fromRow(Table t, int row) {
    return new Claim(
        text(t, "paper", row), text(t, "claim_id", row), text(t, "location", row), text(t, "quote", row),
        text(t, "values", row), text(t, "unit", row), text(t, "about", row), text(t, "check_kind", row),
        text(t, "datasets", row), text(t, "how_to_check", row), text(t, "tolerance", row), text(t, "note", row),
        text(t, "searched", row));
  }

  private static String text(Table t, String column, int row) {
    return t.columnNames().contains(column) ? t.column(column).getString(row).trim() : "";
  }

  /** Returns the stated values as numbers, in order; a value that is not a number is skipped. */
  public List<Double> numbers() {
    List<Double> out = new ArrayList<>();
    for (String v : values.split(";")) {
      try {
        out.add(Double.parseDouble(v.trim().replace(",", "")));
      } catch (NumberFormatException notANumber) {
        // dates and words are checked with check(String)
      }
    }
    return out;
  }

  /** Returns true when no public record could settle the claim (check kind {@code no-public-record}). */
  public boolean hasNoPublicRecord() {
    return checkKind.equals("no-public-record");
  }

  /** Returns true when the claim can be checked from the named datasets. */
  public boolean isComputable() {
    return checkKind.equals("computable");
  }

  /**
   * Compares the project's value(s) with the paper's, in the order the paper states them, within the
   * claim's tolerance. Package-private: checks are made and recorded through a {@link Ledger}.
   */
  ClaimCheck evaluate(String how, String rowsUsed, double... computed) {
    return ClaimCheck.of(this, computed, how, rowsUsed);
  }

  /** Compares a value that is not a number (a date, a list of names, a status) with the stated one, exactly. */
  ClaimCheck evaluateText(String computed, String how, String rowsUsed) {
    return ClaimCheck.ofText(this, computed, how, rowsUsed);
  }
}
