package org.treatylab.kernel.eval;

/**
 * Stands in for {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} in cell code: cell
 * code runs inside the kernel's JVM, so exiting would kill the kernel and lose every variable. The
 * instrumenter rewrites those calls to these methods, which refuse with a clear error. Public only
 * because generated cell classes call it.
 */
public final class ExitGuard {
  private ExitGuard() {}

  /** Replaces {@code System.exit(status)}. */
  public static void exit(int status) {
    throw refusal("System.exit(" + status + ")");
  }

  /** Replaces {@code runtime.exit(status)}. */
  public static void runtimeExit(Runtime runtime, int status) {
    throw refusal("Runtime.exit(" + status + ")");
  }

  /** Replaces {@code runtime.halt(status)}. */
  public static void runtimeHalt(Runtime runtime, int status) {
    throw refusal("Runtime.halt(" + status + ")");
  }

  private static KernelExitRefused refusal(String call) {
    return new KernelExitRefused(
        call
            + " was refused: cell code runs inside the kernel, and exiting would end the kernel and"
            + " lose all your variables. To start afresh, use Kernel > Restart.");
  }

  /** The error a cell gets when it tries to exit the kernel's JVM. */
  public static final class KernelExitRefused extends RuntimeException {
    KernelExitRefused(String message) {
      super(message);
    }
  }
}
