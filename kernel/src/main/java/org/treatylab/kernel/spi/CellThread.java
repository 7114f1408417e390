package org.treatylab.kernel.spi;

import java.util.concurrent.CompletableFuture;
import org.dflib.jjava.jupyter.kernel.BaseKernel;

/**
 * The kernel's cell-execution thread, for extensions: widgets need callbacks from the page (a slider
 * moved) to run where cells run, one at a time and in order with them.
 *
 * <p>Every {@code execute_request} and every {@code comm_open}, {@code comm_msg} and
 * {@code comm_close} from the front end is handled on one thread of the kernel, the cell-execution
 * thread, in the order the front end sent them; {@link #submit(Runnable)} queues a task on that same
 * thread. Comm messages are queued there as they arrive, without the shell thread waiting for each,
 * so a task a comm handler submits runs after the comm messages that had already arrived: a handler
 * can record the latest value and leave the work to one task (a burst of slider moves, merged). A task therefore never runs while a cell (or a comm handler, or another task) runs, sees
 * everything earlier cells did, and runs before any cell requested after it was submitted.
 *
 * <p>An extension (an {@code org.dflib.jjava.jupyter.Extension} found through ServiceLoader) gets it in
 * {@code install(BaseKernel kernel)} with {@code CellThread.of(kernel)}, and the comm manager with
 * {@code kernel.getCommManager()}; it needs no class of the kernel itself.
 *
 * <p>Limits: text a task prints goes to the output of the last request the kernel handled (the
 * {@code comm_msg} that triggered it, when it was submitted from a comm handler); an interrupt stops
 * cells, not tasks; a task that never ends blocks every later cell, as a cell would.
 */
public interface CellThread {
  /**
   * Queues {@code task} on the cell-execution thread, after the running cell and the tasks queued
   * before it. Never runs the task inline, even when called on that thread.
   *
   * @return completes when the task has run (exceptionally with what it threw). Cell code must not
   *     wait for it: the task cannot start before the cell ends.
   * @throws NullPointerException when {@code task} is null
   */
  CompletableFuture<Void> submit(Runnable task);

  /** Returns true when called on the cell-execution thread (inside a task or a comm handler). */
  boolean isCellThread();

  /**
   * Returns the kernel's cell-execution thread.
   *
   * @throws IllegalStateException when {@code kernel} is not this project's Java kernel
   */
  static CellThread of(BaseKernel kernel) {
    if (kernel instanceof CellThread thread) {
      return thread;
    }
    throw new IllegalStateException(
        "CellThread.of: "
            + (kernel == null ? "no kernel" : kernel.getClass().getName())
            + " has no cell-execution thread; it is offered by org.treatylab.kernel.JavaKernel only");
  }
}
