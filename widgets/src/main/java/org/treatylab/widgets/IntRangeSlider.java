package org.treatylab.widgets;

import java.util.List;
import java.util.Map;
import org.treatylab.widgets.model.IntRangeSliderTraits;

/** A slider with two handles, a lower and an upper int (the page's {@code IntRangeSliderModel}). */
public final class IntRangeSlider extends IntRangeSliderTraits<IntRangeSlider> implements ValueControl<List<Integer>> {
  /** The schema's default range slider. */
  public IntRangeSlider() {}

  /**
   * A range slider from {@code min} to {@code max} with handles at {@code lower} and {@code upper}.
   *
   * @throws IllegalArgumentException when min &gt; max, lower &gt; upper or a handle is outside [min, max]
   */
  public IntRangeSlider(String description, int min, int max, int lower, int upper) {
    setTraits(Map.of("description", description, "min", min, "max", max, "value", List.of(lower, upper)));
  }

  /** The lower handle's value. */
  public int lower() {
    return ((Number) value().get(0)).intValue();
  }

  /** The upper handle's value. */
  public int upper() {
    return ((Number) value().get(1)).intValue();
  }

  /** Moves both handles. */
  public IntRangeSlider range(int lower, int upper) {
    return value(List.of(lower, upper));
  }

  @Override
  public List<Integer> currentValue() {
    return List.of(lower(), upper());
  }

  @Override
  public Widget widget() {
    return this;
  }

  @Override
  protected String check(String trait, Object value, Map<String, Object> after) {
    return Bounds.checkRange(trait, after, false);
  }
}
