package org.treatylab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.treatylab.analysis.adoption.AdoptionCurve;
import org.treatylab.charts.AdoptionChart;
import org.treatylab.data.Treaties;
import tech.tablesaw.api.Table;

class ExportTest {
  private static XYChart chart() {
    return AdoptionChart.of(AdoptionCurve.of(Treaties.mineBan()));
  }

  @Test
  void pngAtPrintResolution(@TempDir Path dir) throws Exception {
    XYChart chart = chart();
    Path png = Export.png(chart, dir.resolve("sub/figure.png"));
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(Math.round(chart.getWidth() * 300 / 72.0), image.getWidth(), 1.0);
    assertTrue(Files.exists(png));
  }

  @Test
  void svgAndPdf(@TempDir Path dir) throws Exception {
    Path svg = Export.svg(chart(), dir.resolve("figure.svg"));
    assertTrue(Files.readString(svg).contains("<svg"), "an SVG document");
    Path pdf = Export.pdf(chart(), dir.resolve("figure.pdf"));
    byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(pdf), 5);
    assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));
  }

  @Test
  void tablesAsCsvReadBackTheSame(@TempDir Path dir) throws Exception {
    Table record = Treaties.recordOf("RUS");
    Path csv = Export.csv(record, dir.resolve("russia.csv"));
    List<String> lines = Files.readAllLines(csv);
    assertEquals(record.rowCount() + 1, lines.size());
    assertEquals(String.join(",", record.columnNames()), lines.get(0));
    Table curve = AdoptionCurve.of(Treaties.mineBan()).byYear().shares().table();
    List<String> curveLines = Files.readAllLines(Export.csv(curve, dir.resolve("curve.csv")));
    assertTrue(curveLines.get(2).matches("[0-9-]+,\\d+,[0-9.]+,\\d+,\\d+,[0-9.E-]+"), curveLines.get(2));
  }

  @Test
  void wrongArgumentsAreRefused(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Export.png(chart(), dir.resolve("figure.jpg")));
    assertTrue(e.getMessage().contains("does not end in .png"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Export.png(chart(), dir.resolve("f.png"), 10));
    assertEquals("chart is null; pass a value",
        assertThrows(NullPointerException.class, () -> Export.svg(null, dir.resolve("f.svg"))).getMessage());
  }
}
