package org.treatylab.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Class files of dead snippets are forgotten, and code that still uses older classes keeps compiling
 * and giving the right values afterwards (the build opens jdk.jshell to tests as the kernelspec does).
 */
class ClassFilePrunerTest {
  private CellEvaluator cells;

  @BeforeEach
  void start() {
    cells = new CellEvaluator(ClassFilePrunerTest.class.getClassLoader(), 500);
  }

  @AfterEach
  void stop() {
    cells.close();
  }

  @Test
  void pruningIsOnWhereJShellIsOpened() {
    assertTrue(cells.prunesClassFiles(), "jdk.jshell not opened to the kernel, or its internals changed");
  }

  @Test
  void liveValuesOfRedefinedTypesAndLambdasOfPrunedSnippetsStillWork() {
    cells.eval("import java.util.*;"); // the kernel starts with imports: they must not stop pruning
    cells.eval("import static java.lang.Math.max;");
    cells.eval("record Point(int x, int y) { int sum() { return x + y; } }");
    cells.eval("Point p = new Point(2, 3);");
    cells.eval("Point mk() { return new Point(10, 20); }");
    cells.eval("var q = mk();");
    cells.eval("java.util.function.IntSupplier later;");
    cells.eval("later = () -> 41 + 1;"); // a statement: its class file goes, its loaded class stays
    cells.eval("int counter = 0;");
    cells.eval("class Box { int v = 5; }");
    cells.eval("Object box = new Box();");
    cells.eval("class Box { int v = 6; int w = 1; }"); // box keeps an object of the older Box
    for (int i = 0; i < 3 * ClassFilePruner.BATCH; i++) {
      cells.eval("counter += " + (i % 3) + ";");
      cells.eval("counter * 2");
    }
    assertTrue(cells.prunedClassFiles() > 0, "nothing was pruned");
    assertEquals(3 * ClassFilePruner.BATCH, cells.eval("counter"));
    assertEquals(42, cells.eval("later.getAsInt()"));
    assertEquals(5, cells.eval("p.sum()"));
    assertEquals(30, cells.eval("q.sum()"));
    assertEquals(30, cells.eval("mk().sum()"));
    assertEquals(6, cells.eval("new Box().v"));
    assertEquals("Box", cells.eval("box.getClass().getSimpleName()"));
    cells.eval("record Point(int x, int y, int z) { int sum() { return x + y + z; } }");
    assertEquals(6, cells.eval("new Point(1, 2, 3).sum()"));
    cells.eval("Point mk() { return new Point(1, 1, 1); }");
    assertEquals(3, cells.eval("mk().sum()"));
    assertEquals(List.of(4), cells.eval("List.of(max(3, 4))"));
  }

  @Test
  void mentionsAreReadFromTheClassFileBytes() {
    byte[] bytes = "xxLREPL/$JShell$12B$Point;yyREPL/$JShell$7_8C zz REPL.$JShell$3".getBytes();
    assertEquals(Set.of("$JShell$12B", "$JShell$7_8C", "$JShell$3"), ClassFilePruner.mentionedWrappers(bytes));
    assertEquals("$JShell$12B", ClassFilePruner.wrapperOf("REPL.$JShell$12B$Point"));
    assertEquals(null, ClassFilePruner.wrapperOf("REPL.$JShell$DOESNOTMATTER"));
    assertEquals(null, ClassFilePruner.wrapperOf("java.lang.String"));
  }
}
