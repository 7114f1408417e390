package org.treatylab.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.treatylab.base.Checks;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * One-line export of a chart or a result table to a file, for papers and slides.
 *
 * <pre>{@code
 * Export.png(chart, Path.of("figure1.png"));     // 300 dpi, for print
 * Export.svg(chart, Path.of("figure1.svg"));
 * Export.pdf(chart, Path.of("figure1.pdf"));
 * Export.csv(Treaties.recordOf("RUS"), Path.of("russia.csv"));
 * }</pre>
 *
 * <p>Charts are XChart charts (every chart of {@code org.treatylab.charts}); PDF and SVG are vector
 * formats written by XChart's {@code VectorGraphicsEncoder} (PDF through pdfbox-graphics2d). Tables
 * are Tablesaw tables, written as UTF-8 CSV with a header row, dates in ISO form and numbers in full
 * precision without grouping, so that the file reads back the same under any locale. Missing folders
 * are created; an existing file is replaced. Each method returns the path written.
 */
public final class Export {
  /** Resolution of {@link #png(Chart, Path)}: print quality. */
  public static final int PRINT_DPI = 300;

  private Export() {}

  /**
   * Writes the chart as a PNG at {@value #PRINT_DPI} dpi (the chart's size in points scaled up, so a
   * 600 × 400 chart becomes 2500 × 1667 pixels).
   *
   * @param chart an XChart chart
   * @param file the file, ending in {@code .png}
   */
  public static Path png(Chart<?, ?> chart, Path file) {
    return png(chart, file, PRINT_DPI);
  }

  /**
   * Writes the chart as a PNG at the given resolution.
   *
   * @param dpi dots per inch, 72 (screen) to 1200
   */
  public static Path png(Chart<?, ?> chart, Path file, int dpi) {
    Checks.notNull(chart, "chart");
    if (dpi < 72 || dpi > 1200) {
      throw new IllegalArgumentException("dpi is " + dpi + "; pass 72 to 1200 (300 for print)");
    }
    Path out = target(file, ".png");
    try {
      BitmapEncoder.saveBitmapWithDPI(chart, stripExtension(out), BitmapEncoder.BitmapFormat.PNG, dpi);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + out, e);
    }
    return out;
  }

  /** Writes the chart as SVG. @param file the file, ending in {@code .svg} */
  public static Path svg(Chart<?, ?> chart, Path file) {
    return vector(chart, file, ".svg", VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
  }

  /** Writes the chart as PDF (vector). @param file the file, ending in {@code .pdf} */
  public static Path pdf(Chart<?, ?> chart, Path file) {
    return vector(chart, file, ".pdf", VectorGraphicsEncoder.VectorGraphicsFormat.PDF);
  }

  /**
   * Writes any table (a dataset, a curve's {@code table()}, a result) as CSV.
   *
   * @param table a Tablesaw table
   * @param file the file, ending in {@code .csv}
   */
  public static Path csv(Table table, Path file) {
    Checks.notNull(table, "table");
    Path out = target(file, ".csv");
    try {
      table.write().csv(CsvWriteOptions.builder(out.toFile()).header(true).build());
    } catch (RuntimeException e) {
      throw new UncheckedIOException("could not write " + out, new IOException(e.getMessage(), e));
    }
    return out;
  }

  private static Path vector(Chart<?, ?> chart, Path file, String extension,
      VectorGraphicsEncoder.VectorGraphicsFormat format) {
    Checks.notNull(chart, "chart");
    Path out = target(file, extension);
    try {
      VectorGraphicsEncoder.saveVectorGraphic(chart, stripExtension(out), format);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + out, e);
    }
    return out;
  }

  private static Path target(Path file, String extension) {
    Checks.notNull(file, "file");
    String name = file.getFileName().toString();
    if (!name.toLowerCase(Locale.ROOT).endsWith(extension)) {
      throw new IllegalArgumentException("file " + file + " does not end in " + extension
          + "; name the file with the format it will hold");
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not create the folder of " + file, e);
    }
    return file;
  }

  /** XChart's encoders append the extension themselves. */
  private static String stripExtension(Path file) {
    String path = file.toString();
    return path.substring(0, path.lastIndexOf('.'));
  }
}
