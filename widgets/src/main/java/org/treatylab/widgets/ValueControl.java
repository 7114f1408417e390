package org.treatylab.widgets;

import java.util.function.Consumer;

/**
 * A control whose value a person sets: what {@link Widgets#interact} reads and observes.
 *
 * @param <T> the value's Java type ({@code Integer} for an {@link IntSlider})
 */
public interface ValueControl<T> {
  /** The control's value now. */
  T currentValue();

  /** The control itself, as a widget (to lay it out). */
  Widget widget();

  /** Calls {@code action} with the new value after every change of the value. */
  default void onValue(Consumer<T> action) {
    widget().observe("value", change -> action.accept(currentValue()));
  }
}
