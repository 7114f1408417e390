package org.treatylab.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The evaluator on its own, without Jupyter: values, errors, interrupts, exit. */
class CellEvaluatorTest {
  private static CellEvaluator cells;

  @BeforeAll
  static void start() {
    cells = new CellEvaluator(CellEvaluatorTest.class.getClassLoader(), 500);
  }

  @AfterAll
  static void stop() {
    cells.close();
  }

  @Test
  void lastExpressionIsTheValueAndStateIsKept() {
    cells.eval("int base = 40;");
    assertEquals(42, cells.eval("int two() { return 2; }\nbase + two()"));
  }

  @Test
  void statementsHaveNoValue() {
    assertSame(CellEvaluator.NO_VALUE, cells.eval("int unused = 3;"));
  }

  @Test
  void aDisplayCallShowsNoSecondValue() {
    cells.eval("String display(Object o) { return \"id-1\"; }");
    assertSame(CellEvaluator.NO_VALUE, cells.eval("display(42);"));
    assertEquals("id-1", cells.eval("String id = display(42);\nid"));
  }

  @Test
  void compileErrorNamesLineAndColumnInTheCell() {
    CellError e = assertThrows(CellError.class, () -> cells.eval("int ok = 1;\nint bad = missing + 1;"));
    assertEquals(CellError.Kind.COMPILE, e.kind());
    assertTrue(e.getMessage().startsWith("line 2, column 11"), e.getMessage());
    assertTrue(e.traceback().stream().anyMatch(l -> l.contains("^^^^^^^")), e.traceback().toString());
  }

  @Test
  void runtimeErrorShowsTheExceptionAndTheCellLine() {
    CellError e = assertThrows(CellError.class, () -> cells.eval("int[] a = new int[1];\na[3] = 1;"));
    assertEquals("java.lang.ArrayIndexOutOfBoundsException", e.name());
    assertTrue(e.traceback().get(1).contains("cell line 2"), e.traceback().toString());
    assertTrue(e.traceback().stream().noneMatch(l -> l.contains("jdk.jshell")), e.traceback().toString());
  }

  @Test
  void systemExitIsRefused() {
    CellError e = assertThrows(CellError.class, () -> cells.eval("System.exit(3);"));
    assertTrue(e.getMessage().contains("System.exit(3) was refused"), e.getMessage());
    assertTrue(e.name().endsWith("KernelExitRefused"));
  }

  @Test
  void aTightLoopStopsOnInterrupt() throws Exception {
    CompletableFuture<CellError> result =
        CompletableFuture.supplyAsync(
            () -> assertThrows(CellError.class, () -> cells.eval("long spin = 0; while (true) { spin++; }")));
    Thread.sleep(500);
    long asked = System.nanoTime();
    cells.interrupt();
    CellError e = result.get(5, TimeUnit.SECONDS);
    assertEquals(CellError.Kind.INTERRUPTED, e.kind());
    assertTrue((System.nanoTime() - asked) / 1e9 < 2.0, "stopped within 2 s");
    assertEquals(5, cells.eval("2 + 3"));
  }

  @Test
  void aStringConstantTooLongIsAnErrorAndLeavesNoTrace() {
    cells.eval("int before = 5;");
    assertEquals(5, cells.eval("before"));
    String literal = "String pasted = \"" + "c".repeat(70_000) + "\";";
    CellError e = assertThrows(CellError.class, () -> cells.eval(literal));
    assertEquals(CellError.Kind.COMPILE, e.kind());
    assertTrue(e.getMessage().contains("string constant longer than 65,535 bytes: read it from a file"), e.getMessage());
    assertTrue(String.join("\n", e.traceback()).length() < 2_000, "the literal is not echoed whole");
    assertEquals(42, cells.eval("6 * 7"), "the next cell is right, not the stale 5");
    cells.eval("int after = 3;");
    assertEquals(3, cells.eval("after"));
    assertThrows(CellError.class, () -> cells.eval("pasted"));
  }

  @Test
  void aVariableWhoseInitializerCannotRunIsAnError() {
    CellError e = assertThrows(CellError.class, () -> cells.eval("LaterType holder = null;"));
    assertTrue(e.traceback().toString().contains("LaterType"), e.traceback().toString());
    cells.eval("class LaterType {}");
    assertThrows(CellError.class, () -> cells.eval("holder"), "no variable holding a default null");
  }

  @Test
  void aMethodWithAForwardReferenceIsKept() {
    cells.eval("int usesLater() { return definedLater() + 1; }");
    cells.eval("int definedLater() { return 1; }");
    assertEquals(2, cells.eval("usesLater()"));
  }

  @Test
  void anExceptionDeclaredInACellIsNamedPlainly() {
    cells.eval("class MyProblem extends RuntimeException { MyProblem(String m) { super(m); } }");
    CellError e = assertThrows(CellError.class, () -> cells.eval("throw new MyProblem(\"mine\");"));
    assertEquals("MyProblem", e.name());
    assertEquals("mine", e.getMessage());
  }
}
