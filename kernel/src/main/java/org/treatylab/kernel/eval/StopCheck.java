package org.treatylab.kernel.eval;

/**
 * The check that instrumented cell code calls on every backward jump (every loop iteration), so that
 * an interrupt stops even a tight {@code while (true) { n++; }} on any JDK, where {@code Thread.stop}
 * no longer exists (JDK 20+). Public only because generated cell classes call it.
 */
public final class StopCheck {
  /** The cell thread asked to stop, or null. One volatile read per loop iteration is the cost. */
  private static volatile Thread stopRequested;

  private StopCheck() {}

  /** Called by instrumented cell code: throws {@link CellInterrupted} on the thread asked to stop. */
  public static void check() {
    Thread target = stopRequested;
    if (target != null && target == Thread.currentThread()) {
      stopRequested = null;
      throw new CellInterrupted();
    }
  }

  static void request(Thread cellThread) {
    stopRequested = cellThread;
  }

  static void clear() {
    stopRequested = null;
  }
}
