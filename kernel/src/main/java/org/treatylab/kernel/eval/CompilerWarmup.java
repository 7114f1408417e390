package org.treatylab.kernel.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Brings javac and JShell up to compiled speed while the kernel waits for the user: a throwaway
 * evaluator of its own compiles and runs cells of the usual kinds (expressions, variables, methods,
 * records, loops, lambdas) until the JIT has compiled the compiler's hot paths.
 *
 * <p>Why: a cell's time is JShell's (three javac tasks per expression), and javac runs interpreted
 * until the JIT has seen its methods often enough. Measured in-process (JDK 17, C1), a trivial cell
 * takes about 25 ms over a session's first 50 cells and 7–9 ms after 150; the warm-up moves those
 * first cells into idle time. It never touches the user's evaluator (its snippets, variables, imports
 * and classes live in an evaluator and class loader of their own, closed when it ends), and it runs
 * only while the kernel is idle: before each cell it asks {@code mayRun} and waits while that is false,
 * so a user's cell meets at most one warm-up evaluation in flight on the other core.
 */
public final class CompilerWarmup {
  /** The cells evaluated in turn; {@code %d} is the round number, so each compiles anew. */
  static final List<String> CELLS =
      List.of(
          "1 + %d",
          "int warmCount = %d * 2;",
          "String warmText = \"cell \" + %d;\nwarmText.length()",
          "int warmTwice(int x) { return 2 * x + %d; }",
          "warmTwice(warmCount)",
          "record WarmPair(String name, int value) {}\nnew WarmPair(\"a\", %d)",
          "var warmList = new ArrayList<Integer>(List.of(3, 1, %d));\nCollections.sort(warmList);\nwarmList",
          "for (int k = 0; k < 3; k++) { warmCount += k + %d; }",
          "IntStream.range(0, 10).map(x -> x * %d).filter(x -> x %% 2 == 0).sum()",
          "Map<String, Integer> warmMap = new TreeMap<>(Map.of(\"x\", %d));\nwarmMap.get(\"x\")",
          "String.format(java.util.Locale.ROOT, \"%%.2f\", %d / 3.0)",
          "Math.max(%d, warmCount) > 0 ? \"yes\" : \"no\"");

  private final ClassLoader parent;
  private final List<String> imports;
  private final BooleanSupplier mayRun;
  private final int maxCells;
  private final long cpuBudgetNanos;
  private volatile boolean cancelled;
  private volatile int cellsRun;
  private volatile long cpuNanos;

  /**
   * @param parent the class loader the warm-up's cell classes delegate to (the kernel's)
   * @param imports the imports the user's evaluator starts with ({@code java.util.*}, …), so the
   *     warm-up compiles against the same packages
   * @param mayRun whether the kernel is idle now (no cell running or queued for a while)
   * @param maxCells how many cells to evaluate at most
   * @param cpuBudgetMillis how much CPU time of its thread the warm-up may use at most
   */
  public CompilerWarmup(
      ClassLoader parent, List<String> imports, BooleanSupplier mayRun, int maxCells, long cpuBudgetMillis) {
    if (maxCells < 0) {
      throw new IllegalArgumentException("maxCells " + maxCells + " is negative; give 0 (no warm-up) or more");
    }
    if (cpuBudgetMillis < 0) {
      throw new IllegalArgumentException(
          "cpuBudgetMillis " + cpuBudgetMillis + " is negative; give 0 (no warm-up) or more");
    }
    this.parent = parent;
    this.imports = List.copyOf(imports);
    this.mayRun = mayRun;
    this.maxCells = maxCells;
    this.cpuBudgetNanos = cpuBudgetMillis * 1_000_000L;
  }

  /** Starts the warm-up on a daemon thread of its own, named {@code kernel-compiler-warmup}, and returns it. */
  public Thread start() {
    Thread t = new Thread(this::run, "kernel-compiler-warmup");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
    return t;
  }

  /** Stops the warm-up after the evaluation in flight (the kernel is shutting down). */
  public void cancel() {
    cancelled = true;
  }

  /** How many warm-up cells have been evaluated so far. */
  public int cellsRun() {
    return cellsRun;
  }

  /** A line for logs and benchmarks: cells evaluated and CPU used. */
  public String summary() {
    return String.format(Locale.ROOT, "compiler warm-up: %d cells, %.2f s CPU", cellsRun, cpuNanos / 1e9);
  }

  /** Runs the warm-up on the calling thread; returns when it is done, cancelled or out of budget. */
  public void run() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpuTimed = threads.isCurrentThreadCpuTimeSupported();
    long cpuStart = cpuTimed ? threads.getCurrentThreadCpuTime() : 0;
    CellEvaluator ev = null;
    try {
      if (!waitUntilIdle()) {
        return;
      }
      ev = new CellEvaluator(parent, 1_000);
      for (String imp : imports) {
        ev.eval("import " + imp + ";");
      }
      for (int i = 0; i < maxCells; i++) {
        if (cpuTimed) {
          cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
          if (cpuNanos >= cpuBudgetNanos) {
            return;
          }
        }
        if (!waitUntilIdle()) {
          return;
        }
        String cell = CELLS.get(i % CELLS.size());
        try {
          ev.eval(String.format(Locale.ROOT, cell, i / CELLS.size() + i % 7));
        } catch (CellError e) {
          // a warm-up cell that fails still exercised the compiler; the set is tested to compile
        }
        cellsRun = i + 1;
      }
    } catch (RuntimeException | LinkageError e) {
      // the warm-up is an optimisation: whatever stops it must not reach the kernel
    } finally {
      if (cpuTimed) {
        cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
      }
      if (ev != null) {
        try {
          ev.close();
        } catch (RuntimeException e) {
          // closing a throwaway JShell: nothing to keep
        }
        ev = null;
        // the throwaway evaluator grew the heap (resident 245 MB after it against 201 MB without, in
        // the soak's first measurement); with the serial collector a full collection gives that back
        // (see HeapReturn), and nothing else triggers one in an idle kernel
        if (!cancelled && mayRun.getAsBoolean()) {
          System.gc();
        }
      }
    }
  }

  /** Waits while the kernel is busy; false when cancelled or interrupted. */
  private boolean waitUntilIdle() {
    while (!cancelled && !mayRun.getAsBoolean()) {
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        return false;
      }
    }
    return !cancelled;
  }
}
