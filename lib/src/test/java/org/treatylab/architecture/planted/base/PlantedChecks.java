package org.treatylab.architecture.planted.base;

/** Allowed: base, imported from above. */
public final class PlantedChecks {
  /** Refuses a non-positive number. */
  public static int positive(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("n is " + n + "; pass a positive number");
    }
    return n;
  }
}
