package org.treatylab.widgets;

import java.util.Map;
import org.treatylab.widgets.model.TextTraits;

/** A line of text a person types (the page's {@code TextModel}). */
public final class Text extends TextTraits<Text> implements ValueControl<String> {
  /** Empty, without a label. */
  public Text() {}

  /** Labelled {@code description}, holding {@code value}. */
  public Text(String description, String value) {
    setTraits(Map.of("description", description, "value", value));
  }

  @Override
  public String currentValue() {
    return value();
  }

  @Override
  public Widget widget() {
    return this;
  }
}
