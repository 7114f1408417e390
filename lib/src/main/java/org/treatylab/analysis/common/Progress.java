package org.treatylab.analysis.common;

import java.io.PrintStream;
import java.util.Locale;
import org.treatylab.base.Checks;

/**
 * Receives progress of a long computation (a Monte Carlo run, a cascade sweep): {@code done} of
 * {@code total} units. The library calls it under a lock, with {@code done} never decreasing, from
 * whichever worker thread finished a unit; keep the callback short.
 *
 * <p>In a notebook: {@link #inNotebook(String)} (one line, updated in place); in a terminal:
 * {@link #bar(PrintStream)}.
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

  /**
   * Returns a listener that shows one line below the running cell, e.g. "Monte Carlo: 45 % (4,500 of
   * 10,000)", and updates it in place at each whole percent. Outside a notebook (no display connected
   * through {@link ProgressLine}) it prints the line at 0 %, every 10 % and at the end.
   *
   * @param label what is running, e.g. "Monte Carlo"
   */
  static Progress inNotebook(String label) {
    Checks.notNull(label, "label");
    return new Progress() {
      private String id;
      private int lastPercent = -1;
      private boolean shown;

      @Override
      public void update(long done, long total) {
        int percent = total == 0 ? 100 : (int) (100 * done / total);
        boolean connected = ProgressLine.isConnected();
        if (percent == lastPercent || (!connected && percent % 10 != 0 && done != total)) {
          return;
        }
        lastPercent = percent;
        String text = String.format(Locale.ROOT, "%s: %d %% (%,d of %,d)", label, percent, done, total);
        if (!shown) {
          shown = true;
          id = ProgressLine.show(text);
        } else {
          ProgressLine.update(id, text);
        }
      }
    };
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
        out.print("\r[" + "#".repeat(filled) + ".".repeat(20 - filled) + "] " + String.format(Locale.ROOT, "%3d %%", percent));
        if (done == total) {
          out.println();
        }
        out.flush();
      }
    };
  }
}
