package org.treatylab.widgets;

import java.util.Map;
import org.treatylab.widgets.model.ToggleButtonTraits;

/** A button that stays down or up: a true/false value (the page's {@code ToggleButtonModel}). */
public final class ToggleButton extends ToggleButtonTraits<ToggleButton> implements ValueControl<Boolean> {
  /** Unticked, without a label. */
  public ToggleButton() {}

  /** Labelled {@code description}, at {@code value}. */
  public ToggleButton(String description, boolean value) {
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
