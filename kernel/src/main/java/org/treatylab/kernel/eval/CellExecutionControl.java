package org.treatylab.kernel.eval;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.execution.LoaderDelegate;

/**
 * Runs cell code inside the kernel's JVM, so that result objects can be rendered directly and share
 * classes with the library. Differs from JShell's own local engine in three ways: each snippet runs on
 * its own thread, which the kernel can interrupt; loaded cell classes are instrumented
 * ({@link CellInstrumenter}); and the value and the original exception of the last snippet are kept
 * for the kernel instead of being turned into strings.
 */
final class CellExecutionControl extends DirectExecutionControl {
  /** How long a stopped cell may take to unwind before the kernel stops waiting for it. */
  private static final long ABANDON_AFTER_MS = 3_000;

  private final long graceMs;
  private final AtomicReference<Thread> running = new AtomicReference<>();
  private volatile boolean stopRequested;
  private volatile boolean cellInProgress;
  private volatile boolean stopped;
  private Object lastValue;
  /** How many snippets have been invoked: the evaluator checks that an expression really ran. */
  private volatile long invocations;
  private Throwable lastThrowable;

  CellExecutionControl(LoaderDelegate loader, long graceMs) {
    super(loader);
    this.graceMs = graceMs;
  }

  @Override
  public void load(ClassBytecodes[] classes)
      throws ClassInstallException, NotImplementedException, EngineTerminationException {
    super.load(instrumentAll(classes));
  }

  @Override
  public void redefine(ClassBytecodes[] classes)
      throws ClassInstallException, NotImplementedException, EngineTerminationException {
    super.redefine(instrumentAll(classes));
  }

  private static ClassBytecodes[] instrumentAll(ClassBytecodes[] classes) {
    ClassBytecodes[] out = new ClassBytecodes[classes.length];
    for (int i = 0; i < classes.length; i++) {
      out[i] = new ClassBytecodes(classes[i].name(), CellInstrumenter.instrument(classes[i].bytecodes()));
    }
    return out;
  }

  @Override
  protected String invoke(Method doitMethod) throws Exception {
    lastValue = null;
    lastThrowable = null;
    invocations++;
    AtomicReference<Object> value = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread cell =
        new Thread(
            () -> {
              try {
                value.set(doitMethod.invoke(null));
              } catch (InvocationTargetException e) {
                failure.set(e.getCause());
              } catch (Throwable t) {
                failure.set(t);
              }
            },
            "cell");
    cell.setContextClassLoader(Thread.currentThread().getContextClassLoader());
    cell.setDaemon(true);
    if (stopRequested) {
      // the interrupt came while JShell compiled this snippet (between two snippets of one cell):
      // honour it rather than start the code
      stopped = true;
      throw new StoppedException();
    }
    // code run from inside a running cell (IJava's Kernel.eval, %load through lineMagic): when it
    // ends, the outer cell is the running one again
    Thread outer = running.getAndSet(cell);
    try {
      cell.start();
      joinOrAbandon(cell);
    } finally {
      running.set(outer);
      if (outer == null) {
        StopCheck.clear();
      }
    }
    Throwable thrown = failure.get();
    if (cell.isAlive() || (stopRequested && (thrown == null || isStop(thrown)))) {
      stopped = true; // JShell reports a stopped snippet as a success without value: remember it
      throw new StoppedException();
    }
    if (thrown != null) {
      lastThrowable = thrown;
      throw new InvocationTargetException(thrown);
    }
    lastValue = value.get();
    return ValueText.of(lastValue, DirectExecutionControl::valueString); // cost not growing with the value
  }

  private void joinOrAbandon(Thread cell) throws InterruptedException {
    while (cell.isAlive()) {
      cell.join(50);
      if (stopRequested) {
        cell.join(ABANDON_AFTER_MS);
        return; // still alive after that: leave it; the reply must not wait forever
      }
    }
  }

  private static boolean isStop(Throwable t) {
    return t instanceof CellInterrupted
        || t instanceof InterruptedException
        || t.getClass().getName().equals("java.lang.ThreadDeath");
  }

  /**
   * Stops the running cell: its loops stop at the next iteration, blocking calls are interrupted, and
   * on JDKs that still have it (17–19) {@code Thread.stop} ends code that neither loops in a cell nor
   * blocks, after a grace period.
   */
  @SuppressWarnings({"deprecation", "removal"})
  void stopCell() {
    Thread cell = running.get();
    if (cell == null) {
      if (cellInProgress) {
        stopRequested = true; // between two snippets: the next one will not start
      }
      return;
    }
    stopRequested = true;
    StopCheck.request(cell);
    cell.interrupt();
    Thread forcer =
        new Thread(
            () -> {
              try {
                cell.join(graceMs);
                if (cell.isAlive()) {
                  cell.stop();
                }
              } catch (InterruptedException | UnsupportedOperationException ignored) {
                // JDK 20+ has no Thread.stop: instrumented loops and interruptible calls still stop
              }
            },
            "cell-stopper");
    forcer.setDaemon(true);
    forcer.start();
  }

  /**
   * Marks the start of a cell (not of each snippet): an interrupt from now on stops the cell even
   * when it arrives while JShell compiles, before or between its snippets.
   */
  void beginCell() {
    stopRequested = false;
    cellInProgress = true;
  }

  /** Marks the end of a cell: an interrupt after it finds nothing to stop. */
  void endCell() {
    cellInProgress = false;
    stopRequested = false;
  }

  /** Returns true, once, after a snippet was stopped by an interrupt. */
  boolean takeStopped() {
    boolean s = stopped;
    stopped = false;
    return s;
  }

  /** Returns how many snippets have been invoked so far. */
  long invocations() {
    return invocations;
  }

  /** Returns the value of the last snippet run, or null. */
  Object lastValue() {
    return lastValue;
  }

  /** Returns the exception the last snippet threw, as thrown (not translated to text), or null. */
  Throwable lastThrowable() {
    return lastThrowable;
  }

  /** Returns true if {@code thread} is the thread of the snippet running now. */
  boolean isCellThread(Thread thread) {
    return running.get() == thread;
  }

  /** Returns true while a cell is being evaluated (compiled or run). */
  boolean isRunning() {
    return running.get() != null || cellInProgress;
  }
}
