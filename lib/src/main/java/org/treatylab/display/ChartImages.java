package org.treatylab.display;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Encodes XChart charts as the images a notebook shows and the files {@code ./reproduce} saves. */
public final class ChartImages {
  private ChartImages() {}

  /** Returns the chart as PNG bytes. */
  public static byte[] png(Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the chart as PNG, base64-encoded as Jupyter wants it. */
  public static String pngBase64(Chart<?, ?> chart) {
    return Base64.getEncoder().encodeToString(png(chart));
  }

  /** Returns the chart as SVG text. */
  public static String svg(Chart<?, ?> chart) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
      // the bare <svg> element: an XML declaration or DOCTYPE breaks SVG inlined in HTML (nbconvert)
      String svg = out.toString(StandardCharsets.UTF_8);
      int start = svg.indexOf("<svg");
      return start > 0 ? svg.substring(start) : svg;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
