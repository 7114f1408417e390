package org.treatylab.widgets;

import java.util.List;
import java.util.Map;
import org.treatylab.widgets.model.FloatRangeSliderTraits;

/** A slider with two handles, a lower and an upper double (the page's {@code FloatRangeSliderModel}). */
public final class FloatRangeSlider extends FloatRangeSliderTraits<FloatRangeSlider> implements ValueControl<List<Double>> {
  /** The schema's default range slider. */
  public FloatRangeSlider() {}

  /**
   * A range slider from {@code min} to {@code max} with handles at {@code lower} and {@code upper}.
   *
   * @throws IllegalArgumentException when min &gt; max, lower &gt; upper or a handle is outside [min, max]
   */
  public FloatRangeSlider(String description, double min, double max, double lower, double upper) {
    setTraits(Map.of("description", description, "min", min, "max", max, "value", List.of(lower, upper)));
  }

  /** The lower handle's value. */
  public double lower() {
    return ((Number) value().get(0)).doubleValue();
  }

  /** The upper handle's value. */
  public double upper() {
    return ((Number) value().get(1)).doubleValue();
  }

  /** Moves both handles. */
  public FloatRangeSlider range(double lower, double upper) {
    return value(List.of(lower, upper));
  }

  @Override
  public List<Double> currentValue() {
    return List.of(lower(), upper());
  }

  @Override
  public Widget widget() {
    return this;
  }

  @Override
  protected String check(String trait, Object value, Map<String, Object> after) {
    return Bounds.checkRange(trait, after, true);
  }
}
