package org.treatylab.analysis.cascade;

import java.util.Arrays;
import org.treatylab.base.Tables;
import tech.tablesaw.api.Table;

/**
 * One simulated cascade of {@link Cascade}: the number of adopters after each round, from the
 * vanguard alone (round 0) to the fixed point.
 *
 * @param states N, the number of states
 * @param vanguard the committed states
 * @param adoptersByRound adopters after rounds 0, 1, …; strictly increasing, last = final
 */
public record CascadeRun(int states, int vanguard, int[] adoptersByRound) {

  /** Copies the path. */
  public CascadeRun {
    adoptersByRound = adoptersByRound.clone();
  }

  /** Returns the path (a copy). */
  @Override
  public int[] adoptersByRound() {
    return adoptersByRound.clone();
  }

  /** Returns the final number of adopters. */
  public int finalAdopters() {
    return adoptersByRound[adoptersByRound.length - 1];
  }

  /** Returns the final share of adopters among all N states. */
  public double finalShare() {
    return (double) finalAdopters() / states;
  }

  /** Returns the number of rounds in which new states adopted (0 when only the vanguard adopts). */
  public int rounds() {
    return adoptersByRound.length - 1;
  }

  /** Returns true when the cascade reached a majority of states (final share ≥ 1/2); see {@link #reached}. */
  public boolean cascaded() {
    return reached(0.5);
  }

  /** Returns true when the final share is at least {@code share}. */
  public boolean reached(double share) {
    return finalShare() >= share;
  }

  /** Returns round, adopters and share of states per round. */
  public Table table() {
    return Tables.rows("cascade of " + states + " states, vanguard " + vanguard, adoptersByRound.length)
        .integer("round", i -> i)
        .integer("adopters", "states", i -> adoptersByRound[i])
        .number("share", "fraction of the states (0 to 1)", i -> (double) adoptersByRound[i] / states)
        .build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CascadeRun r && r.states == states && r.vanguard == vanguard
        && Arrays.equals(r.adoptersByRound, adoptersByRound);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * states + vanguard) + Arrays.hashCode(adoptersByRound);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "cascade: vanguard %d of %d -> %d (%.1f %%) in %d rounds", vanguard, states, finalAdopters(),
        100 * finalShare(), rounds());
  }
}
