package org.treatylab.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treatylab.base.Tables;
import tech.tablesaw.api.Table;

/**
 * One claim's value under each reasonable definition (window start and length, group boundaries,
 * counting date, which instruments count, denominator), and which of them reproduce the paper within
 * the claim's own tolerance. The tolerance is the ledger's, fixed before computing: the table shows
 * how far the verdict depends on the definition, it never widens the tolerance. Built by
 * {@link Definitions} from the datasets it names.
 *
 * @param claim the claim
 * @param valueIndex which of the claim's stated values (0-based) the table is about
 * @param question what varies, in words
 * @param rows one row per definition, the ledger's own definition marked
 */
public record Robustness(Claim claim, int valueIndex, String question, List<Row> rows) {
  /**
   * One definition.
   *
   * @param definition the definition in words
   * @param value the value under it
   * @param reproduces whether the value is within the claim's tolerance of the stated value
   * @param ledgers true for the definition the ledger's verdict uses
   * @param text the value as text for a claim stated in words ("both processes"), else ""
   */
  public record Row(String definition, double value, boolean reproduces, boolean ledgers, String text) {
    /** A row of a numeric claim. */
    public Row(String definition, double value, boolean reproduces, boolean ledgers) {
      this(definition, value, reproduces, ledgers, "");
    }
  }

  /** Copies the rows and checks the index (0 for a claim stated in words). */
  public Robustness {
    rows = List.copyOf(rows);
    if (claim.numbers().isEmpty() && valueIndex == 0) {
      // a claim stated in words: one value, compared as text
    } else if (valueIndex < 0 || valueIndex >= claim.numbers().size()) {
      throw new IllegalArgumentException(claim.id() + " states " + claim.numbers().size()
          + " value(s); value index " + valueIndex + " does not exist");
    }
  }

  /** Starts an empty table for the {@code valueIndex}-th stated value of {@code claim}. */
  public static Builder of(Claim claim, int valueIndex, String question) {
    return new Builder(claim, valueIndex, question);
  }

  /**
   * Starts an empty table for a claim stated in words ("both processes"): each definition's value is a
   * text, and it reproduces the paper when it equals the stated words (ignoring case), as the ledger
   * compares texts.
   *
   * @throws IllegalArgumentException for a claim that states a number (use {@link #of})
   */
  public static Builder ofText(Claim claim, String question) {
    if (!claim.numbers().isEmpty()) {
      throw new IllegalArgumentException(claim.id() + " states the number(s) " + claim.values()
          + "; use Robustness.of(claim, valueIndex, question) for a numeric claim");
    }
    return new Builder(claim, question);
  }

  /** Collects definitions in the order added. */
  public static final class Builder {
    private final Claim claim;
    private final int valueIndex;
    private final String question;
    private final Tolerance tolerance;
    private final boolean text;
    private final List<Row> rows = new ArrayList<>();

    private Builder(Claim claim, String question) {
      this.claim = claim;
      this.valueIndex = 0;
      this.question = question;
      this.tolerance = null;
      this.text = true;
    }

    private Builder(Claim claim, int valueIndex, String question) {
      if (valueIndex < 0 || valueIndex >= claim.numbers().size()) {
        throw new IllegalArgumentException(claim.id() + " states " + claim.numbers().size()
            + " numeric value(s); value index " + valueIndex + " does not exist");
      }
      this.claim = claim;
      this.valueIndex = valueIndex;
      this.question = question;
      this.tolerance = Tolerance.parse(claim.tolerance(), claim.unit());
      this.text = false;
    }

    /** Adds a definition and its value in words (a table started with {@link #ofText}). */
    public Builder addText(String definition, String value) {
      return addText(definition, value, false);
    }

    /** Adds the definition the ledger's verdict uses, with its value in words. */
    public Builder ledgersText(String definition, String value) {
      return addText(definition, value, true);
    }

