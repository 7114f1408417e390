package org.treatylab.kernel;

import java.util.UUID;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * The functions every cell can call without importing anything, named as in IJava so that IJava
 * notebooks run unchanged: {@code display(obj)}, {@code render(obj, mime)}, {@code updateDisplay(id, obj)},
 * {@code lineMagic(name, args)}, {@code cellMagic(name, args, body)}. IJava's {@code runtime.Display} and
 * {@code runtime.Magics} inherit these very methods, so a notebook that also imports them statically
 * ({@code import static io.github.spencerpark.ijava.runtime.Display.*;}) gets no ambiguity.
 */
public class Notebook {
  /** Extended only by IJava's {@code runtime.Display} and {@code runtime.Magics}, which add nothing. */
  protected Notebook() {}

  private static JavaKernel kernel() {
    return (JavaKernel) BaseKernel.notebookKernel();
  }

  /**
   * Shows {@code value} below the cell now, as rich output where a renderer exists, and returns the
   * display's id for {@link #updateDisplay(String, Object)}.
   */
  public static String display(Object value) {
    return show(render(value));
  }

  /** Shows {@code value} rendered as the given MIME types (e.g. {@code "image/svg+xml"}). */
  public static String display(Object value, String... mimeTypes) {
    return show(render(value, mimeTypes));
  }

  private static String show(DisplayData data) {
    String id = data.getDisplayId();
    if (id == null) {
      id = UUID.randomUUID().toString();
      data.setDisplayId(id);
    }
    kernel().display(data);
    return id;
  }

  /**
   * Returns the rich output of {@code value}, in every MIME type its renderers prefer (as IJava's
   * {@code DisplayData}, a subclass of the kernel's).
   */
  public static io.github.spencerpark.jupyter.kernel.display.DisplayData render(Object value) {
    return new io.github.spencerpark.jupyter.kernel.display.DisplayData(kernel().getRenderer().render(value));
  }

  /** Returns the rich output of {@code value} as the given MIME types. */
  public static io.github.spencerpark.jupyter.kernel.display.DisplayData render(Object value, String... mimeTypes) {
    return new io.github.spencerpark.jupyter.kernel.display.DisplayData(
        kernel().getRenderer().renderAs(value, mimeTypes));
  }

  /** Replaces the output shown by {@link #display(Object)} under {@code id} with {@code value}. */
  public static void updateDisplay(String id, Object value) {
    DisplayData data = render(value);
    data.setDisplayId(id);
    kernel().updateDisplay(data);
  }

  /** Replaces the output under {@code id} with {@code value} rendered as the given MIME types. */
  public static void updateDisplay(String id, Object value, String... mimeTypes) {
    DisplayData data = render(value, mimeTypes);
    data.setDisplayId(id);
    kernel().updateDisplay(data);
  }

  /**
   * Runs a line magic from code, as IJava's {@code lineMagic}: {@code List<String> jars =
   * lineMagic("jars", List.of("lib/*.jar"));}. Returns what the magic returns ({@code %jars} and
   * {@code %maven}: the jars added).
   */
  @SuppressWarnings("unchecked")
  public static <T> T lineMagic(String name, java.util.List<String> args) {
    return (T) kernel().runMagic(name, args);
  }

  /** Runs a cell magic from code, as IJava's {@code cellMagic}: {@code cellMagic("time", List.of(), "6 * 7")}. */
  @SuppressWarnings("unchecked")
  public static <T> T cellMagic(String name, java.util.List<String> args, String body) {
    return (T) kernel().runCellMagic(name, args, body);
  }
}
