package org.treatylab.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The compiler warm-up: its cells are valid, it runs only while the kernel is idle, and it ends. */
class CompilerWarmupTest {
  private static final List<String> IMPORTS = List.of("java.util.*", "java.util.stream.*");

  /** The warm-up swallows a failing cell (it must not disturb the kernel), so its cells are checked here. */
  @Test
  void everyWarmupCellCompilesAndRunsInOrder() {
    CellEvaluator ev = new CellEvaluator(getClass().getClassLoader(), 500);
    try {
      for (String imp : IMPORTS) {
        ev.eval("import " + imp + ";");
      }
      for (int round = 0; round < 2; round++) {
        for (String cell : CompilerWarmup.CELLS) {
          String source = String.format(Locale.ROOT, cell, round + 1);
          try {
            ev.eval(source);
          } catch (CellError e) {
            throw new AssertionError("warm-up cell does not run: " + source + "\n" + e.getMessage(), e);
          }
        }
      }
    } finally {
      ev.close();
    }
  }

  @Test
  void evaluatesOnlyWhileTheKernelIsIdleAndStopsWhenCancelled() throws Exception {
    AtomicBoolean idle = new AtomicBoolean(false);
    CompilerWarmup w = new CompilerWarmup(getClass().getClassLoader(), IMPORTS, idle::get, 10_000, 60_000);
    Thread t = w.start();
    Thread.sleep(300);
    assertEquals(0, w.cellsRun(), "the warm-up ran while the kernel was busy");
    idle.set(true);
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (w.cellsRun() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertTrue(w.cellsRun() >= 3, "no warm-up cells while idle: " + w.summary());
    idle.set(false);
    Thread.sleep(200); // the evaluation in flight ends
    int whenBusy = w.cellsRun();
    Thread.sleep(300);
    assertEquals(whenBusy, w.cellsRun(), "the warm-up went on while the kernel was busy");
    w.cancel();
    t.join(10_000);
    assertFalse(t.isAlive(), "the warm-up thread did not end when cancelled");
  }

  @Test
  void endsAfterItsCellsAndWithinItsCpuBudget() throws Exception {
    CompilerWarmup few = new CompilerWarmup(getClass().getClassLoader(), IMPORTS, () -> true, 5, 60_000);
    Thread t = few.start();
    t.join(60_000);
    assertFalse(t.isAlive(), "the warm-up did not end after 5 cells");
    assertEquals(5, few.cellsRun());
    assertTrue(few.summary().startsWith("compiler warm-up: 5 cells, "), few.summary());

    CompilerWarmup noBudget = new CompilerWarmup(getClass().getClassLoader(), IMPORTS, () -> true, 100, 0);
    Thread u = noBudget.start();
    u.join(60_000);
    assertFalse(u.isAlive(), "the warm-up did not end with no CPU budget");
    assertEquals(0, noBudget.cellsRun(), "cells ran beyond a budget of 0 ms");
  }

  @Test
  void refusesNegativeLimitsNamingThem() {
    IllegalArgumentException cells = assertThrows(IllegalArgumentException.class,
        () -> new CompilerWarmup(getClass().getClassLoader(), IMPORTS, () -> true, -1, 1_000));
    assertTrue(cells.getMessage().startsWith("maxCells -1 is negative"), cells.getMessage());
    IllegalArgumentException cpu = assertThrows(IllegalArgumentException.class,
        () -> new CompilerWarmup(getClass().getClassLoader(), IMPORTS, () -> true, 10, -5));
    assertTrue(cpu.getMessage().startsWith("cpuBudgetMillis -5 is negative"), cpu.getMessage());
  }
}