    private Builder addText(String definition, String value, boolean ledgers) {
      if (!text) {
        throw new IllegalStateException(claim.id() + " states a number; add(definition, value) takes its definitions");
      }
      org.treatylab.base.Checks.notNull(value, "value");
      rows.add(new Row(definition, Double.NaN, claim.values().trim().equalsIgnoreCase(value.trim()), ledgers, value));
      return this;
    }

    /** Adds a definition and its value. */
    public Builder add(String definition, double value) {
      return add(definition, value, false);
    }

    /** Adds the definition the ledger's verdict uses. */
    public Builder ledgers(String definition, double value) {
      return add(definition, value, true);
    }

    private Builder add(String definition, double value, boolean ledgers) {
      if (text) {
        throw new IllegalStateException(claim.id() + " is stated in words ('" + claim.values()
            + "'); addText(definition, value) takes its definitions");
      }
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(claim.id() + ": definition '" + definition + "' gives " + value
            + "; leave out a definition the data cannot compute");
      }
      double stated = claim.numbers().get(valueIndex);
      rows.add(new Row(definition, value, tolerance.accepts(stated, value), ledgers));
      return this;
    }

    /** Returns the table. */
    public Robustness build() {
      if (rows.isEmpty()) {
        throw new IllegalStateException(claim.id() + ": a robustness table needs at least one definition");
      }
      return new Robustness(claim, valueIndex, question, rows);
    }
  }

  /**
   * Returns the stated value the table is about.
   *
   * @throws IllegalStateException for a claim stated in words (see {@link #isText()})
   */
  public double stated() {
    if (isText()) {
      throw new IllegalStateException(claim.id() + " is stated in words ('" + claim.values() + "'): it has no number");
    }
    return claim.numbers().get(valueIndex);
  }

  /** Returns true for a claim stated in words, whose definitions give texts. */
  public boolean isText() {
    return claim.numbers().isEmpty();
  }

  /** Returns the number of definitions that reproduce the paper. */
  public int reproducing() {
    return (int) rows.stream().filter(Row::reproduces).count();
  }

  /** Returns e.g. "3 of 14 definitions reproduce 51 percent (values 47.9–51.7)". */
  public String summary() {
    if (isText()) {
      return String.format(Locale.ROOT, "%s: %d of %d definitions reproduce '%s' (values: %s)", claim.id(), reproducing(),
          rows.size(), claim.values(), String.join("; ", rows.stream().map(Row::text).distinct().toList()));
    }
    double lo = rows.stream().mapToDouble(Row::value).min().orElseThrow();
    double hi = rows.stream().mapToDouble(Row::value).max().orElseThrow();
    return String.format(Locale.ROOT, "%s: %d of %d definitions reproduce %s %s (values %s to %s; tolerance %s)",
        claim.id() + (claim.numbers().size() > 1 ? "[" + (valueIndex + 1) + "]" : ""), reproducing(), rows.size(),
        ClaimCheck.format(stated(), claim.unit()), claim.unit(), ClaimCheck.format(lo, claim.unit()),
        ClaimCheck.format(hi, claim.unit()), claim.tolerance());
  }

  /** Returns the anchor name the website and notebooks use for this table. */
  public String anchor() {
    return "robustness-" + claim.id().replaceAll("[^a-z0-9-]", "-") + (valueIndex == 0 ? "" : "-" + (valueIndex + 1));
  }

  /** Returns the table: definition, value, reproduces, ledger's definition. */
  public Table table() {
    if (isText()) {
      return Tables.of(summary(), rows)
          .text("definition", Row::definition)
          .text("value", Row::text)
          .bool("reproduces paper", Row::reproduces)
          .text("ledger uses", r -> r.ledgers() ? "yes" : "")
          .build();
    }
    return Tables.of(summary(), rows)
        .text("definition", Row::definition)
        .number("value", r -> Math.rint(r.value() * 100) / 100)
        .bool("reproduces paper", Row::reproduces)
        .text("ledger uses", r -> r.ledgers() ? "yes" : "")
        .build();
  }

  @Override
  public String toString() {
    return summary();
  }
}
