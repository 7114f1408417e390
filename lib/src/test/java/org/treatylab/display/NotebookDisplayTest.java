package org.treatylab.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

class NotebookDisplayTest {
  private static XYChart chart() {
    XYChart c = new XYChartBuilder().width(300).height(200).title("Figure 1: MBT vs APII").build();
    c.addSeries("s", new double[] {1, 2, 3}, new double[] {3, 1, 2});
    return c;
  }

  private static Renderer renderer(boolean svgAlongside) {
    Renderer r = new Renderer();
    NotebookDisplay.register(r, svgAlongside);
    return r;
  }

  @Test
  void aChartIsShownAsPngOnlyUnlessSvgIsAskedFor() {
    DisplayData shown = renderer(false).render(chart());
    assertTrue(shown.hasDataForType(MIMEType.IMAGE_PNG));
    assertFalse(shown.hasDataForType(MIMEType.IMAGE_SVG), "no SVG unless asked for");
    DisplayData asked = renderer(false).renderAs(chart(), "image/svg+xml");
    assertTrue(asked.hasDataForType(MIMEType.IMAGE_SVG));
    assertTrue(String.valueOf(asked.getData(MIMEType.IMAGE_SVG)).startsWith("<svg"));
  }

  @Test
  void forPrintEveryChartCarriesBoth() {
    DisplayData both = renderer(true).render(chart());
    assertTrue(both.hasDataForType(MIMEType.IMAGE_PNG) && both.hasDataForType(MIMEType.IMAGE_SVG));
  }

  @Test
  void theTitleTravelsInTheOutputMetadata() throws Exception {
    DisplayData shown = renderer(false).render(chart());
    java.lang.reflect.Field f = DisplayData.class.getDeclaredField("metadata");
    f.setAccessible(true);
    @SuppressWarnings("unchecked")
    Map<String, Object> metadata = (Map<String, Object>) f.get(shown);
    assertEquals(Map.of("title", "Figure 1: MBT vs APII"), metadata.get(NotebookDisplay.METADATA_KEY));
  }

  @Test
  void feedbackShowsCodeAsCodeAndEscapesTheRest() {
    assertEquals("a list of 3 &lt;b&gt; — count it with <code>.size()</code>",
        NotebookDisplay.feedbackHtml("a list of 3 <b> — count it with `.size()`"));
  }
}
