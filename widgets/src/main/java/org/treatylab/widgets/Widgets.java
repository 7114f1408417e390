package org.treatylab.widgets;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One-call interactive output: {@code interact(cost -> Costs.total(cost), new IntSlider("cost", 1, 1000,
 * 300))} shows the slider and the function's result below it, and re-runs the function every time a
 * person moves the slider, its new output replacing the old. Runs come from the page through the
 * kernel's cell tasks: in order, never beside a cell, a burst of moves merged into one run for the
 * latest value. Statically imported into every notebook by the widgets extension.
 */
public final class Widgets {
  private Widgets() {}

  /** A function of three values. */
  @FunctionalInterface
  public interface Function3<A, B, C, R> {
    R apply(A a, B b, C c);
  }

  /**
   * Shows {@code controls} above the output of {@code function}, which reads the controls' values
   * itself; re-runs it on every change of any control.
   *
   * @throws IllegalArgumentException when no control is given
   */
  public static Interactive interact(Supplier<?> function, ValueControl<?>... controls) {
    Objects.requireNonNull(function, "function");
    if (controls.length == 0) {
      throw new IllegalArgumentException("interact needs at least one control: interact(fn, new IntSlider(…))");
    }
    for (ValueControl<?> c : controls) {
      Objects.requireNonNull(c, "a control of interact is null");
    }
    return new Interactive(function, Arrays.asList(controls));
  }

  /** Shows {@code a} above {@code function(a's value)}, re-run on every change. */
  public static <A> Interactive interact(Function<A, ?> function, ValueControl<A> a) {
    Objects.requireNonNull(function, "function");
    return new Interactive(() -> function.apply(a.currentValue()), List.of(a));
  }

  /** Shows {@code a} and {@code b} above {@code function(a, b)}, re-run on every change of either. */
  public static <A, B> Interactive interact(BiFunction<A, B, ?> function, ValueControl<A> a, ValueControl<B> b) {
    Objects.requireNonNull(function, "function");
    return new Interactive(() -> function.apply(a.currentValue(), b.currentValue()), List.of(a, b));
  }

  /** Shows three controls above {@code function(a, b, c)}, re-run on every change of any. */
  public static <A, B, C> Interactive interact(
      Function3<A, B, C, ?> function, ValueControl<A> a, ValueControl<B> b, ValueControl<C> c) {
    Objects.requireNonNull(function, "function");
    return new Interactive(() -> function.apply(a.currentValue(), b.currentValue(), c.currentValue()), List.of(a, b, c));
  }

  /** Closes every widget the kernel holds (their views disappear from the page). */
  public static void closeAllWidgets() {
    WidgetSession.current().closeAll();
  }
}
