package org.treatylab.display;

import java.util.LinkedHashMap;
import java.util.Map;
import org.treatylab.claims.ClaimCheck;
import org.treatylab.claims.PaperLedger;
import org.treatylab.claims.Robustness;
import org.treatylab.claims.Verdict;

/**
 * Renders a claim check: the paper's words, its number next to the project's, and the verdict; plus a
 * machine-readable copy ({@value #MIME}) that {@code ./reproduce} collects into the run's claims ledger.
 */
public final class ClaimCheckHtml {
  /** The MIME type of the machine-readable copy. */
  public static final String MIME = "application/vnd.treatylab.claim-check+json";

  private ClaimCheckHtml() {}

  /** Returns the check as an HTML block. */
  public static String html(ClaimCheck check) {
    boolean ok = check.verdict() == Verdict.REPRODUCED;
    String colour = colour(check.verdict());
    return "<div style=\"border-left:4px solid " + colour + ";padding:4px 10px;margin:4px 0\">"
        + "<div><b style=\"color:" + colour + "\">" + (ok ? "✔ " : "✘ ") + check.verdict().label() + "</b> "
        + "<code>" + TableHtml.escape(check.claim().id()) + "</code> ("
        + TableHtml.escape(check.claim().location()) + ")</div>"
        + "<div><i>“" + TableHtml.escape(check.claim().quote()) + "”</i></div>"
        + "<div>paper: <b>" + TableHtml.escape(check.claim().values()) + "</b> "
        + TableHtml.escape(check.claim().unit()) + " · data: <b>"
        + TableHtml.escape(check.computedAsText()) + "</b> · tolerance: "
        + TableHtml.escape(check.claim().tolerance()) + "</div>"
        + (check.how().isEmpty() ? "" : "<div style=\"color:#555\">" + TableHtml.escape(check.how()) + "</div>")
        + (check.verdict() == Verdict.REPRODUCED || check.verdict() == Verdict.DIFFERS ? ""
            : "<div style=\"color:#555\">" + TableHtml.escape(check.reason()) + "</div>")
        + (check.rowsUsed().isEmpty() ? "" : "<div style=\"color:#555\">rows used: " + TableHtml.escape(check.rowsUsed()) + "</div>")
        + "</div>";
  }

  /** The MIME type of a paper's whole ledger, machine-readable. */
  public static final String LEDGER_MIME = "application/vnd.treatylab.ledger+json";

  /** Returns a paper's ledger as an HTML table, verdicts coloured, with the summary above it. */
  public static String html(PaperLedger ledger) {
    StringBuilder out = new StringBuilder("<div><p><b>")
        .append(TableHtml.escape(ledger.summary())).append("</b></p><table class=\"treatylab-table\">")
        .append("<thead><tr><th>claim</th><th>where</th><th>paper</th><th>data</th><th>verdict</th><th>note</th></tr></thead><tbody>");
    for (PaperLedger.Row r : ledger.rows()) {
      String colour = colour(r.verdict());
      out.append("<tr><td><code>").append(TableHtml.escape(r.claim().id())).append("</code></td><td>")
          .append(TableHtml.escape(r.claim().location())).append("</td><td>")
          .append(TableHtml.escape(r.claim().values() + " " + r.claim().unit())).append("</td><td>")
          .append(TableHtml.escape(r.computed())).append("</td><td style=\"color:").append(colour)
          .append(";font-weight:600\">").append(TableHtml.escape(r.verdict().label())).append("</td><td>")
          .append(TableHtml.escape(r.note()))
          .append(r.robustness().isEmpty() ? "" : "<br><i>robustness: " + TableHtml.escape(r.robustness()) + "</i>")
          .append("</td></tr>");
    }
    return out.append("</tbody></table></div>").toString();
  }

  /**
   * Returns a paper's ledger as a list of JSON objects, one per claim, with the fields of
   * {@code ledger-schema.json} (the notebook field names the paper's notebook).
   */
  public static java.util.List<Map<String, String>> json(PaperLedger ledger) {
    java.util.List<Map<String, String>> out = new java.util.ArrayList<>();
    for (PaperLedger.Row r : ledger.rows()) {
      out.add(r.fields(ledger.paper().notebook()));
    }
    return out;
  }

  /** The MIME type of a robustness table, machine-readable. */
  public static final String ROBUSTNESS_MIME = "application/vnd.treatylab.robustness+json";

  /** Returns a robustness table as HTML, with an anchor the website links to. */
  public static String html(Robustness r) {
    return "<div id=\"" + r.anchor() + "\"><p><b>Robustness to definitions</b> — "
        + TableHtml.escape(r.question()) + "</p>" + TableHtml.html(r.table()) + "</div>";
  }

  /** Returns a robustness table as JSON: claim, question, summary, anchor and its rows. */
  public static Map<String, Object> json(Robustness r) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("claim_id", r.claim().id());
    o.put("paper", r.claim().paper());
    o.put("anchor", r.anchor());
    o.put("question", r.question());
    o.put("summary", r.summary());
    java.util.List<Map<String, String>> rows = new java.util.ArrayList<>();
    for (Robustness.Row row : r.rows()) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("definition", row.definition());
      m.put("value", r.isText() ? row.text() : ClaimCheck.format(row.value(), r.claim().unit()));
      m.put("reproduces", row.reproduces() ? "yes" : "no");
      m.put("ledger_uses", row.ledgers() ? "yes" : "");
      rows.add(m);
    }
    o.put("rows", rows);
    return o;
  }

  private static String colour(Verdict v) {
    return switch (v) {
      case REPRODUCED -> "#1b7837";
      case DIFFERS -> "#b35806";
      case NOT_COMPARABLE -> "#5e3c99";
      default -> "#666";
    };
  }

  /** Returns the check as a JSON object (a map, as the kernel's protocol layer serialises it). */
  public static Map<String, String> json(ClaimCheck check) {
    Map<String, String> o = new LinkedHashMap<>();
    o.put("paper", check.claim().paper());
    o.put("claim_id", check.claim().id());
    o.put("location", check.claim().location());
    o.put("quote", check.claim().quote());
    o.put("paper_value", check.claim().values());
    o.put("unit", check.claim().unit());
    o.put("data_value", check.computedAsText());
    o.put("tolerance", check.claim().tolerance());
    o.put("verdict", check.verdict().label());
    o.put("reason", check.reason());
    o.put("how", check.how());
    o.put("rows_used", check.rowsUsed());
    return o;
  }
}
