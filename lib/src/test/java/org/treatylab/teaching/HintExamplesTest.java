package org.treatylab.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every hint's example is compiled and run in JShell, as a notebook cell would be (with the imports
 * the notebooks start with): it must compile, return the kind of value the exercise's template takes,
 * pass the check's type reading, and not be the answer itself.
 */
class HintExamplesTest {
  private static JShell shell;

  @BeforeAll
  static void start() {
    shell = JShell.builder().executionEngine("local").build();
    shell.addToClasspath(System.getProperty("java.class.path"));
    // the imports every notebook starts with, as the kernel extension gives them
    List<String> imports = new java.util.ArrayList<>(List.of("java.time.*", "java.util.*"));
    imports.addAll(org.treatylab.display.NotebookDisplay.IMPORTS);
    for (String imp : imports) {
      assertNoErrors(shell.eval("import " + imp + ";"), imp);
    }
  }

  @AfterAll
  static void stop() {
    shell.close();
  }

  private static void assertNoErrors(List<SnippetEvent> events, String code) {
    for (SnippetEvent e : events) {
      String diagnostics = shell.diagnostics(e.snippet()).map(d -> d.getMessage(java.util.Locale.ROOT))
          .collect(Collectors.joining("; "));
      assertTrue(e.status() == Snippet.Status.VALID && e.exception() == null,
          code + " → " + e.status() + " " + diagnostics + " " + e.exception());
    }
  }

  @Test
  void everyExampleCompilesReturnsTheTemplatesKindAndIsNotTheAnswer() {
    for (Exercises.Exercise e : Exercises.Exercise.values()) {
      String name = "example_" + e.name().toLowerCase(java.util.Locale.ROOT);
      List<SnippetEvent> events = shell.eval("var " + name + " = " + e.example + ";");
      assertNoErrors(events, e.example);
      String type = ((VarSnippet) events.get(0).snippet()).typeName();
      Set<String> fits = switch (e.kind) {
        case COUNT -> Set.of("int", "long", "Integer", "Long");
        case NUMBER -> Set.of("double", "int", "long", "Double");
        case DATE -> Set.of("LocalDate");
      };
      assertTrue(fits.contains(type), e.id + ": the example returns " + type + ", the exercise takes " + fits);
      // the template is `Object answerN = …;`: the example's value goes straight into the check
      List<SnippetEvent> checked = shell.eval("Exercises.check(\"" + e.id + "\", " + name + ").message()");
      assertNoErrors(checked, e.id);
      String message = checked.get(0).value();
      assertTrue(message.contains("is not it"), e.id + ": " + message);
    }
  }

  @Test
  void theExampleIsShownOnTheSecondRequest() {
    Exercises.resetHints();
    Exercises.hint("faster-to-40");
    String second = Exercises.hint("faster-to-40");
    assertTrue(second.contains(Exercises.Exercise.FASTER_TO_FORTY.example), second);
    assertEquals(3, second.lines().count() - 1);
    Exercises.resetHints();
  }
}
