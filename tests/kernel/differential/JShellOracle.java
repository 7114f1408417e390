import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * The reference side of the kernel's differential test: runs cells through plain JShell (its API, with
 * JShell's default execution engine, a separate JVM) and prints what each cell did, one line per cell:
 * {@code kind<TAB>detail<TAB>stdout}, each field Base64 (UTF-8). kind is {@code value}, {@code none},
 * {@code exception} (detail: the exception's class), {@code error} (did not compile or run).
 *
 * <p>A cell is cut into snippets as the jshell tool does ({@code analyzeCompletion}); the first failing
 * snippet ends the cell. A snippet that JShell keeps although it has errors is dropped, as the
 * kernel does: JShell's own tool leaves it and then fails every later snippet after a string constant
 * longer than the class-file limit (a JDK defect in the compiler instance JShell reuses, which only a
 * class-path change resets; this oracle resets it the same way, with an empty folder).
 *
 * <p>Usage: {@code java JShellOracle.java cells.b64} (one Base64 cell per line).
 */
public class JShellOracle {
  public static void main(String[] args) throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
    Path empty = Files.createTempDirectory("oracle-reset");
    empty.toFile().deleteOnExit();
    try (JShell shell = JShell.builder().out(out).err(out).build()) {
      for (String line : Files.readAllLines(Path.of(args[0]))) {
        if (line.isBlank()) {
          continue;
        }
        String cell = new String(Base64.getDecoder().decode(line.strip()), StandardCharsets.UTF_8);
        captured.reset();
        String[] result = runCell(shell, cell, captured, empty);
        out.flush();
        System.out.println(b64(result[0]) + "\t" + b64(result[1]) + "\t" + b64(result[2]));
      }
    }
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns {kind, detail, stdout}. */
  private static String[] runCell(JShell shell, String cell, ByteArrayOutputStream captured, Path empty) {
    String kind = "none";
    String detail = "";
    String printed = "";
    String remaining = cell;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(remaining);
      if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        break;
      }
      String source = info.completeness().isComplete() ? info.source() : remaining;
      remaining = info.completeness().isComplete() ? info.remaining() : "";
      kind = "none";
      detail = "";
      for (SnippetEvent event : shell.eval(source)) {
        if (event.causeSnippet() != null) {
          continue;
        }
        Snippet snippet = event.snippet();
        List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
        if (event.status() == Snippet.Status.REJECTED || !errors.isEmpty()) {
          if (shell.status(snippet).isActive()) {
            shell.drop(snippet);
          }
          if (errors.stream().anyMatch(d -> String.valueOf(d.getCode()).startsWith("compiler.err.limit."))) {
            shell.addToClasspath(empty.toString());
          }
          return new String[] {"error", "", printedSoFar(captured, printed)};
        }
        if (event.exception() != null) {
          String name =
              event.exception() instanceof UnresolvedReferenceException
                  ? "UnresolvedReference"
                  : event.exception() instanceof EvalException ev ? ev.getExceptionClassName() : "?";
          return new String[] {"exception", name, printedSoFar(captured, printed)};
        }
        String name = valueName(snippet);
        String shown = event.value();
        if (name != null && shown != null && !needsToString(shown)) {
          kind = "value"; // JShell's text of a number, boolean or object is its toString already
          detail = shown;
        } else if (name != null) {
          printed = printedSoFar(captured, printed);
          captured.reset();
          shell.eval("System.out.print(java.util.Objects.toString(" + name + ", \"\\u0000\"));");
          String v = new String(captured.toByteArray(), StandardCharsets.UTF_8);
          captured.reset();
          kind = v.equals("\u0000") ? "none" : "value";
          detail = v.equals("\u0000") ? "" : v;
        }
      }
    }
    return new String[] {kind, detail, printedSoFar(captured, printed)};
  }

  /** JShell quotes strings and chars, writes arrays its own way, and null as "null": ask for toString. */
  private static boolean needsToString(String shown) {
    return shown.startsWith("\"") || shown.startsWith("'") || shown.equals("null") || shown.contains("{");
  }

  private static String printedSoFar(ByteArrayOutputStream captured, String before) {
    return before + new String(captured.toByteArray(), StandardCharsets.UTF_8);
  }

  /** The name holding an expression's value ($N, or the variable an expression names or assigns). */
  private static String valueName(Snippet snippet) {
    if (snippet instanceof VarSnippet v && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
      return v.name();
    }
    if (snippet instanceof ExpressionSnippet e) {
      return e.name();
    }
    return null;
  }
}
