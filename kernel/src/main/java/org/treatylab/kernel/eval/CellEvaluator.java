package org.treatylab.kernel.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Evaluates cells with JShell inside the kernel's JVM and turns failures into readable
 * {@link CellError}s: compile errors with the line and column in the cell, runtime errors with the
 * user's own frames first and JShell's machinery left out.
 */
public final class CellEvaluator implements AutoCloseable {
  /** The value of a cell whose last snippet is not an expression. */
  public static final Object NO_VALUE = new Object();

  private final JShell shell;
  private final CellExecutionControl control;
  private final CellClassLoader loader;
  /** Where each snippet (by JShell id) started, to put cell line numbers on stack frames. */
  private final Map<String, int[]> snippetLines = new HashMap<>();
  private final Object evalLock = new Object();
  private String currentCell = "";

  /**
   * Starts JShell with cell code running in this JVM.
   *
   * @param parent the class loader cell classes delegate to (the kernel's: it holds the library)
   * @param stopGraceMs how long an interrupted cell may run on before it is forced to stop
   */
  public CellEvaluator(ClassLoader parent, long stopGraceMs) {
    this.loader = new CellClassLoader(parent);
    this.control = new CellExecutionControl(new CellLoaderDelegate(loader), stopGraceMs);
    ExecutionControlProvider provider =
        new ExecutionControlProvider() {
          @Override
          public String name() {
            return "treatylab-cells";
          }

          @Override
          public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            return control;
          }
        };
    // No --release option: it makes every cell about 3.5x slower (KERNEL-NOTES.md).
    this.shell = JShell.builder().executionEngine(provider, Map.of()).build();
  }

  /** Returns the class loader of cell code (and of jars added at run time). */
  public ClassLoader classLoader() {
    return loader;
  }

  /** Returns JShell's source analysis, for completion and inspection. */
  public SourceCodeAnalysis analysis() {
    return shell.sourceCodeAnalysis();
  }

  /** Adds jars or folders to what cells compile against and load from. */
  public void addToClasspath(String path) {
    shell.addToClasspath(path);
  }

  /**
   * Evaluates a cell and returns the value of its last snippet when that is an expression, else
   * {@link #NO_VALUE}.
   *
   * @throws CellError when a snippet does not compile, throws, or is interrupted
   */
  public Object eval(String cell) {
    synchronized (evalLock) {
      currentCell = cell;
      Object value = NO_VALUE;
      for (CellSource.Part part : CellSource.split(shell.sourceCodeAnalysis(), cell)) {
        value = evalPart(cell, part);
      }
      return value;
    }
  }

  private Object evalPart(String cell, CellSource.Part part) {
    List<SnippetEvent> events = shell.eval(part.source());
    if (control.takeStopped()) {
      throw interrupted();
    }
    Object value = NO_VALUE;
    for (SnippetEvent event : events) {
      if (event.causeSnippet() != null) {
        continue; // an update of an earlier snippet, not this one
      }
      Snippet snippet = event.snippet();
      snippetLines.put(snippet.id(), new int[] {CellSource.lineOf(cell, part.offset())});
      if (event.status() == Snippet.Status.REJECTED) {
        throw compileError(cell, part, snippet);
      }
      if (event.exception() != null) {
        throw runtimeError(event.exception());
      }
      if (isExpression(snippet) && !isDisplayCall(snippet)) {
        value = control.lastValue();
      } else {
        value = NO_VALUE;
      }
      warnUnresolved(snippet);
      dropTemporaryVariable(snippet);
    }
    return value;
  }

  /**
   * Drops the variable JShell makes for an expression's value ({@code $12}), once the value is taken.
   * Every active declaration is imported into the wrapper of every later snippet, so these unseen
   * variables made each cell slower the longer a session ran: in a 1,200-cell soak of plain JShell,
   * the median cell went from 56 to 197 ms with them kept and from 22 to 57 ms with them dropped
   * (BENCHMARKS.md). Notebook cells do not name them (the kernel shows the value itself).
   */
  private void dropTemporaryVariable(Snippet snippet) {
    if (snippet instanceof VarSnippet && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
      shell.drop(snippet);
    }
  }

  /** {@code display(x);} already showed x: its return value (the display id) is not shown again. */
  private static boolean isDisplayCall(Snippet snippet) {
    return snippet.source().strip().matches("(?s)display\\s*\\(.*\\)\\s*;?");
  }

  private static boolean isExpression(Snippet snippet) {
    return snippet.kind() == Snippet.Kind.EXPRESSION
        || (snippet instanceof VarSnippet
            && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND);
  }

  private void warnUnresolved(Snippet snippet) {
    if (snippet instanceof jdk.jshell.DeclarationSnippet decl) {
      List<String> missing = shell.unresolvedDependencies(decl).collect(Collectors.toList());
      if (!missing.isEmpty()) {
        System.err.println(
            "note: " + decl.name() + " can be used once these are defined: " + String.join(", ", missing));
      }
    }
  }

  private CellError compileError(String cell, CellSource.Part part, Snippet snippet) {
    List<Diag> diags = shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
    List<String> lines = new ArrayList<>();
    String first = "the cell does not compile";
    if (diags.isEmpty() && !part.completeness().isComplete()) {
      int line = CellSource.lineOf(cell, part.offset());
      first = "incomplete code at the end of the cell (line " + line + "): a missing ')', '}' or ';'?";
      lines.add(first);
    }
    for (Diag d : diags) {
      long pos = d.getStartPosition() >= 0 ? d.getStartPosition() : d.getPosition();
      int at = part.sourceStart() + (int) Math.max(0, pos);
      int line = CellSource.lineOf(cell, at);
      int column = CellSource.columnOf(cell, at);
      String message = withoutWrapperLocation(d.getMessage(Locale.ENGLISH));
      if (lines.isEmpty()) {
        first = "line " + line + ", column " + column + ": " + firstLine(message);
      }
      lines.add("error at line " + line + ", column " + column + ": " + message);
      String text = CellSource.line(cell, line);
      lines.add("    " + text);
      int width =
          (int)
              Math.max(
                  1,
                  Math.min(
                      d.getEndPosition() - Math.max(pos, 0), Math.max(1, text.length() - column + 1)));
      lines.add("    " + " ".repeat(Math.max(0, column - 1)) + "^".repeat(width));
    }
    if (lines.isEmpty()) {
      lines.add("the cell does not compile (JShell gave no diagnostic for: " + snippet.source().strip() + ")");
    }
    return new CellError(CellError.Kind.COMPILE, "CompilationError", first, lines, null);
  }

  private CellError runtimeError(JShellException exception) {
    Throwable thrown = control.lastThrowable();
    if (exception instanceof UnresolvedReferenceException unresolved) {
      String name = unresolved.getSnippet().name();
      List<String> missing = shell.unresolvedDependencies(unresolved.getSnippet()).collect(Collectors.toList());
      String msg = name + " cannot run yet: it needs " + String.join(", ", missing) + ", which is not defined";
      return new CellError(CellError.Kind.RUNTIME, "UnresolvedReference", msg, List.of(msg), null);
    }
    String className =
        exception instanceof EvalException ev ? ev.getExceptionClassName() : exception.getClass().getName();
    if (thrown instanceof CellInterrupted || thrown instanceof InterruptedException) {
      return interrupted();
    }
    List<String> lines = new ArrayList<>();
    String message = thrown != null ? thrown.getMessage() : exception.getMessage();
    lines.add(className + (message != null ? ": " + message : ""));
    lines.addAll(userFrames(exception.getStackTrace()));
    Throwable cause = thrown != null ? thrown.getCause() : exception.getCause();
    int depth = 0;
    while (cause != null && depth++ < 5) {
      lines.add("Caused by: " + cause);
      for (StackTraceElement e : cause.getStackTrace()) {
        if (isMachinery(e)) {
          break;
        }
        lines.add("    at " + e);
      }
      cause = cause.getCause();
    }
    return new CellError(
        CellError.Kind.RUNTIME, className, message == null ? "" : message, lines, thrown);
  }

  /** The user's frames: cell code (with its cell line) and library code it called, not JShell's. */
  private List<String> userFrames(StackTraceElement[] frames) {
    List<String> out = new ArrayList<>();
    for (StackTraceElement e : frames) {
      if (isMachinery(e)) {
        break; // everything below is JShell and the kernel calling the cell
      }
      String file = e.getFileName();
      if (file != null && file.startsWith("#")) {
        int[] start = snippetLines.get(file.substring(1));
        String where =
            start != null && e.getLineNumber() > 0
                ? "cell line " + (start[0] + e.getLineNumber() - 1)
                : "cell";
        String method = e.getMethodName();
        boolean topLevel = method.isEmpty() || method.equals("do_it$");
        String owner = e.getClassName().isEmpty() ? "" : e.getClassName() + ".";
        out.add("    at " + (topLevel ? where : owner + method + " (" + where + ")"));
      } else {
        out.add("    at " + e);
      }
    }
    return out;
  }

  private static boolean isMachinery(StackTraceElement e) {
    String c = e.getClassName();
    return c.startsWith("jdk.internal.reflect.")
        || c.startsWith("java.lang.reflect.Method")
        || c.startsWith("jdk.jshell.")
        || c.startsWith("org.treatylab.kernel.");
  }

  /** Drops javac's "location: class" line: it names JShell's generated wrapper, not user code. */
  private static String withoutWrapperLocation(String message) {
    return message.lines()
        .filter(l -> !l.strip().matches("location: class\\s*\\S*\\$?JShell.*|location: class\\s*"))
        .collect(Collectors.joining("\n"));
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /**
   * Stops the running cell, if any.
   *
   * @return true if a cell was running
   */
  public boolean interrupt() {
    boolean running = control.isRunning();
    control.stopCell();
    return running;
  }

  /** Returns the error reported for an interrupted cell. */
  static CellError interrupted() {
    String msg = "the cell was interrupted; variables defined before the interrupt are kept";
    return new CellError(CellError.Kind.INTERRUPTED, "Interrupted", msg, List.of(msg), null);
  }

  @Override
  public void close() {
    shell.close();
  }
}
