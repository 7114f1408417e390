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

  /**
   * Renames the SVG's element ids (clip paths named after object hash codes by the encoder) to names
   * derived from the drawing itself: the same chart gives the same SVG on every run, and two charts
   * inlined in one page (a notebook, its HTML export) no longer share a clip path id, which made all
   * but the first blank.
   */
  static String stableIds(String svg) {
    java.util.regex.Matcher ids = java.util.regex.Pattern.compile("id=\"([^\"]+)\"").matcher(svg);
    java.util.Map<String, String> renamed = new java.util.LinkedHashMap<>();
    while (ids.find()) {
      renamed.putIfAbsent(ids.group(1), null);
    }
    if (renamed.isEmpty()) {
      return svg;
    }
    String skeleton = svg;
    for (String id : renamed.keySet()) {
      skeleton = skeleton.replace(id, "");
    }
    String prefix = "tl" + Integer.toHexString(skeleton.hashCode());
    int n = 0;
    for (String id : renamed.keySet()) {
      renamed.put(id, prefix + "-" + n++);
    }
    java.util.regex.Matcher refs = java.util.regex.Pattern.compile("(id=\"|url\\(#|href=\"#)([^\")]+)").matcher(svg);
    StringBuilder out = new StringBuilder(svg.length());
    while (refs.find()) {
      String to = renamed.getOrDefault(refs.group(2), refs.group(2));
      refs.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(refs.group(1) + to));
    }
    refs.appendTail(out);
    return out.toString();
  }

  /** Returns the chart as SVG text. */
  public static String svg(Chart<?, ?> chart) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
      // the bare <svg> element: an XML declaration or DOCTYPE breaks SVG inlined in HTML (nbconvert)
      String svg = out.toString(StandardCharsets.UTF_8);
      int start = svg.indexOf("<svg");
      return stableIds(start > 0 ? svg.substring(start) : svg);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
