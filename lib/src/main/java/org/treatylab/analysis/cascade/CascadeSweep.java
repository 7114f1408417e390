package org.treatylab.analysis.cascade;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.treatylab.base.Tables;
import tech.tablesaw.api.Table;

/**
 * The result of a {@link Cascade#sweep}: for each (vanguard share, threshold spread) cell, the mean
 * final share of adopters and the share of runs that cascaded (final share ≥ 1/2), over
 * {@code runsPerCell} seeded simulations.
 */
public final class CascadeSweep {
  /**
   * One cell of the sweep.
   *
   * @param vanguardShare the vanguard as a share of N (as asked; the simulation rounds to whole states)
   * @param vanguard the vanguard in states
   * @param spread the spread parameter of the threshold distribution
   * @param runs simulations in the cell
   * @param meanFinalShare mean final share of adopters
   * @param cascadeProbability share of runs whose final share is ≥ 1/2
   */
  public record Cell(double vanguardShare, int vanguard, double spread, int runs, double meanFinalShare,
      double cascadeProbability) {}

  private final int states;
  private final String family;
  private final double[] vanguardShares;
  private final double[] spreads;
  private final int runsPerCell;
  private final long seed;
  private final List<Cell> cells;

  CascadeSweep(int states, String family, double[] vanguardShares, double[] spreads, int runsPerCell, long seed,
      int[] finals) {
    this.states = states;
    this.family = family;
    this.vanguardShares = vanguardShares;
    this.spreads = spreads;
    this.runsPerCell = runsPerCell;
    this.seed = seed;
    List<Cell> out = new ArrayList<>();
    for (int v = 0; v < vanguardShares.length; v++) {
      for (int s = 0; s < spreads.length; s++) {
        int cell = v * spreads.length + s;
        long sum = 0;
        int cascades = 0;
        for (int j = cell * runsPerCell; j < (cell + 1) * runsPerCell; j++) {
          sum += finals[j];
          if (2L * finals[j] >= states) {
            cascades++;
          }
        }
        out.add(new Cell(vanguardShares[v], (int) Math.round(vanguardShares[v] * states), spreads[s], runsPerCell,
            (double) sum / ((long) runsPerCell * states), (double) cascades / runsPerCell));
      }
    }
    this.cells = List.copyOf(out);
  }

  /** Returns N. */
  public int states() {
    return states;
  }

  /** Returns the threshold distribution family, in words. */
  public String family() {
    return family;
  }

  /** Returns the vanguard shares of the grid (a copy). */
  public double[] vanguardShares() {
    return vanguardShares.clone();
  }

  /** Returns the spreads of the grid (a copy). */
  public double[] spreads() {
    return spreads.clone();
  }

  /** Returns the simulations per cell. */
  public int runsPerCell() {
    return runsPerCell;
  }

  /** Returns the master seed. */
  public long seed() {
    return seed;
  }

  /** Returns the cells, vanguard-major. */
  public List<Cell> cells() {
    return cells;
  }

  /**
   * Returns the cells of one spread, in vanguard order.
   *
   * @param spread one of the sweep's {@link #spreads()}
   * @throws IllegalArgumentException for a spread the sweep did not run
   */
  public List<Cell> cellsForSpread(double spread) {
    if (java.util.Arrays.stream(spreads).noneMatch(s -> s == spread)) {
      throw new IllegalArgumentException("spread " + spread + " is not in the sweep's grid "
          + java.util.Arrays.toString(spreads) + "; pass one of them");
    }
    return cells.stream().filter(c -> c.spread() == spread).toList();
  }

  /**
   * Returns the critical vanguard for a spread: the smallest vanguard share in the grid at which at
   * least half the runs cascade, or empty when none does.
   *
   * @param spread one of the sweep's {@link #spreads()} (another is refused, not answered with empty)
   */
  public OptionalDouble criticalVanguard(double spread) {
    for (Cell c : cellsForSpread(spread)) {
      if (c.cascadeProbability() >= 0.5) {
        return OptionalDouble.of(c.vanguardShare());
      }
    }
    return OptionalDouble.empty();
  }

  /** Returns one row per spread with its critical vanguard share (NaN when no share in the grid tips). */
  public Table criticalVanguards() {
    return Tables.rows("critical vanguard (P(cascade) >= 1/2), N = " + states, spreads.length)
        .number("spread", i -> spreads[i])
        .number("critical_vanguard_share", "fraction of the states (0 to 1)",
            i -> criticalVanguard(spreads[i]).orElse(Double.NaN))
        .build();
  }

  /** Returns the cells as a table. */
  public Table table() {
    return Tables.of("cascade sweep, N = " + states + ", " + family + ", " + runsPerCell + " runs per cell, seed "
            + seed, cells)
        .number("vanguard_share", "fraction of the states (0 to 1)", Cell::vanguardShare)
        .integer("vanguard", "states", Cell::vanguard)
        .number("spread", Cell::spread)
        .integer("runs", Cell::runs)
        .number("mean_final_share", "fraction of the states (0 to 1)", Cell::meanFinalShare)
        .number("p_cascade", "probability (0 to 1)", Cell::cascadeProbability)
        .build();
  }

  @Override
  public String toString() {
    return "cascade sweep: " + cells.size() + " cells × " + runsPerCell + " runs, N = " + states + ", " + family;
  }
}
