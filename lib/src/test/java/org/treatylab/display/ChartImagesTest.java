package org.treatylab.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

class ChartImagesTest {
  private static XYChart chart(String title) {
    XYChart c = new XYChartBuilder().width(300).height(200).title(title).build();
    c.addSeries("s", new double[] {1, 2, 3}, new double[] {3, 1, 2});
    return c;
  }

  @Test
  void svgIsTheSameForTheSameChartAndStartsWithTheElement() {
    String a = ChartImages.svg(chart("a"));
    assertEquals(a, ChartImages.svg(chart("a")));
    assertTrue(a.startsWith("<svg"));
    assertFalse(a.contains("<?xml"));
  }

  @Test
  void differentChartsGetDifferentClipIdsAndReferencesFollow() {
    String a = ChartImages.svg(chart("a"));
    String b = ChartImages.svg(chart("b"));
    String idA = a.replaceAll("(?s).*?id=\"([^\"]+)\".*", "$1");
    String idB = b.replaceAll("(?s).*?id=\"([^\"]+)\".*", "$1");
    assertNotEquals(idA, idB);
    assertTrue(a.contains("url(#" + idA + ")"), "references renamed with their ids");
  }

  @Test
  void stableIdsRenamesIdsAndReferences() {
    String svg = "<svg><clipPath id=\"clip123\"/><g clip-path=\"url(#clip123)\"/><use href=\"#clip123\"/></svg>";
    String out = ChartImages.stableIds(svg);
    assertFalse(out.contains("clip123"));
    String id = out.replaceAll("(?s).*?id=\"([^\"]+)\".*", "$1");
    assertTrue(out.contains("url(#" + id + ")") && out.contains("href=\"#" + id + "\""), out);
  }
}
