package org.treatylab.widgets;

import java.util.Map;
import org.treatylab.widgets.model.CheckboxTraits;

/** A tick box: a true/false value (the page's {@code CheckboxModel}). */
public final class Checkbox extends CheckboxTraits<Checkbox> implements ValueControl<Boolean> {
  /** Unticked, without a label. */
  public Checkbox() {}

  /** Labelled {@code description}, at {@code value}. */
  public Checkbox(String description, boolean value) {
    setTraits(Map.of("description", description, "value", value));
  }

  @Override
  public Boolean currentValue() {
    return value();
  }

  @Override
  public Widget widget() {
    return this;
  }
}
