package org.treatylab.kernel.eval;

import java.util.List;

/**
 * A cell that failed, already explained for a person: {@link #name()} and {@link #getMessage()} become
 * the error's name and value in the notebook, {@link #traceback()} its lines.
 */
public final class CellError extends RuntimeException {
  /** What went wrong: the cell did not compile, threw, or was interrupted. */
  public enum Kind {
    COMPILE,
    RUNTIME,
    INTERRUPTED
  }

  private final Kind kind;
  private final String name;
  private final List<String> traceback;
  private final transient Throwable thrown;

  CellError(Kind kind, String name, String message, List<String> traceback, Throwable thrown) {
    super(message, null, false, false);
    this.kind = kind;
    this.name = name;
    this.traceback = List.copyOf(traceback);
    this.thrown = thrown;
  }

  /**
   * Returns the error for a failure outside cell code (rendering a value, a magic, start-up), with
   * its own stack trace, as there are no cell frames to show.
   */
  public static CellError outsideCell(Throwable t) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    lines.add(t.toString());
    StackTraceElement[] frames = t.getStackTrace();
    for (int i = 0; i < Math.min(frames.length, 12); i++) {
      lines.add("    at " + frames[i]);
    }
    for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
      lines.add("Caused by: " + c);
    }
    String message = t.getMessage() == null ? "" : t.getMessage();
    return new CellError(Kind.RUNTIME, t.getClass().getName(), message, lines, t);
  }

  /** Returns the error for a magic that failed: its message is all a user needs. */
  public static CellError magic(String magic, Throwable t) {
    String message = "%" + magic + ": " + (t.getMessage() == null ? t.toString() : t.getMessage());
    return new CellError(Kind.RUNTIME, "MagicError", message, List.of(message), t);
  }

  /**
   * Returns this error as raised by code loaded from {@code file} ({@code %load}): the message and
   * the first traceback line name the file, so a compile error's line numbers are read in that file.
   */
  public CellError inFile(String file) {
    if (getMessage().startsWith("in " + file + ": ")) {
      return this;
    }
    List<String> lines = new java.util.ArrayList<>();
    lines.add("in " + file + ":");
    lines.addAll(traceback);
    return new CellError(kind, name, "in " + file + ": " + getMessage(), lines, thrown);
  }

  /** Returns what kind of failure this is. */
  public Kind kind() {
    return kind;
  }

  /** Returns the error's name as shown (e.g. {@code CompilationError}, {@code java.lang.ArithmeticException}). */
  public String name() {
    return name;
  }

  /** Returns the lines to show: the message, the place in the cell, the user's frames. */
  public List<String> traceback() {
    return traceback;
  }

  /** Returns the exception the cell threw, when it threw one. */
  public Throwable thrown() {
    return thrown;
  }
}
