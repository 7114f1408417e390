package org.treatylab.kernel.magics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MagicLinesTest {
  @Test
  void aCellWithoutMagicsIsOneCodeSegment() {
    List<MagicLines.Segment> parts = MagicLines.split("int r = 7 % 3;\nr");
    assertEquals(1, parts.size());
    assertFalse(parts.get(0).isMagic());
  }

  @Test
  void magicLinesSplitTheCodeAroundThem() {
    List<MagicLines.Segment> parts =
        MagicLines.split("int a = 1;\n%maven org.example:x:1 org.example:y:2\nint b = a + 1;");
    assertEquals(3, parts.size());
    assertTrue(parts.get(1).isMagic());
    assertEquals("maven", parts.get(1).magic());
    assertEquals(List.of("org.example:x:1", "org.example:y:2"), parts.get(1).args());
    assertTrue(parts.get(2).code().contains("int b"));
  }

  @Test
  void percentInsideAnExpressionIsNotAMagic() {
    assertEquals(1, MagicLines.split("int x = 10\n  % 3;").size());
  }

  @Test
  void quotedArgumentsStayTogether() {
    assertEquals(List.of("load", "my file.jsh"), MagicLines.words("load \"my file.jsh\""));
  }
}
