package org.treatylab.claims;

import org.treatylab.base.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recorder of one paper's checks, created by the notebook that checks the paper:
 * {@code Ledger ledger = Ledger.of("petrova2019")}. Each check goes through it and is kept in it (no
 * global state: two ledgers never see each other's checks); {@link #report()} returns the paper's
 * whole ledger, every claim with its verdict.
 *
 * <p>Verdicts follow fixed rules. {@link #check} compares the same quantity under the same definition
 * within the claim's tolerance (fixed in {@code claims-source.csv} from the paper's precision before
 * computing): reproduced or differs. {@link #notComparable} records a value of a different quantity and
 * says what it measures. {@link #notComputable} records that the data cannot settle a computable claim
 * (e.g. a crossing that falls between two counts). Claims marked {@code not-computable} in the dataset
 * are reported as such with the data that would settle them and where those were searched for.
 */
public final class Ledger {
  private final Paper paper;
  private final ClaimLedger claims;
  private final Map<String, ClaimCheck> checks = new LinkedHashMap<>();
  private final Map<String, List<Robustness>> robustness = new LinkedHashMap<>();

  private Ledger(Paper paper) {
    this.paper = paper;
    this.claims = Claims.of(paper);
  }

  /** Creates an empty ledger for the paper with the given key (see {@link Paper#of}). */
  public static Ledger of(String paperKey) {
    return new Ledger(Paper.of(paperKey));
  }

  /** Creates an empty ledger for the paper. */
  public static Ledger of(Paper paper) {
    return new Ledger(paper);
  }

  /** Returns the paper. */
  public Paper paper() {
    return paper;
  }

  /**
   * Returns a claim of the paper by its full id or by the part after the paper's key
   * ({@code "mbt.37-outside"} for {@code russia-essay.mbt.37-outside}).
   *
   * @throws IllegalArgumentException naming the paper's claim ids when there is none
   */
  public Claim claim(String id) {
    Checks.notNull(id, "id");
    return claims.claim(id.startsWith(paper.key() + ".") ? id : paper.key() + "." + id);
  }

  /**
   * Checks computed value(s) against the claim's stated value(s), in the order the paper states them:
   * reproduced when every value is within the claim's tolerance, else differs.
   *
   * @param id the claim (full id or the part after the paper key)
   * @param quantity the quantity computed, in one sentence: what was counted, window, denominator
   * @param computed one value per stated value
   * @throws IllegalArgumentException when the claim is not-computable in the dataset, or the count of
   *     values is wrong
   */
  public ClaimCheck check(String id, String quantity, double... computed) {
    return check(id, quantity, "", computed);
  }

  /** As {@link #check(String, String, double...)}, naming the dataset rows used. */
  public ClaimCheck check(String id, String quantity, String rowsUsed, double... computed) {
    Checks.notNull(quantity, "quantity");
    Checks.notNull(rowsUsed, "rowsUsed");
    Checks.notNull(computed, "computed");
    return record(computableClaim(id).evaluate(quantity, rowsUsed, computed));
  }

  /**
   * Checks (or records) what one of the {@link Definitions} computed for the claim: numbers as
   * {@link #check(String, String, String, double...)}, a text as {@link #checkText(String, String, String, String)},
   * another quantity as {@link #notComparable}, nothing settled as {@link #notComputable}.
   *
   * @param id the claim (full id or the part after the paper key)
   * @param computed the definition's value, quantity and rows used, e.g. {@code Definitions.slowedAfterSigning(mbt, ccm)}
   */
  public ClaimCheck check(String id, Computed computed) {
    Checks.notNull(computed, "computed");
    return switch (computed.kind()) {
      case NUMBERS -> check(id, computed.quantity(), computed.rowsUsed(), computed.values());
      case ARITHMETIC -> checkArithmetic(id, computed.quantity(), computed.rowsUsed(), computed.values());
      case TEXT -> checkText(id, computed.text(), computed.quantity(), computed.rowsUsed());
      case NOT_COMPARABLE -> notComparable(id, computed.quantity(), computed.rowsUsed(), computed.values());
      case NOT_COMPUTABLE -> notComputable(id, computed.quantity(), computed.rowsUsed());
    };
  }

  /**
   * Checks a value recomputed from the paper's own inputs only (no input compared with data): within the
   * claim's tolerance the verdict is {@link Verdict#ARITHMETIC_ONLY}, counted apart from reproduced;
   * outside it, differs (the paper's arithmetic does not hold).
   *
   * @param quantity the recomputation in words, naming the paper's inputs that no record checks
   * @throws IllegalArgumentException as {@link #check(String, String, String, double...)}
   */
  public ClaimCheck checkArithmetic(String id, String quantity, String rowsUsed, double... computed) {
    Checks.notNull(quantity, "quantity");
    Checks.notNull(rowsUsed, "rowsUsed");
    Checks.notNull(computed, "computed");
    ClaimCheck c = computableClaim(id).evaluate(quantity, rowsUsed, computed);
    if (c.verdict() != Verdict.REPRODUCED) {
      return record(c);
    }
    return record(new ClaimCheck(c.claim(), c.computed(), c.computedText(), Verdict.ARITHMETIC_ONLY,
        "only the paper's own arithmetic was checked: " + c.reason(), c.how(), c.rowsUsed()));
  }

  /** Checks a value that is not a number (a date, a status, a list of names) against the stated one, exactly. */
  public ClaimCheck checkText(String id, String computed, String quantity) {
    Checks.notNull(computed, "computed");
    Checks.notNull(quantity, "quantity");
    return record(computableClaim(id).evaluateText(computed, quantity, ""));
  }

  /** As {@link #checkText(String, String, String)}, naming the dataset rows used. */
  public ClaimCheck checkText(String id, String computed, String quantity, String rowsUsed) {
    Checks.notNull(computed, "computed");
    Checks.notNull(quantity, "quantity");
    Checks.notNull(rowsUsed, "rowsUsed");
    return record(computableClaim(id).evaluateText(computed, quantity, rowsUsed));
  }

  /**
   * Records a value of a different quantity than the claim's: verdict not comparable.
   *
   * @param whatTheDataMeasure what the value is and how it differs from the paper's quantity (year, unit,
   *     population, first report vs revised)
   * @param computed the data's values, finite numbers (NaN is refused: use {@link #notComputable})
   */
  public ClaimCheck notComparable(String id, String whatTheDataMeasure, String rowsUsed, double... computed) {
    Checks.notNull(whatTheDataMeasure, "whatTheDataMeasure");
    Checks.notNull(rowsUsed, "rowsUsed");
    Checks.notNull(computed, "computed");
    Claim c = computableClaim(id);
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < computed.length; i++) {
      if (!Double.isFinite(computed[i])) {
        throw new IllegalArgumentException(c.id() + ": computed value " + (i + 1) + " is " + computed[i]
            + "; a value the data cannot give is recorded with Ledger.notComputable, not as a number");
      }
      values.add(computed[i]);
    }
    return record(new ClaimCheck(c, values, "", Verdict.NOT_COMPARABLE,
        "the data measure something else: " + whatTheDataMeasure, whatTheDataMeasure, rowsUsed));
  }

  /**
   * Records that the data cannot settle a computable claim (e.g. the crossing of 30 falls between two
   * counts): verdict not computable.
   *
   * @param why what the data give and why it does not settle the claim
   */
  public ClaimCheck notComputable(String id, String why, String rowsUsed) {
    Claim c = computableClaim(id);
    return record(new ClaimCheck(c, List.of(), "", Verdict.NOT_COMPUTABLE, "not determinable from the data: " + why,
        why, rowsUsed));
  }

  /** Records a robustness table for its claim (shown with the claim in the ledger, linked on the site). */
  public Robustness robustness(Robustness table) {
    Checks.notNull(table, "table");
    if (!table.claim().paper().equals(paper.key())) {
      throw new IllegalArgumentException(table.claim().id() + " is not a claim of " + paper.key());
    }
    List<Robustness> list = robustness.computeIfAbsent(table.claim().id(), k -> new ArrayList<>());
    list.removeIf(r -> r.valueIndex() == table.valueIndex());
    list.add(table);
    return table;
  }

  /** Returns the checks made so far, in the order made (latest per claim). */
  public List<ClaimCheck> checks() {
    return List.copyOf(checks.values());
  }

  /** Returns every robustness table recorded, in claim order. */
  public List<Robustness> robustnessTables() {
    List<Robustness> out = new ArrayList<>();
    robustness.values().forEach(out::addAll);
    return out;
  }

  private Claim computableClaim(String id) {
    Claim c = claim(id);
    if (!c.isComputable()) {
      throw new IllegalArgumentException(c.id() + " is marked not-computable in claims-source.csv ("
          + c.howToCheck() + "); make it computable there, naming its datasets, before checking it");
    }
    return c;
  }

  private ClaimCheck record(ClaimCheck check) {
    checks.remove(check.claim().id());
    checks.put(check.claim().id(), check);
    return check;
  }

  /**
   * Returns the paper's ledger: every claim with this ledger's check (the latest, if checked more than
   * once), or why it is not checked.
   */
  public PaperLedger report() {
    List<PaperLedger.Row> rows = new ArrayList<>();
    for (Claim c : claims.claims()) {
      ClaimCheck check = checks.get(c.id());
      String robust = String.join(" | ", robustness.getOrDefault(c.id(), List.of()).stream()
          .map(r -> r.summary() + " (#" + r.anchor() + ")").toList());
      if (check != null) {
        // the quantity has its own field: the note is the comparison (or what the data measure instead)
        rows.add(new PaperLedger.Row(c, check.how(), check.computedAsText(), check.verdict(), check.reason(),
            check.rowsUsed(), robust));
      } else if (c.hasNoPublicRecord()) {
        rows.add(new PaperLedger.Row(c, "", "", Verdict.NO_PUBLIC_RECORD, "no public record could settle it: " + c.howToCheck()
            + (c.searched().isEmpty() ? "" : " — " + searchedFor(c)), "", robust));
      } else if (!c.isComputable()) {
        rows.add(new PaperLedger.Row(c, "", "", Verdict.NOT_COMPUTABLE,
            "would be settled by: " + c.howToCheck() + (c.searched().isEmpty() ? "" : " — " + searchedFor(c)),
            "", robust));
      } else {
        rows.add(new PaperLedger.Row(c, "", "", Verdict.NOT_CHECKED, c.howToCheck(), "", robust));
      }
    }
    return new PaperLedger(paper, List.copyOf(rows), robustnessTables());
  }

  /**
   * What was searched for a not-computable claim: a {@code searched} value {@code claims-evidence E7}
   * names the evidence search ({@code claims_evidence_searches}), whose record says what was not found;
   * any other value is the curators' own words.
   */
  static String searchedFor(Claim c) {
    String s = c.searched();
    if (s.startsWith(EVIDENCE_SEARCH)) {
      org.treatylab.data.Evidence.Search search = org.treatylab.data.Evidence.search(s.substring(EVIDENCE_SEARCH.length()).trim());
      String reason = search.notFoundReason();
      return "searched (claims evidence " + search.claimId() + ", " + search.status() + ")"
          + (search.figureIds().isEmpty() ? "" : ", found " + String.join(", ", search.figureIds()))
          + (reason.isEmpty() ? "" : "; " + reason);
    }
    return "searched: " + s;
  }

  private static final String EVIDENCE_SEARCH = "claims-evidence ";

  @Override
  public String toString() {
    return report().summary();
  }
}
