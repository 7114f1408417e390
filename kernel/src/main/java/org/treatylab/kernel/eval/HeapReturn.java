package org.treatylab.kernel.eval;

/**
 * Gives memory back to the operating system after a cell that needed much of it.
 *
 * <p>The kernelspec runs the JVM with the serial collector and {@code -XX:MaxHeapFreeRatio=30
 * -XX:-ShrinkHeapInSteps}, so a full collection shrinks the committed heap to about 1.4× what is
 * still live and returns the rest. But without one the JVM keeps the heap a spike grew to for the rest
 * of the session (5.8 GB resident after an out-of-memory cell, 1.8 GB after a 50 MB request, in the
 * issue's measurements): nothing else triggers a full collection in a kernel that sits idle between
 * cells. So: after a cell that ran out of memory, collect at once (before the reply, so the next cell
 * has the memory); after a cell that grew the committed heap by more than {@link #GROWTH_TRIGGER},
 * collect on a background thread once the reply is on its way.
 */
public final class HeapReturn {
  /** Growth of the committed heap during one cell above which it is given back afterwards. */
  static final long GROWTH_TRIGGER = 256L << 20;

  private final Runtime runtime = Runtime.getRuntime();
  private volatile long committedBefore = runtime.totalMemory();

  /** Notes the heap's size as a cell starts. */
  public void beforeCell() {
    committedBefore = runtime.totalMemory();
  }

  /**
   * Returns memory after a cell, if it needs returning.
   *
   * @param failure what the cell threw, or null
   */
  public void afterCell(Throwable failure) {
    if (ranOutOfMemory(failure)) {
      System.gc();
    } else if (runtime.totalMemory() - committedBefore > GROWTH_TRIGGER) {
      Thread collector = new Thread(System::gc, "heap-return");
      collector.setDaemon(true);
      collector.start();
    }
  }

  /** True when an OutOfMemoryError is the failure or among its causes. */
  static boolean ranOutOfMemory(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
      if (t instanceof CellError e && e.thrown() != null && e.thrown() != t) {
        return ranOutOfMemory(e.thrown());
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
