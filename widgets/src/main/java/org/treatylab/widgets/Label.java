package org.treatylab.widgets;

import org.treatylab.widgets.model.LabelTraits;

/** A line of plain text the kernel can change (the page's {@code LabelModel}). */
public final class Label extends LabelTraits<Label> {
  /** Showing {@code value}. */
  public Label(String value) {
    value(value);
  }
}
