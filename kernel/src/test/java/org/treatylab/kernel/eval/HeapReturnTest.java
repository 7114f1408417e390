package org.treatylab.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which failures make the kernel give memory back at once. */
class HeapReturnTest {
  @Test
  void anOutOfMemoryErrorAnywhereInTheFailureCounts() {
    assertTrue(HeapReturn.ranOutOfMemory(new OutOfMemoryError("Java heap space")));
    assertTrue(HeapReturn.ranOutOfMemory(new RuntimeException("wrapped", new OutOfMemoryError())));
    CellError fromCell =
        new CellError(CellError.Kind.RUNTIME, "java.lang.OutOfMemoryError", "Java heap space",
            List.of("java.lang.OutOfMemoryError: Java heap space"), new OutOfMemoryError("Java heap space"));
    assertTrue(HeapReturn.ranOutOfMemory(fromCell));
  }

  @Test
  void otherFailuresAndSuccessDoNot() {
    assertFalse(HeapReturn.ranOutOfMemory(null));
    assertFalse(HeapReturn.ranOutOfMemory(new IllegalStateException("boom")));
    assertFalse(HeapReturn.ranOutOfMemory(CellEvaluator.interrupted()));
  }
}
