package io.github.spencerpark.ijava.runtime;

import io.github.spencerpark.ijava.IJava;
import io.github.spencerpark.ijava.JavaKernel;

/** IJava's kernel helpers: the running kernel, and evaluating code from code. */
public final class Kernel {
  private Kernel() {}

  /** Returns the running kernel. */
  public static JavaKernel getKernelInstance() {
    return IJava.getKernelInstance();
  }

  /** Evaluates {@code code} as a cell would (magics included) and returns its value, or null. */
  public static Object eval(String code) throws Exception {
    return IJava.getKernelInstance().evalRaw(code);
  }
}
