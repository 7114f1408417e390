package org.treatylab.analysis;

/** Serialises progress reports from worker threads so that a listener sees a non-decreasing count. */
final class ProgressTracker {
  private final Progress listener;
  private final long total;
  private long done;

  ProgressTracker(Progress listener, long total) {
    this.listener = listener == null ? Progress.none() : listener;
    this.total = total;
  }

  synchronized void start() {
    listener.update(0, total);
  }

  synchronized void add(long units) {
    done += units;
    listener.update(done, total);
  }
}
