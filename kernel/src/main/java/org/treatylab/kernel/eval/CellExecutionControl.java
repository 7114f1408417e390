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
  private volatile boolean stopped;
  private Object lastValue;
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
    stopRequested = false;
    running.set(cell);
    try {
      cell.start();
      joinOrAbandon(cell);
    } finally {
      running.set(null);
      StopCheck.clear();
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

  /** Returns true, once, after a snippet was stopped by an interrupt. */
  boolean takeStopped() {
    boolean s = stopped;
    stopped = false;
    return s;
  }

  /** Returns the value of the last snippet run, or null. */
  Object lastValue() {
    return lastValue;
  }

  /** Returns the exception the last snippet threw, as thrown (not translated to text), or null. */
  Throwable lastThrowable() {
    return lastThrowable;
  }

  /** Returns true while a snippet runs. */
  boolean isRunning() {
    return running.get() != null;
  }
}
