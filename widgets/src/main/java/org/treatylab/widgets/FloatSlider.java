package org.treatylab.widgets;

import java.util.Map;
import org.treatylab.widgets.model.FloatSliderTraits;

/** A slider of numbers (the page's {@code FloatSliderModel}); its value stays within min and max. */
public final class FloatSlider extends FloatSliderTraits<FloatSlider> implements ValueControl<Double> {
  /** A slider from 0 to 10 at 0, step 0.1. */
  public FloatSlider() {}

  /**
   * A slider from {@code min} to {@code max} at {@code value} in steps of {@code step}.
   *
   * @throws IllegalArgumentException when a number is not finite, min &gt; max, step &le; 0 or value is outside [min, max]
   */
  public FloatSlider(String description, double min, double max, double step, double value) {
    setTraits(Map.of("description", description, "min", min, "max", max, "step", step, "value", value));
  }

  @Override
  public Double currentValue() {
    return value();
  }

  @Override
  public Widget widget() {
    return this;
  }

  @Override
  protected String check(String trait, Object value, Map<String, Object> after) {
    return Bounds.checkScalar(trait, after, true);
  }
}
