package org.treatylab.kernel.spi;

import java.util.function.Consumer;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * What a magic or an extension may ask of the running kernel: evaluate code as a cell would, extend
 * the cells' class path, render and display a value, capture a thread's displays. Magics receive the kernel as the base library's
 * {@link BaseKernel} and reach this interface through {@link #of(BaseKernel)}, so they never depend on
 * the kernel class (a layer rule, {@code KernelLayersTest}, checks it).
 */
public interface CellHost {
  /**
   * Evaluates {@code code} as a cell would, magics included, on the calling thread.
   *
   * @return the value of the last snippet when it is an expression, else {@code null}
   * @throws RuntimeException the kernel's own cell error when the code does not compile or run
   */
  Object evalRaw(String code);

  /** Adds jars or folders, separated by the platform's path separator, to what cells compile and load. */
  void addToClasspath(String path);

  /** Returns {@code value} rendered in every MIME type its renderers prefer. */
  DisplayData render(Object value);

  /**
   * Shows {@code data} below the running cell (or the last one, from a background thread), or hands
   * it to the current thread's innermost open {@link #captureDisplays capture}.
   */
  void display(DisplayData data);

  /**
   * Sends every {@code display(…)} and {@code updateDisplay(…)} the current thread makes to {@code
   * sink} instead of the notebook, until the returned capture is closed: an output area that shows
   * what a callback displays (a widget's {@code Output}). Captures nest; the innermost open one
   * receives. Other threads' displays are not affected.
   *
   * @throws NullPointerException when {@code sink} is null
   */
  Capture captureDisplays(Consumer<DisplayData> sink);

  /** An open display capture; closing it sends the thread's displays where they went before. */
  interface Capture extends AutoCloseable {
    /** Ends the capture (idempotent); never throws. */
    @Override
    void close();
  }

  /**
   * Returns the kernel's host interface.
   *
   * @throws IllegalStateException when {@code kernel} is not this project's Java kernel (a magic
   *     registered on another kernel)
   */
  static CellHost of(BaseKernel kernel) {
    if (kernel instanceof CellHost host) {
      return host;
    }
    throw new IllegalStateException(
        "this magic needs the treatylab Java kernel, but runs in "
            + (kernel == null ? "no kernel" : kernel.getClass().getName())
            + "; register it on org.treatylab.kernel.JavaKernel");
  }
}
