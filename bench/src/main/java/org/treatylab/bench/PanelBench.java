package org.treatylab.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.treatylab.analysis.panel.Panel;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;

/**
 * Building the full state-year panel: every treaty of {@code treaties.csv} × every UN member × every
 * year from the earliest opening to the status date, with every {@code add…} step; and the MBT's
 * state-month panel with the same steps, then its counting-process rows. The treaties are built before
 * timing (cached by {@code Treaties}), so the benchmark times the panel, not the CSV reading.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PanelBench {
  private Treaty[] all;

  /** Loads the treaty catalogue once. */
  @Setup
  public void load() {
    all = Treaties.all().toArray(new Treaty[0]);
  }

  /** All treaties × all states × years, every fact added. */
  @Benchmark
  public int allTreatiesStateYears() {
    return full(Panel.stateYears(all)).rowCount();
  }

  /** The MBT × all states × months (1997-01 to 2026-02), every fact added, then counting-process rows. */
  @Benchmark
  public int mineBanStateMonthsCountingProcess() {
    return full(Panel.stateMonths(Treaties.mineBan())).countingProcess(Treaties.mineBan()).rowCount();
  }

  static Panel full(Panel p) {
    return p.addStatus().addYearsSinceOpening().addRegions().addNeighbourShare().addRegionShare().addPaperGroups();
  }

  /** Prints the panels' shapes once, for BENCHMARKS.md. */
  public static void main(String[] args) {
    Panel years = full(Panel.stateYears(Treaties.all().toArray(new Treaty[0])));
    System.out.println(years.rowCount() + " rows × " + years.columnNames().size() + " columns, from "
        + years.table().intColumn("year").min() + " to " + years.lastDate());
    Panel months = full(Panel.stateMonths(Treaties.mineBan()));
    System.out.println(months.rowCount() + " rows × " + months.columnNames().size() + " columns; counting process "
        + months.countingProcess(Treaties.mineBan()).rowCount() + " rows");
  }
}
