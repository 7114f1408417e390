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
  /** Forgets the class files of snippets nothing live can reach (JShell keeps all of them). */
  private final ClassFilePruner pruner;
  /** Where each snippet (by JShell id) started, to put cell line numbers on stack frames. */
  private final Map<String, int[]> snippetLines = new HashMap<>();
  private final Object evalLock = new Object();
  private String currentCell = "";
  /** The folder of unpacked classes cells compile against (a {@link CompileClassTree}); null: the jars. */
  private java.nio.file.Path compileTree;
  private java.nio.file.attribute.FileTime compileTreeStamp;
  private java.nio.file.Path emptyFolder;

  /**
   * Starts JShell with cell code running in this JVM.
   *
   * @param parent the class loader cell classes delegate to (the kernel's: it holds the library)
   * @param stopGraceMs how long an interrupted cell may run on before it is forced to stop
   */
  public CellEvaluator(ClassLoader parent, long stopGraceMs) {
    this(parent, stopGraceMs, CompileClassTree.forThisJvmOnce());
  }

  /**
   * Starts JShell, compiling cells against {@code compileTree} (a {@link CompileClassTree}) when one is
   * given and against the JVM's class path otherwise.
   */
  CellEvaluator(ClassLoader parent, long stopGraceMs, java.util.Optional<java.nio.file.Path> compileTree) {
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
    compileTree.ifPresent(tree -> {
      if (CompileClassTree.compileAgainst(shell, tree)) {
        this.compileTree = tree;
        this.compileTreeStamp = CompileClassTree.stamp(tree);
      } else {
        System.err.println("note: JShell's compiler could not be pointed at " + tree
            + " (its internals differ in this JDK); cells compile against the jars");
      }
    });
    this.pruner = ClassFilePruner.of(shell);
  }

  /** Returns the class loader of cell code (and of jars added at run time). */
  public ClassLoader classLoader() {
    return loader;
  }

  /** True when class files of dead snippets are forgotten (JShell's internals reachable). */
  boolean prunesClassFiles() {
    return pruner.enabled();
  }

  /** How many class files of dead snippets were forgotten so far. */
  long prunedClassFiles() {
    return pruner.pruned();
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
    if (control.isCellThread(Thread.currentThread())) {
      // code evaluating code (IJava's Kernel.eval, %load from lineMagic): the kernel's thread holds
      // the lock, waiting for this very cell, so taking it would deadlock; JShell allows the nesting
      return evalCell(cell);
    }
    synchronized (evalLock) {
      control.beginCell();
      try {
        checkCompileTree();
        return evalCell(cell);
      } finally {
        control.endCell();
        pruner.prune(); // JShell is idle here: no compilation reads the file manager
      }
    }
  }

  /**
   * Turns the compiler back to the jars when the folder of unpacked classes was replaced or removed
   * since start-up (a reinstall or {@code mvn clean} while this kernel runs): compiling against a
   * folder that no longer matches the jars the cells run from would give wrong "does not exist" errors.
   */
  private void checkCompileTree() {
    if (compileTree == null || java.util.Objects.equals(CompileClassTree.stamp(compileTree), compileTreeStamp)) {
      return;
    }
    java.nio.file.Path changed = compileTree;
    compileTree = null;
    boolean back = CompileClassTree.compileAgainstJars(shell, changed);
    System.err.println("note: the kernel's compile-class folder " + changed + " was replaced or removed during this"
        + " session (the kernel reinstalled?); " + (back ? "cells now compile against the jars"
            : "JShell's compiler could not be turned back to the jars: restart the kernel"));
  }

  private Object evalCell(String cell) {
    currentCell = cell;
    Object value = NO_VALUE;
    for (CellSource.Part part : CellSource.split(shell.sourceCodeAnalysis(), cell)) {
      value = evalPart(cell, part);
    }
    return value;
  }

  private Object evalPart(String cell, CellSource.Part part) {
    long runsBefore = control.invocations();
    List<SnippetEvent> events;
    try {
      events = shell.eval(part.source());
    } catch (RuntimeException | Error e) {
      throw internalError(part, e);
    }
    if (control.takeStopped()) {
      throw interrupted();
    }
    Object value = NO_VALUE;
    for (SnippetEvent event : events) {
      Snippet snippet = event.snippet();
      if (event.causeSnippet() != null) {
        noteBrokenDependent(event); // an update of an earlier snippet, not this one
        continue;
      }
      snippetLines.put(snippet.id(), new int[] {CellSource.lineOf(cell, part.offset())});
      List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
      if (event.status() == Snippet.Status.REJECTED || !errors.isEmpty()) {
        // JShell keeps some failed snippets (a string constant too long for a class file is
        // RECOVERABLE_NOT_DEFINED) and then compiles them with every later snippet, so that every
        // later cell fails silently: a snippet that did not compile must not stay.
        forget(snippet);
        if (errors.stream().anyMatch(d -> String.valueOf(d.getCode()).startsWith("compiler.err.limit."))) {
          resetCompiler();
        }
        throw compileError(cell, part, snippet, errors);
      }
      if (event.exception() != null) {
        throw runtimeError(event.exception());
      }
      if (runs(snippet) && event.status() != Snippet.Status.VALID) {
        forget(snippet);
        throw notRun(snippet);
      }
      if (isExpression(snippet) && !isDisplayCall(snippet)) {
        if (control.invocations() == runsBefore) {
          // no code ran for this snippet: the last value is an earlier cell's, never show it
          throw internalError(part, new IllegalStateException("JShell reported the snippet as run but did not run it"));
        }
        value = control.lastValue();
      } else {
        value = NO_VALUE;
      }
      warnUnresolved(snippet);
      dropTemporaryVariable(snippet);
    }
    return value;
  }

  /** True for snippets that run code when evaluated: expressions, statements, variables with initializers. */
  private static boolean runs(Snippet snippet) {
    return snippet.kind() == Snippet.Kind.EXPRESSION
        || snippet.kind() == Snippet.Kind.STATEMENT
        || (snippet.kind() == Snippet.Kind.VAR
            && snippet.subKind() != Snippet.SubKind.VAR_DECLARATION_SUBKIND);
  }

  /**
   * javac keeps a failed class file's constant pool in the compiler instance JShell reuses, and
   * every later compilation fails with "UTF8 representation ... too long for the constant pool"
   * (JDK 17 and 25 alike). JShell makes fresh compiler instances when the class path changes, and
   * that is its only public way to do so: add an empty folder.
   */
  private void resetCompiler() {
    try {
      if (emptyFolder == null) {
        emptyFolder = java.nio.file.Files.createTempDirectory("kernel-reset");
        emptyFolder.toFile().deleteOnExit();
      }
      shell.addToClasspath(emptyFolder.toString());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("could not reset the compiler after a class-file limit error: " + e, e);
    }
  }

  /** Drops a snippet JShell kept although it failed, so later cells are compiled without it. */
  private void forget(Snippet snippet) {
    Snippet.Status status = shell.status(snippet);
    if (status != Snippet.Status.REJECTED && status != Snippet.Status.DROPPED && status != Snippet.Status.OVERWRITTEN) {
      shell.drop(snippet);
    }
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

  /** An earlier declaration that a new one broke (a changed method it calls): say so, it is not this cell's error. */
  private void noteBrokenDependent(SnippetEvent event) {
    Snippet snippet = event.snippet();
    List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
    if (!errors.isEmpty() && event.status() != Snippet.Status.OVERWRITTEN && event.status() != Snippet.Status.DROPPED) {
      System.err.println(
          "note: earlier code no longer compiles after this change and cannot be used until it is fixed: "
              + firstLine(snippet.source().strip()) + " (" + firstLine(explain(errors.get(0))) + ")");
    }
  }

  /** A variable, statement or expression JShell accepted but could not run (it refers to undefined names). */
  private CellError notRun(Snippet snippet) {
    String missing =
        snippet instanceof jdk.jshell.DeclarationSnippet decl
            ? String.join(", ", shell.unresolvedDependencies(decl).collect(Collectors.toList()))
            : "";
    String msg =
        "this code did not run: "
            + (missing.isEmpty()
                ? "JShell left it in state " + shell.status(snippet)
                : "it needs " + missing + ", which is not defined")
            + " (" + firstLine(snippet.source().strip()) + ")";
    return new CellError(CellError.Kind.COMPILE, "CompilationError", msg, List.of(msg), null);
  }

  /** JShell or the execution engine failed on this snippet: an error, never a silent success. */
  private static CellError internalError(CellSource.Part part, Throwable t) {
    String msg = "the kernel could not evaluate this code (" + t + "); the cell did not run";
    List<String> lines = new ArrayList<>();
    lines.add(msg);
    lines.add("    " + firstLine(part.source().strip()));
    return new CellError(CellError.Kind.COMPILE, "InternalError", msg, lines, t);
  }

  /** javac's message, or a clearer one for the limits of the class-file format. */
  private static String explain(Diag d) {
    String code = d.getCode() == null ? "" : d.getCode();
    if (code.startsWith("compiler.err.limit.string")) {
      return "string constant longer than 65,535 bytes: read it from a file (Files.readString) instead";
    }
    if (code.equals("compiler.err.limit.code")) {
      return "code too large: a method's body compiles to more than 64 KB; split the cell or move data to a file";
    }
    if (code.startsWith("compiler.err.limit.")) {
      return withoutWrapperLocation(d.getMessage(Locale.ENGLISH)) + " (a limit of the Java class-file format)";
    }
    return withoutWrapperLocation(d.getMessage(Locale.ENGLISH));
  }

  /** {@code display(x);} already showed x: its return value (the display id) is not shown again. */
  private static boolean isDisplayCall(Snippet snippet) {
    return snippet.source().strip().matches("(?s)(?:[\\w.]*\\.)?display\\s*\\(.*\\)\\s*;?");
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

  private CellError compileError(String cell, CellSource.Part part, Snippet snippet, List<Diag> diags) {
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
      String message = explain(d);
      if (lines.isEmpty()) {
        first = "line " + line + ", column " + column + ": " + firstLine(message);
      }
      lines.add("error at line " + line + ", column " + column + ": " + message);
      String text = CellSource.line(cell, line);
      int caret = column;
      if (text.length() > MAX_SHOWN_LINE) { // a pasted 70,000-character literal: show where, not all of it
        int start = Math.max(0, Math.min(column - 1 - 20, text.length() - MAX_SHOWN_LINE));
        String prefix = start > 0 ? "…" : "";
        text = prefix + text.substring(start, start + MAX_SHOWN_LINE) + "…";
        caret = column - start + prefix.length();
      }
      lines.add("    " + text);
      int width =
          (int) Math.max(1, Math.min(d.getEndPosition() - Math.max(pos, 0), text.length() - caret + 1));
      lines.add("    " + " ".repeat(Math.max(0, caret - 1)) + "^".repeat(width));
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
    if (thrown instanceof CellError nested) {
      return nested; // code the cell evaluated (Kernel.eval, lineMagic) failed: already explained
    }
    String className =
        withoutWrapper(
            exception instanceof EvalException ev ? ev.getExceptionClassName() : exception.getClass().getName());
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

  /** A class declared in a cell is {@code REPL.$JShell$77$MyProblem} to the JVM: show {@code MyProblem}. */
  private static String withoutWrapper(String className) {
    return className.replaceFirst("^REPL\\.\\$JShell\\$\\d+[A-Za-z]*\\$", "");
  }

  /** Longest source line shown under a compile error. */
  private static final int MAX_SHOWN_LINE = 160;

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
