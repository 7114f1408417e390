package org.treatylab.kernel.launch;

import org.treatylab.kernel.eval.CellEvaluator;

/**
 * Runs what a kernel does in its first seconds (start JShell, import, compile and run a few cells)
 * and exits. The installer runs it once with {@code -XX:ArchiveClassesAtExit} to write a class-data
 * sharing archive, so that later kernels start with those classes already parsed and verified. With
 * {@code --timings} it prints how long each phase took.
 */
public final class Warmup {
  private Warmup() {}

  /**
   * Runs the warm-up.
   *
   * @param args {@code --timings} to print phase times
   */
  public static void main(String[] args) {
    boolean timings = args.length > 0 && args[0].equals("--timings");
    long t0 = System.nanoTime();
    CellEvaluator ev = new CellEvaluator(Warmup.class.getClassLoader(), 1_000);
    long t1 = System.nanoTime();
    ev.eval("import java.util.*;");
    long t2 = System.nanoTime();
    ev.eval("int x = 1 + 1;");
    ev.eval("String s = List.of(1, 2, 3).toString();");
    ev.eval("x * 2");
    long t3 = System.nanoTime();
    long[] cell = new long[20];
    for (int i = 0; i < cell.length; i++) {
      long a = System.nanoTime();
      ev.eval("1 + " + i);
      cell[i] = System.nanoTime() - a;
    }
    ev.close();
    if (timings) {
      java.util.Arrays.sort(cell);
      System.out.printf(
          "jshell %d ms, first import %d ms, three cells %d ms, trivial cell median %.1f ms%n",
          (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, cell[cell.length / 2] / 1e6);
    }
    System.exit(0);
  }
}
