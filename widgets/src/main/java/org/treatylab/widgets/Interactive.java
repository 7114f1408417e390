package org.treatylab.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Controls above an output area, with a function of the controls' values re-run on every change:
 * what {@link Widgets#interact} returns. Each run's output (the value the function returns, rendered
 * as the kernel shows values, and anything it displays or prints) replaces the previous run's; an
 * exception is shown in the area instead of being lost.
 */
public final class Interactive extends VBox {
  private final Output output;
  private final Supplier<?> function;
  private final List<ValueControl<?>> controls;
  private long runs;

  Interactive(Supplier<?> function, List<ValueControl<?>> controls) {
    super(List.of());
    this.function = function;
    this.controls = List.copyOf(controls);
    this.output = new Output();
    List<Widget> children = new ArrayList<>();
    for (ValueControl<?> c : controls) {
      children.add(c.widget());
    }
    children.add(output);
    children(children);
    for (ValueControl<?> c : controls) {
      c.onValue(v -> rerun());
    }
    rerun();
  }

  /** Runs the function now and shows its output in place of the last run's. */
  public void rerun() {
    Output.Captured c = output.run(null, function);
    output.outputs(c.outputs());
    runs++;
  }

  /** The output area under the controls. */
  public Output output() {
    return output;
  }

  /** The controls, in order. */
  public List<ValueControl<?>> controls() {
    return controls;
  }

  /** How many times the function ran (the first run included). */
  public long runs() {
    return runs;
  }
}
