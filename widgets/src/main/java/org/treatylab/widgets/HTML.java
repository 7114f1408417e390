package org.treatylab.widgets;

import org.treatylab.widgets.model.HTMLTraits;

/** A piece of HTML the kernel can change (the page's {@code HTMLModel}). */
public final class HTML extends HTMLTraits<HTML> {
  /** Showing {@code value}. */
  public HTML(String value) {
    value(value);
  }
}
