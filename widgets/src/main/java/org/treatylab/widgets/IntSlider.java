package org.treatylab.widgets;

import java.util.Map;
import org.treatylab.widgets.model.IntSliderTraits;

/** A slider of whole numbers (the page's {@code IntSliderModel}); its value stays within min and max. */
public final class IntSlider extends IntSliderTraits<IntSlider> implements ValueControl<Integer> {
  /** A slider from 0 to 100 at 0. */
  public IntSlider() {}

  /**
   * A slider from {@code min} to {@code max} at {@code value}, labelled {@code description}.
   *
   * @throws IllegalArgumentException when min &gt; max or value is outside [min, max]
   */
  public IntSlider(String description, int min, int max, int value) {
    setTraits(Map.of("description", description, "min", min, "max", max, "value", value));
  }

  @Override
  public Integer currentValue() {
    return value();
  }

  @Override
  public Widget widget() {
    return this;
  }

  @Override
  protected String check(String trait, Object value, Map<String, Object> after) {
    return Bounds.checkScalar(trait, after, false);
  }
}
