package io.github.spencerpark.jupyter.kernel.display.mime;

import java.util.Objects;

/** IJava's MIME type constants ({@code MIMEType.TEXT_HTML}) and parser, as the kernel's MIME types. */
public final class MIMEType {
  public static final MIMEType ANY = parse("*");
  public static final MIMEType TEXT_PLAIN = parse("text/plain");
  public static final MIMEType TEXT_HTML = parse("text/html");
  public static final MIMEType TEXT_MARKDOWN = parse("text/markdown");
  public static final MIMEType TEXT_LATEX = parse("text/latex");
  public static final MIMEType TEXT_CSS = parse("text/css");
  public static final MIMEType APPLICATION_JSON = parse("application/json");
  public static final MIMEType APPLICATION_JAVASCRIPT = parse("application/javascript");
  public static final MIMEType APPLICATION_XML = parse("application/xml");
  public static final MIMEType APPLICATION_PDF = parse("application/pdf");
  public static final MIMEType IMAGE_PNG = parse("image/png");
  public static final MIMEType IMAGE_JPEG = parse("image/jpeg");
  public static final MIMEType IMAGE_GIF = parse("image/gif");
  public static final MIMEType IMAGE_SVG = parse("image/svg+xml");

  private final org.dflib.jjava.jupyter.kernel.display.mime.MIMEType type;

  private MIMEType(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType type) {
    this.type = type;
  }

  /** Parses {@code "text/html"}, {@code "image/svg+xml"}, {@code "image/*"}. */
  public static MIMEType parse(String type) {
    return new MIMEType(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.parse(type));
  }

  /** Returns the kernel's equivalent. */
  public org.dflib.jjava.jupyter.kernel.display.mime.MIMEType toKernel() {
    return type;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MIMEType m && m.type.equals(type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type);
  }

  @Override
  public String toString() {
    return type.toString();
  }
}
