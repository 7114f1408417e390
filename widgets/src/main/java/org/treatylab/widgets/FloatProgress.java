package org.treatylab.widgets;

import java.util.Map;
import org.treatylab.widgets.model.FloatProgressTraits;

/** A progress bar (the page's {@code FloatProgressModel}); its value stays within min and max. */
public final class FloatProgress extends FloatProgressTraits<FloatProgress> implements ValueControl<Double> {
  /**
   * A bar from {@code min} to {@code max} at {@code value}.
   *
   * @throws IllegalArgumentException when min &gt; max or value is outside [min, max]
   */
  public FloatProgress(String description, double min, double max, double value) {
    setTraits(Map.of("description", description, "min", min, "max", max, "value", value));
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
