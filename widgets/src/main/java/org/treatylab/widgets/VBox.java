package org.treatylab.widgets;

import java.util.List;
import org.treatylab.widgets.model.VBoxTraits;

/** Lays widgets out one above the other (the page's {@code VBoxModel}). */
public class VBox extends VBoxTraits<VBox> {
  /** A box of {@code children}, in order. */
  public VBox(Widget... children) {
    children(List.of(children));
  }

  /** A box of {@code children}, in order. */
  public VBox(List<? extends Widget> children) {
    children(List.copyOf(children));
  }
}
