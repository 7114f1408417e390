package org.treatylab.kernel.spi;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * What a magic may ask of the running kernel: evaluate code as a cell would, extend the cells'
 * class path, render and display a value. Magics receive the kernel as the base library's
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

  /** Shows {@code data} below the running cell (or the last one, from a background thread). */
  void display(DisplayData data);

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
