package org.treatylab.display;

import java.util.List;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.knowm.xchart.internal.chartpart.Chart;
import org.treatylab.claims.ClaimCheck;
import org.treatylab.claims.PaperLedger;
import org.treatylab.claims.Robustness;
import org.treatylab.teaching.Feedback;
import tech.tablesaw.api.Table;

/**
 * The library's notebook integration, found by the kernel through ServiceLoader
 * ({@code META-INF/services/org.dflib.jjava.jupyter.Extension}): renders Tablesaw tables as HTML and
 * text, XChart charts as PNG (SVG on request: {@code display(chart, "image/svg+xml")}), and imports
 * the library's packages into every notebook. The kernel itself knows nothing of Tablesaw or XChart.
 */
public final class NotebookDisplay implements Extension {
  /** Packages every notebook imports, so cells start with domain calls. */
  public static final List<String> IMPORTS =
      List.of(
          "org.treatylab.data.*",
          "org.treatylab.analysis.*",
          "org.treatylab.charts.*",
          "org.treatylab.claims.*",
          "org.treatylab.teaching.*",
          "tech.tablesaw.api.*",
          "org.knowm.xchart.*");

  @Override
  public void install(BaseKernel kernel) {
    kernel
        .getRenderer()
        .createRegistration(Table.class)
        .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
        .register(
            (table, ctx) -> {
              ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> TableHtml.html(table));
              ctx.renderIfRequested(MIMEType.TEXT_PLAIN, () -> TableHtml.text(table));
            });
    @SuppressWarnings({"rawtypes", "unchecked"})
    Class<Chart<?, ?>> chartType = (Class) Chart.class;
    kernel
        .getRenderer()
        .createRegistration(chartType)
        // PNG for notebooks, SVG alongside so that ./reproduce saves every figure in both forms
        .preferring(MIMEType.IMAGE_PNG, MIMEType.IMAGE_SVG, MIMEType.TEXT_PLAIN)
        .register(
            (chart, ctx) -> {
              ctx.renderIfRequested(MIMEType.IMAGE_PNG, () -> ChartImages.pngBase64(chart));
              // a stable description, not Object.toString's hash: two runs must print the same text
              ctx.renderIfRequested(
                  MIMEType.TEXT_PLAIN,
                  () -> chart.getClass().getSimpleName() + " \"" + chart.getTitle() + "\" ("
                      + chart.getSeriesMap().size() + " series)");
              ctx.renderIfRequested(MIMEType.IMAGE_SVG, () -> ChartImages.svg(chart));
            });
    kernel
        .getRenderer()
        .createRegistration(ClaimCheck.class)
        .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN, MIMEType.parse(ClaimCheckHtml.MIME))
        .register(
            (check, ctx) -> {
              ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> ClaimCheckHtml.html(check));
              ctx.renderIfRequested(MIMEType.TEXT_PLAIN, check::toString);
              ctx.renderIfRequested(MIMEType.parse(ClaimCheckHtml.MIME), () -> ClaimCheckHtml.json(check));
            });
    kernel
        .getRenderer()
        .createRegistration(Robustness.class)
        .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN, MIMEType.parse(ClaimCheckHtml.ROBUSTNESS_MIME))
        .register(
            (table, ctx) -> {
              ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> ClaimCheckHtml.html(table));
              ctx.renderIfRequested(MIMEType.TEXT_PLAIN, () -> TableHtml.text(table.table()));
              ctx.renderIfRequested(MIMEType.parse(ClaimCheckHtml.ROBUSTNESS_MIME), () -> ClaimCheckHtml.json(table));
            });
    kernel
        .getRenderer()
        .createRegistration(PaperLedger.class)
        .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN, MIMEType.parse(ClaimCheckHtml.LEDGER_MIME))
        .register(
            (ledger, ctx) -> {
              ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> ClaimCheckHtml.html(ledger));
              ctx.renderIfRequested(MIMEType.TEXT_PLAIN, () -> TableHtml.text(ledger.table()));
              ctx.renderIfRequested(MIMEType.parse(ClaimCheckHtml.LEDGER_MIME), () -> ClaimCheckHtml.json(ledger));
            });
    kernel
        .getRenderer()
        .createRegistration(Feedback.class)
        .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
        .register(
            (f, ctx) -> {
              String colour = f.correct() ? "#1b7837" : "#b35806";
              ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> "<div style=\"border-left:4px solid " + colour
                  + ";padding:4px 10px\"><b style=\"color:" + colour + "\">" + (f.correct() ? "✔ right" : "✘ not yet")
                  + "</b> <i>" + TableHtml.escape(f.question()) + "</i><br>" + TableHtml.escape(f.message()) + "</div>");
              ctx.renderIfRequested(MIMEType.TEXT_PLAIN, f::toString);
            });
    for (String imp : IMPORTS) {
      kernel.evalRaw("import " + imp + ";");
    }
  }
}
