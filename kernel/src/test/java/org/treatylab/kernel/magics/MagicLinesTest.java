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

  @Test
  void aCellMagicTakesTheRestOfTheCell() {
    List<MagicLines.Segment> parts = MagicLines.split("%%time fast\nint a = 1;\na + 1");
    assertEquals(1, parts.size());
    assertTrue(parts.get(0).isCellMagic());
    assertEquals("time", parts.get(0).magic());
    assertEquals(List.of("fast"), parts.get(0).args());
    assertEquals("int a = 1;\na + 1", parts.get(0).body());
  }

  @Test
  void aLineMagicAfterAnAssignmentBecomesACall() {
    List<MagicLines.Segment> parts = MagicLines.split("List<String> added = %jars lib/*.jar \"a b.jar\"\nadded");
    assertEquals(1, parts.size());
    assertEquals(
        "List<String> added = lineMagic(\"jars\", java.util.List.of(\"lib/*.jar\", \"a b.jar\"));\nadded\n",
        parts.get(0).code());
  }

  @Test
  void comparisonsAndStringsAreNotMagics() {
    assertEquals("boolean b = x == 3 % 2;\n", MagicLines.split("boolean b = x == 3 % 2;").get(0).code());
    assertEquals("String s = \"= %jars\";\n", MagicLines.split("String s = \"= %jars\";").get(0).code());
  }

  @Test
  void textBlocksAndCommentsHoldNoMagics() {
    String cell = "String t = \"\"\"\n    value = %d\n%maven not:a:magic\n    \"\"\";\n/* x = %jars y\n%load z */\nt";
    List<MagicLines.Segment> parts = MagicLines.split(cell);
    assertEquals(1, parts.size(), parts.toString());
    assertEquals(cell + "\n", parts.get(0).code());
    assertEquals(2, MagicLines.split("String s = \"\\\"\"; // \"\"\"\n%maven a:b:1").size());
  }
}
