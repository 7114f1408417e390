package org.treatylab.analysis.survival;

/** Searches in ascending arrays of times, shared by the curves and the proportional-hazards test. */
final class Sorted {
  private Sorted() {}

  /** Returns the first index {@code i} with {@code a[i] >= v} ({@code a.length} when there is none). */
  static int lowerBound(double[] a, double v) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
