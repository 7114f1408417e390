package org.treatylab.analysis.common;

import java.util.SplittableRandom;

/**
 * Derives one independent random stream per unit of work (a Monte Carlo chunk, a simulated cascade)
 * from a master seed and the unit's index, so that parallel results do not depend on the number of
 * threads or on which thread runs which unit.
 *
 * <p>The stream for index {@code i} is {@code new SplittableRandom(mix64(seed + (i + 1) * GOLDEN))}, where
 * {@code mix64} is the SplitMix64 finaliser (Steele, Lea and Flood 2014, "Fast splittable pseudorandom
 * number generators", OOPSLA) and {@code GOLDEN} = 0x9E3779B97F4A7C15.
 */
public final class Seeds {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Seeds() {}

  /** Returns the random stream of unit {@code index} under {@code masterSeed}. */
  public static SplittableRandom stream(long masterSeed, long index) {
    return new SplittableRandom(mix64(masterSeed + (index + 1) * GOLDEN));
  }

  /** Returns the SplitMix64 finaliser of {@code z}: a bijective 64-bit mix. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
