package org.treatylab.kernel.spi;

import java.util.function.Consumer;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * Runs an extension's work where cells run, for code that the front end triggers between cells
 * (widget callbacks). An extension reaches it without importing the kernel class: {@code
 * kernel instanceof CellTasks tasks} on the {@code BaseKernel} its {@code install} receives.
 *
 * <p>Tasks never run at the same time as a cell or as each other: they run in the order they were
 * submitted, after the cell running now (if any) and before the next {@code execute_request} is
 * evaluated, so that a change the front end sent before a cell is seen by that cell. An interrupt
 * request interrupts the running task's thread.
 */
public interface CellTasks {
  /**
   * Queues {@code task}; returns at once. An exception the task throws is printed to the notebook's
   * standard error (under the last cell) and the next task still runs.
   */
  void submit(Runnable task);

  /**
   * Sends every {@code display(…)} and {@code updateDisplay(…)} made by the current thread to {@code
   * sink} instead of the notebook, until the returned handle is closed (an Output widget capturing a
   * callback's output). Captures nest: the innermost open one receives.
   */
  AutoCloseable captureDisplays(Consumer<DisplayData> sink);
}
