package io.github.spencerpark.ijava.runtime;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import org.treatylab.kernel.Notebook;

/** IJava's display helpers, with IJava's signatures, over the kernel's {@link Notebook}. */
public final class Display {
  private Display() {}

  /** Returns the rich output of {@code o}, in every MIME type its renderers prefer. */
  public static DisplayData render(Object o) {
    return new DisplayData(Notebook.render(o));
  }

  /** Returns the rich output of {@code o} as the given MIME types. */
  public static DisplayData render(Object o, String... as) {
    return new DisplayData(Notebook.render(o, as));
  }

  /** Shows {@code o} now and returns the display's id. */
  public static String display(Object o) {
    return Notebook.display(o);
  }

  /** Shows {@code o} now as the given MIME types and returns the display's id. */
  public static String display(Object o, String... as) {
    return Notebook.display(o, as);
  }

  /** Replaces the output shown under {@code id}. */
  public static void updateDisplay(String id, Object o) {
    Notebook.updateDisplay(id, o);
  }

  /** Replaces the output shown under {@code id}, rendered as the given MIME types. */
  public static void updateDisplay(String id, Object o, String... as) {
    Notebook.updateDisplay(id, o, as);
  }
}
