package io.github.spencerpark.ijava;

import org.dflib.jjava.jupyter.kernel.BaseKernel;

/** IJava's entry point from cell code: {@code IJava.getKernelInstance().getRenderer()…}. */
public final class IJava {
  private IJava() {}

  /**
   * Returns the running kernel, as IJava's {@code JavaKernel}.
   *
   * @throws IllegalStateException outside a running kernel (a plain {@code jshell}, a unit test)
   */
  public static JavaKernel getKernelInstance() {
    BaseKernel k = BaseKernel.notebookKernel();
    if (!(k instanceof org.treatylab.kernel.JavaKernel kernel)) {
      throw new IllegalStateException("IJava.getKernelInstance(): no Java kernel is running in this JVM");
    }
    return new JavaKernel(kernel);
  }
}
