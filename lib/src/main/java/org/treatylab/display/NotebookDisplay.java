package org.treatylab.display;

import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
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
 * text, XChart charts as PNG only (SVG on request: {@code display(chart, "image/svg+xml")}, or beside
 * every PNG with {@value #SVG_FIGURES_ENV}{@code =on}), and imports
 * the library's packages into every notebook. The kernel itself knows nothing of Tablesaw or XChart.
 */
public final class NotebookDisplay implements Extension {
  /** Packages every notebook imports, so cells start with domain calls. */
  public static final List<String> IMPORTS =
      List.of(
          "org.treatylab.data.*",
          "org.treatylab.analysis.adoption.*",
          "org.treatylab.analysis.cascade.*",
          "org.treatylab.analysis.cost.*",
          "org.treatylab.analysis.common.*",
          "org.treatylab.analysis.panel.*",
          "org.treatylab.analysis.survival.*",
          "org.treatylab.charts.*",
          "org.treatylab.export.*",
          "org.treatylab.claims.*",
          "org.treatylab.teaching.*",
          "tech.tablesaw.api.*",
          "org.knowm.xchart.*");

  /**
   * Environment variable: when {@code on}, every chart output carries an SVG beside its PNG, so that
   * {@code ./reproduce --svg} can save vector figures for print (the notebooks it writes keep PNG only).
   */
  public static final String SVG_FIGURES_ENV = "TREATYLAB_SVG_FIGURES";

  /** Output metadata key under which a chart's title travels with its image (figure file names). */
  public static final String METADATA_KEY = "treatylab";

  @Override
  public void install(BaseKernel kernel) {
    register(kernel.getRenderer(), "on".equalsIgnoreCase(System.getenv(SVG_FIGURES_ENV)));
    for (String imp : IMPORTS) {
      kernel.evalRaw("import " + imp + ";");
    }
    // Progress.inNotebook draws with the cells' own display/updateDisplay (IJava's names, which this
    // kernel provides): connected from inside the notebook, so that neither the library's analysis
    // package nor this class depends on the kernel.
    try {
      kernel.evalRaw("org.treatylab.analysis.common.ProgressLine.connect(text -> display(text), "
          + "(id, text) -> updateDisplay(id, text));");
    } catch (RuntimeException e) {
      // a kernel without these functions: Progress.inNotebook prints its lines instead
      System.err.println("progress lines print as text: " + e.getMessage());
    }
  }

  /**
   * Registers the library's renderers.
   *
   * @param svgAlongside whether charts carry an SVG beside the PNG without being asked
   */
  static void register(Renderer renderer, boolean svgAlongside) {
    renderer
        .createRegistration(Table.class)
        .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
        .register(
            (table, ctx) -> {
              ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> TableHtml.html(table));
              ctx.renderIfRequested(MIMEType.TEXT_PLAIN, () -> TableHtml.text(table));
            });
    @SuppressWarnings({"rawtypes", "unchecked"})
    Class<Chart<?, ?>> chartType = (Class) Chart.class;
    // PNG only by default: an SVG is 4-5 times the PNG and doubled every notebook's size; a cell that
    // wants one asks, display(chart, "image/svg+xml")
    Renderer.RenderRegistration<Chart<?, ?>> charts = renderer.createRegistration(chartType);
    if (svgAlongside) {
      charts.preferring(MIMEType.IMAGE_PNG, MIMEType.IMAGE_SVG, MIMEType.TEXT_PLAIN);
    } else {
      charts.preferring(MIMEType.IMAGE_PNG, MIMEType.TEXT_PLAIN).supporting(MIMEType.IMAGE_SVG);
    }
    charts.register(
        (chart, ctx) -> {
          ctx.renderIfRequested(MIMEType.IMAGE_PNG, () -> ChartImages.pngBase64(chart));
          // a stable description, not Object.toString's hash: two runs must print the same text
          ctx.renderIfRequested(
              MIMEType.TEXT_PLAIN,
              () -> chart.getClass().getSimpleName() + " \"" + chart.getTitle() + "\" ("
                  + chart.getSeriesMap().size() + " series)");
          ctx.renderIfRequested(MIMEType.IMAGE_SVG, () -> ChartImages.svg(chart));
          // the title names the figure's files (tools/run_notebooks.py)
          ctx.getOutputContainer().putMetaData(METADATA_KEY,
              Map.of("title", chart.getTitle() == null ? "" : chart.getTitle()));
        });
    renderer
        .createRegistration(ClaimCheck.class)
        .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN, MIMEType.parse(ClaimCheckHtml.MIME))
        .register(
            (check, ctx) -> {
              ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> ClaimCheckHtml.html(check));
              ctx.renderIfRequested(MIMEType.TEXT_PLAIN, check::toString);
              ctx.renderIfRequested(MIMEType.parse(ClaimCheckHtml.MIME), () -> ClaimCheckHtml.json(check));
            });
    renderer
        .createRegistration(Robustness.class)
        .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN, MIMEType.parse(ClaimCheckHtml.ROBUSTNESS_MIME))
        .register(
            (table, ctx) -> {
              ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> ClaimCheckHtml.html(table));
              ctx.renderIfRequested(MIMEType.TEXT_PLAIN, () -> TableHtml.text(table.table()));
              ctx.renderIfRequested(MIMEType.parse(ClaimCheckHtml.ROBUSTNESS_MIME), () -> ClaimCheckHtml.json(table));
            });
    renderer
        .createRegistration(PaperLedger.class)
        .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN, MIMEType.parse(ClaimCheckHtml.LEDGER_MIME))
        .register(
            (ledger, ctx) -> {
              ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> ClaimCheckHtml.html(ledger));
              ctx.renderIfRequested(MIMEType.TEXT_PLAIN, () -> TableHtml.text(ledger.table()));
              ctx.renderIfRequested(MIMEType.parse(ClaimCheckHtml.LEDGER_MIME), () -> ClaimCheckHtml.json(ledger));
            });
    renderer
        .createRegistration(Feedback.class)
        .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
        .register(
            (f, ctx) -> {
              String colour = f.correct() ? "#1b7837" : "#b35806";
              ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> "<div style=\"border-left:4px solid " + colour
                  + ";padding:4px 10px\"><b style=\"color:" + colour + "\">" + (f.correct() ? "✔ right" : "✘ not yet")
                  + "</b> <i>" + TableHtml.escape(f.question()) + "</i><br>" + feedbackHtml(f.message()) + "</div>");
              ctx.renderIfRequested(MIMEType.TEXT_PLAIN, f::toString);
            });
  }

  /** The feedback's message, escaped, with `code` shown as code (".size()", "Exercises.hint(…)"). */
  static String feedbackHtml(String message) {
    return TableHtml.escape(message).replaceAll("`([^`]+)`", "<code>$1</code>");
  }
}
