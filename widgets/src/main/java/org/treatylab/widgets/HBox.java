package org.treatylab.widgets;

import java.util.List;
import org.treatylab.widgets.model.HBoxTraits;

/** Lays widgets out side by side (the page's {@code HBoxModel}). */
public class HBox extends HBoxTraits<HBox> {
  /** A box of {@code children}, in order. */
  public HBox(Widget... children) {
    children(List.of(children));
  }

  /** A box of {@code children}, in order. */
  public HBox(List<? extends Widget> children) {
    children(List.copyOf(children));
  }
}
