package org.treatylab.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The value text kept for JShell: JShell's own for small values, bounded for large ones. */
class ValueTextTest {
  /** Stands in for JShell's valueString and counts how often it is asked. */
  private final AtomicInteger fullTexts = new AtomicInteger();

  private String jshellText(Object value) {
    fullTexts.incrementAndGet();
    return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
  }

  @Test
  void smallValuesKeepJShellsText() {
    assertEquals("42", ValueText.of(42, this::jshellText));
    assertEquals("\"abc\"", ValueText.of("abc", this::jshellText));
    assertEquals("null", ValueText.of(null, this::jshellText));
    assertEquals(2, fullTexts.get());
  }

  @Test
  void largeArraysAreSummarisedWithoutVisitingTheirElements() {
    assertEquals("double[10000000] { ... }", ValueText.of(new double[10_000_000], this::jshellText));
    assertEquals("java.lang.String[][1001] { ... }", ValueText.of(new String[1001][], this::jshellText));
    assertEquals(0, fullTexts.get());
  }

  @Test
  void longStringsAreCut() {
    String text = ValueText.of("x".repeat(5_000), this::jshellText);
    assertTrue(text.endsWith("... (5000 chars)"), text);
    assertTrue(text.length() < 1_100, "length " + text.length());
  }

  @Test
  void otherObjectsAreNotAskedForTheirText() {
    Object loud =
        new Object() {
          @Override
          public String toString() {
            throw new AssertionError("toString must not be called");
          }
        };
    assertTrue(ValueText.of(loud, this::jshellText).contains("@"));
    assertTrue(ValueText.of(List.of(1, 2, 3), this::jshellText).startsWith("java.util."));
    assertEquals(0, fullTexts.get());
  }

  @Test
  void aDeclarationWhoseToStringThrowsStillWorksAndItsValueIsKept() {
    try (CellEvaluator cells = new CellEvaluator(ValueTextTest.class.getClassLoader(), 500)) {
      cells.eval("class Loud { public String toString() { throw new IllegalStateException(); } }");
      assertSame(CellEvaluator.NO_VALUE, cells.eval("Loud loud = new Loud();"));
      assertEquals(2_000_007, cells.eval("double[] ys = new double[2_000_000];\nys.length + 7"));
    }
  }
}
