package org.treatylab.widgets;

import java.util.Map;
import org.treatylab.widgets.model.IntProgressTraits;

/** A progress bar (the page's {@code IntProgressModel}); its value stays within min and max. */
public final class IntProgress extends IntProgressTraits<IntProgress> implements ValueControl<Integer> {
  /**
   * A bar from {@code min} to {@code max} at {@code value}.
   *
   * @throws IllegalArgumentException when min &gt; max or value is outside [min, max]
   */
  public IntProgress(String description, int min, int max, int value) {
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
