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
