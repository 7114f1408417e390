package org.treatylab.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder of unpacked class files JShell's compiler reads instead of the kernel's jars. */
class CompileClassTreeTest {
  @TempDir Path dir;

  private Path jar(String name, String... entriesAndContents) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
      for (int i = 0; i < entriesAndContents.length; i += 2) {
        j.putNextEntry(new JarEntry(entriesAndContents[i]));
        j.write(entriesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        j.closeEntry();
      }
    }
    return jar;
  }

  /** A jar holding one class compiled from {@code source}. */
  private Path compiledJar(String name, String className, String source) throws IOException {
    Path src = dir.resolve("src").resolve(className.replace('.', '/') + ".java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, source);
    Path classes = Files.createDirectories(dir.resolve("compiled"));
    int status = javax.tools.ToolProvider.getSystemJavaCompiler()
        .run(null, null, null, "-d", classes.toString(), src.toString());
    assertEquals(0, status);
    String entry = className.replace('.', '/') + ".class";
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
      j.putNextEntry(new JarEntry(entry));
      j.write(Files.readAllBytes(classes.resolve(entry)));
      j.closeEntry();
    }
    return jar;
  }

  @Test
  void unpacksClassFilesOnlyAndTheFirstJarWins() throws IOException {
    Path first = jar("first.jar", "a/A.class", "from first", "a/notes.txt", "not a class",
        "META-INF/versions/11/a/A.class", "versioned copy");
    Path second = jar("second.jar", "a/A.class", "from second", "b/B.class", "b");
    Path tree = dir.resolve("tree");
    int count = CompileClassTree.write(tree, List.of(first.toString(), second.toString()));
    assertEquals(2, count);
    assertArrayEquals("from first".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(tree.resolve("a/A.class")));
    assertTrue(Files.exists(tree.resolve("b/B.class")));
    assertFalse(Files.exists(tree.resolve("a/notes.txt")));
    assertFalse(Files.exists(tree.resolve("META-INF")));
    assertEquals(2, Files.readAllLines(tree.resolve(CompileClassTree.MANIFEST)).size());
  }

  @Test
  void usedOnlyWhileItsJarsAreTheClassPath() throws IOException {
    Path first = jar("first.jar", "a/A.class", "a");
    Path second = jar("second.jar", "b/B.class", "b");
    Path tree = dir.resolve("tree");
    List<String> classPath = List.of(first.toString(), second.toString());
    CompileClassTree.write(tree, classPath);

    CompileClassTree.Check ok = CompileClassTree.check(tree, classPath);
    assertNull(ok.reason());
    assertEquals(Optional.of(tree), ok.usable());

    CompileClassTree.Check reordered = CompileClassTree.check(tree, List.of(second.toString(), first.toString()));
    assertTrue(reordered.reason().contains("other jars"), reordered.reason());
    assertEquals(Optional.empty(), reordered.usable());

    CompileClassTree.Check shorter = CompileClassTree.check(tree, List.of(first.toString()));
    assertTrue(shorter.reason().contains("2 jars listed, 1 on the class path"), shorter.reason());

    Files.setLastModifiedTime(second, FileTime.fromMillis(Files.getLastModifiedTime(second).toMillis() + 5_000));
    CompileClassTree.Check rebuilt = CompileClassTree.check(tree, classPath);
    assertTrue(rebuilt.reason().contains(second.toString()) && rebuilt.reason().contains("reinstall"), rebuilt.reason());
  }

  @Test
  void aFolderWithoutItsListOrAClassPathWithAFolderIsNotUsed() throws IOException {
    Path first = jar("first.jar", "a/A.class", "a");
    Path tree = dir.resolve("tree");
    CompileClassTree.write(tree, List.of(first.toString()));
    Files.delete(tree.resolve(CompileClassTree.MANIFEST)); // as when its making stopped half-way
    assertTrue(CompileClassTree.check(tree, List.of(first.toString())).reason().contains("has no classpath.txt"));
    String gone = CompileClassTree.check(dir.resolve("gone"), List.of(first.toString())).reason();
    assertTrue(gone.contains("does not exist") && gone.contains("reinstall"), gone);

    CompileClassTree.write(tree, List.of(first.toString()));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    String reason = CompileClassTree.check(tree, List.of(first.toString(), classes.toString())).reason();
    assertTrue(reason.contains(classes + " is not a jar"), reason);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CompileClassTree.write(dir.resolve("other"), List.of(classes.toString())));
    assertTrue(e.getMessage().contains(classes.toString()), e.getMessage());
  }

  @Test
  void rewritingReplacesTheOldFolder() throws IOException {
    Path first = jar("first.jar", "a/A.class", "a");
    Path tree = dir.resolve("tree");
    CompileClassTree.write(tree, List.of(first.toString()));
    Path second = jar("second.jar", "b/B.class", "b");
    CompileClassTree.write(tree, List.of(second.toString()));
    assertFalse(Files.exists(tree.resolve("a/A.class")));
    assertTrue(Files.exists(tree.resolve("b/B.class")));
    try (var left = Files.list(dir)) {
      assertTrue(left.noneMatch(p -> p.getFileName().toString().matches(".*\\.(making|old)-.*")));
    }
  }

  @Test
  void cellsCompileAgainstTheFolderInsteadOfTheClassPath() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty-tree"));
    try (CellEvaluator cells = new CellEvaluator(getClass().getClassLoader(), 500, Optional.of(empty))) {
      // the JDK's classes are not on the class path: they stay
      assertEquals(3, cells.eval("java.util.List.of(1, 2, 3).size()"));
      // JUnit is on this JVM's class path, but not in the folder
      CellError e = assertThrows(CellError.class, () -> cells.eval("org.junit.jupiter.api.Assertions.class"));
      assertEquals(CellError.Kind.COMPILE, e.kind());
      assertTrue(e.getMessage().contains("package org.junit.jupiter.api does not exist"), e.getMessage());
      // jars added later (%jars, %maven) are compiled against as before
      cells.addToClasspath(compiledJar("added.jar", "added.Thing",
          "package added; public class Thing { public static int answer() { return 42; } }").toString());
      assertEquals(42, cells.eval("added.Thing.answer()"));
    }
    try (CellEvaluator cells = new CellEvaluator(getClass().getClassLoader(), 500, Optional.empty())) {
      assertEquals("org.junit.jupiter.api.Assertions", cells.eval("org.junit.jupiter.api.Assertions.class.getName()"));
    }
  }

  @Test
  void aFolderReplacedOrRemovedDuringTheSessionTurnsTheCompilerBackToTheJars() throws IOException {
    Path tree = dir.resolve("tree");
    CompileClassTree.write(tree, List.of(jar("first.jar", "a/A.class", "a").toString()));
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
    try (CellEvaluator cells = new CellEvaluator(getClass().getClassLoader(), 500, Optional.of(tree))) {
      CellError e = assertThrows(CellError.class, () -> cells.eval("org.junit.jupiter.api.Assertions.class"));
      assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
      cells.addToClasspath(compiledJar("added.jar", "added.Thing",
          "package added; public class Thing { public static int answer() { return 42; } }").toString());
      assertEquals(42, cells.eval("added.Thing.answer()"));

      Files.delete(tree.resolve(CompileClassTree.MANIFEST)); // as a reinstall or mvn clean does
      System.setErr(new java.io.PrintStream(said, true, StandardCharsets.UTF_8));
      assertEquals("org.junit.jupiter.api.Assertions", cells.eval("org.junit.jupiter.api.Assertions.class.getName()"));
      assertEquals(42, cells.eval("added.Thing.answer()")); // what was added stays
      assertEquals(1, cells.eval("1"));
    } finally {
      System.setErr(err);
    }
    String note = said.toString(StandardCharsets.UTF_8);
    assertTrue(note.contains("was replaced or removed during this session") && note.contains("against the jars"), note);
    assertEquals(1, note.split("\n").length, "said once: " + note);
  }
}
