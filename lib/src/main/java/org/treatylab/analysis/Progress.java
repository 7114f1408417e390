package org.treatylab.analysis;

import java.io.PrintStream;

/**
 * Receives progress of a long computation (a Monte Carlo run, a cascade sweep): {@code done} of
 * {@code total} units. The library calls it under a lock, with {@code done} never decreasing, from
 * whichever worker thread finished a unit; keep the callback short.
 *
 * <p>In a notebook: {@code String id = display("0 %"); ... (done, total) -> updateDisplay(id, 100 * done / total + " %")};
 * in a terminal: {@link #bar(PrintStream)}.
 */
@FunctionalInterface
public interface Progress {
  /**
   * Reports that {@code done} of {@code total} units are finished.
   *
   * @param done units finished so far (0 ≤ done ≤ total)
   * @param total all units of the computation
   */
  void update(long done, long total);

  /** Returns a listener that ignores every update. */
  static Progress none() {
    return (done, total) -> {};
  }

  /** Returns a text bar ({@code [#####.....]  50 %}) redrawn in place with a carriage return. */
  static Progress bar(PrintStream out) {
    return new Progress() {
      private int lastPercent = -1;

      @Override
      public void update(long done, long total) {
        int percent = total == 0 ? 100 : (int) (100 * done / total);
        if (percent == lastPercent) {
          return;
        }
        lastPercent = percent;
        int filled = percent / 5;
        out.print("\r[" + "#".repeat(filled) + ".".repeat(20 - filled) + "] " + String.format(java.util.Locale.ROOT, "%3d %%", percent));
        if (done == total) {
          out.println();
        }
        out.flush();
      }
    };
  }
}
