package org.treatylab.kernel.eval;

/**
 * Thrown inside a running cell when the user interrupts it. An {@link Error}, so that ordinary
 * {@code catch (Exception e)} blocks in cell code do not swallow the interrupt.
 */
public final class CellInterrupted extends Error {
  CellInterrupted() {
    super("the cell was interrupted", null, false, false);
  }

  /** Returns the interruption to throw from kernel code that a cell called (a read of System.in). */
  public static CellInterrupted whileWaiting() {
    return new CellInterrupted();
  }
}
