package org.treatylab.analysis.common;

/**
 * Serialises progress reports from worker threads so that a listener sees a non-decreasing count. Shared by
 * the long computations of the analysis packages (cascade sweeps, Monte Carlo runs); not meant for notebooks.
 */
public final class ProgressTracker {
  private final Progress listener;
  private final long total;
  private long done;

  /** A tracker reporting to {@code listener} (none when null) out of {@code total} units. */
  public ProgressTracker(Progress listener, long total) {
    this.listener = listener == null ? Progress.none() : listener;
    this.total = total;
  }

  /** Reports 0 of the total. */
  public synchronized void start() {
    listener.update(0, total);
  }

  /** Adds {@code units} done and reports the new count. */
  public synchronized void add(long units) {
    done += units;
    listener.update(done, total);
  }
}
