package org.treatylab.display;

import java.util.LinkedHashMap;
import java.util.Map;
import org.treatylab.claims.ClaimCheck;

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
    boolean ok = check.verdict() == ClaimCheck.Verdict.REPRODUCED;
    String colour = ok ? "#1b7837" : "#b35806";
    return "<div style=\"border-left:4px solid " + colour + ";padding:4px 10px;margin:4px 0\">"
        + "<div><b style=\"color:" + colour + "\">" + (ok ? "✔ reproduced" : "✘ differs") + "</b> "
        + "<code>" + TableHtml.escape(check.claim().id()) + "</code> ("
        + TableHtml.escape(check.claim().location()) + ")</div>"
        + "<div><i>“" + TableHtml.escape(check.claim().quote()) + "”</i></div>"
        + "<div>paper: <b>" + TableHtml.escape(check.claim().values()) + "</b> "
        + TableHtml.escape(check.claim().unit()) + " · data: <b>"
        + TableHtml.escape(check.computedAsText()) + "</b> · tolerance: "
        + TableHtml.escape(check.claim().tolerance()) + "</div>"
        + (check.how().isEmpty() ? "" : "<div style=\"color:#555\">" + TableHtml.escape(check.how()) + "</div>")
        + "</div>";
  }

  /** The MIME type of a paper's whole ledger, machine-readable. */
  public static final String LEDGER_MIME = "application/vnd.treatylab.ledger+json";

  /** Returns a paper's ledger as an HTML table, verdicts coloured, with the summary above it. */
  public static String html(org.treatylab.claims.PaperLedger ledger) {
    StringBuilder out = new StringBuilder("<div><p><b>")
        .append(TableHtml.escape(ledger.summary())).append("</b></p><table class=\"treatylab-table\">")
        .append("<thead><tr><th>claim</th><th>where</th><th>paper</th><th>data</th><th>verdict</th><th>note</th></tr></thead><tbody>");
    for (org.treatylab.claims.PaperLedger.Row r : ledger.rows()) {
      String colour = switch (r.verdict()) {
        case "reproduced" -> "#1b7837";
        case "differs" -> "#b35806";
        default -> "#666";
      };
      out.append("<tr><td><code>").append(TableHtml.escape(r.claim().id())).append("</code></td><td>")
          .append(TableHtml.escape(r.claim().location())).append("</td><td>")
          .append(TableHtml.escape(r.claim().values() + " " + r.claim().unit())).append("</td><td>")
          .append(TableHtml.escape(r.computed())).append("</td><td style=\"color:").append(colour)
          .append(";font-weight:600\">").append(TableHtml.escape(r.verdict())).append("</td><td>")
          .append(TableHtml.escape(r.note())).append("</td></tr>");
    }
    return out.append("</tbody></table></div>").toString();
  }

  /** Returns a paper's ledger as a list of JSON objects (maps), one per claim. */
  public static java.util.List<Map<String, String>> json(org.treatylab.claims.PaperLedger ledger) {
    java.util.List<Map<String, String>> out = new java.util.ArrayList<>();
    for (org.treatylab.claims.PaperLedger.Row r : ledger.rows()) {
      Map<String, String> o = new LinkedHashMap<>();
      o.put("paper", r.claim().paper());
      o.put("claim_id", r.claim().id());
      o.put("claim", r.claim().quote());
      o.put("location", r.claim().location());
      o.put("paper_value", r.claim().values());
      o.put("computed_value", r.computed());
      o.put("unit", r.claim().unit());
      o.put("tolerance", r.claim().tolerance());
      o.put("verdict", r.verdict());
      o.put("note", r.note());
      out.add(o);
    }
    return out;
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
    return o;
  }
}
