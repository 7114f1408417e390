package org.treatylab.kernel.eval;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.tools.JavaFileManager;
import jdk.jshell.JShell;

/**
 * A folder holding the class files of the kernel's class-path jars, unpacked once by the installer,
 * which JShell's compiler reads instead of the jars.
 *
 * <p>Why: javac opens every jar on its class path as a zip file system and reads the whole central
 * directory of each on the first compilation: with the kernel's 58 jars (31,000 entries) that is
 * 0.15-0.25 s of every start, before the first cell can run (BENCHMARKS.md). In a folder javac looks up
 * only the packages that are imported. Cells still <em>run</em> from the jars (the kernel's class
 * loader); only compilation reads the folder.
 *
 * <p>When it is used: the kernelspec names the folder in the system property {@value #PROPERTY}, and
 * the folder's {@value #MANIFEST} lists the jars it was made from (path, size, modification time) in
 * class-path order. The folder is used only when that list equals the class path the JVM runs with; a
 * rebuilt jar, a changed class path or a half-written folder (the list is written last) make cells
 * compile against the jars, as without the folder, and the kernel says why on its standard error. A
 * kernel that started with the folder checks its list's time before each cell and turns back to the
 * jars when a reinstall or {@code mvn clean} replaced or removed it during the session.
 *
 * <p>What is in it: every {@code .class} entry outside {@code META-INF}, the first jar on the class path
 * winning where two hold the same class (as the class loader does). Versioned copies of multi-release
 * jars are left out: by that format's rules they have the same public API as the base classes.
 */
public final class CompileClassTree {
  /** The system property naming the folder (set by the installed kernelspec). */
  public static final String PROPERTY = "treatylab.kernel.compileClasses";
  /** The file in the folder listing the jars it was made from, written last. */
  static final String MANIFEST = "classpath.txt";

  private CompileClassTree() {}

  /**
   * Whether a folder can stand in for a class path: the folder when it can, else why not.
   *
   * @param tree the folder, or {@code null} when none is configured
   * @param reason why the folder is not used; {@code null} when it is (or none is configured)
   */
  record Check(Path tree, String reason) {
    Optional<Path> usable() {
      return reason == null ? Optional.ofNullable(tree) : Optional.empty();
    }
  }

  private static Optional<Path> checkedOnce;

  /**
   * The folder the system property names, when it matches this JVM's class path; checked once per JVM,
   * and the reason it is not used said once on standard error.
   */
  static synchronized Optional<Path> forThisJvmOnce() {
    if (checkedOnce == null) {
      Check check = forThisJvm();
      if (check.reason() != null) {
        System.err.println("note: the compile class folder " + check.tree() + " is not used: " + check.reason()
            + "; cells compile against the jars (slower start, same results)");
      }
      checkedOnce = check.usable();
    }
    return checkedOnce;
  }

  /** Checks the folder the system property names against this JVM's class path. */
  static Check forThisJvm() {
    String folder = System.getProperty(PROPERTY);
    if (folder == null || folder.isBlank()) {
      return new Check(null, null);
    }
    return check(Path.of(folder), classPath());
  }

  /** Checks a folder against a class path (its entries in order). */
  static Check check(Path tree, List<String> classPath) {
    if (!Files.isDirectory(tree)) {
      return new Check(tree, "it does not exist (reinstall the kernel to make it)");
    }
    Path manifest = tree.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return new Check(tree, "it has no " + MANIFEST + " (not made, or its making did not finish)");
    }
    List<String> expected;
    try {
      expected = describe(classPath);
      List<String> listed = Files.readAllLines(manifest, StandardCharsets.UTF_8);
      if (!listed.equals(expected)) {
        return new Check(tree, "it was made from other jars than the class path's (" + firstDifference(listed, expected)
            + "); reinstall the kernel to remake it");
      }
    } catch (IOException | IllegalArgumentException e) {
      return new Check(tree, e.getMessage());
    }
    return new Check(tree, null);
  }

  /**
   * Makes the compiler of {@code shell} read classes from {@code tree} instead of the JVM's class path.
   * JShell has no public way to replace its class path (only to add to it), so this reaches its
   * compiler's file manager by reflection (the kernelspec opens {@code jdk.jshell}); returns false, and
   * changes nothing, when those internals are not as expected.
   */
  static boolean compileAgainst(JShell shell, Path tree) {
    return replaceCompilePathPrefix(shell, System.getProperty("java.class.path", ""), tree.toString());
  }

  /**
   * Makes the compiler of {@code shell} read classes from the JVM's class path again instead of
   * {@code tree}, keeping what was added since ({@code %jars}, {@code %maven}); false when it could not.
   */
  static boolean compileAgainstJars(JShell shell, Path tree) {
    return replaceCompilePathPrefix(shell, tree.toString(), System.getProperty("java.class.path", ""));
  }

  /**
   * The modification time of the folder's list, or null when it has none: a kernel compiling against
   * the folder checks it before each cell, since a reinstall (or {@code mvn clean}) replaces or removes
   * the folder under a running kernel.
   */
  static java.nio.file.attribute.FileTime stamp(Path tree) {
    try {
      return Files.getLastModifiedTime(tree.resolve(MANIFEST));
    } catch (IOException e) {
      return null;
    }
  }

  /** Replaces the start {@code from} of JShell's compile class path by {@code to}. */
  private static boolean replaceCompilePathPrefix(JShell shell, String from, String to) {
    try {
      Object taskFactory = JShellInternals.taskFactory(shell);
      Class<?> type = taskFactory.getClass();
      Field classpath = JShellInternals.field(type, "classpath"); // what JShell.addToClasspath appends to
      Method fileManager = JShellInternals.method(type, "fileManager");
      Method initTaskPool = JShellInternals.method(type, "initTaskPool"); // fresh compilers for the new path
      if (!(classpath.get(taskFactory) instanceof String current) || !current.startsWith(from)) {
        return false;
      }
      JavaFileManager files = (JavaFileManager) fileManager.invoke(taskFactory);
      String path = to + current.substring(from.length());
      if (!files.handleOption("-classpath", List.of(path).iterator())) {
        return false;
      }
      classpath.set(taskFactory, path);
      initTaskPool.invoke(taskFactory);
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /**
   * {@code write <folder>}: writes the folder from this JVM's class path, unless it is up to date (the
   * installer runs it with the kernel's class path). {@code check <folder>}: says whether a kernel with
   * this class path would use the folder, and if not why (exit status 1).
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !(args[0].equals("write") || args[0].equals("check"))) {
      System.err.println("usage: CompileClassTree write|check <folder>   (run with the kernel's class path)");
      System.exit(2);
    }
    Path tree = Path.of(args[1]);
    if (args[0].equals("check")) {
      Check check = check(tree, classPath());
      System.out.println(check.reason() == null ? tree + " is up to date" : tree + " would not be used: " + check.reason());
      System.exit(check.reason() == null ? 0 : 1);
    }
    if (check(tree, classPath()).reason() == null) {
      System.out.println(tree + " is up to date");
      return;
    }
    int classes = write(tree, classPath());
    System.out.printf(Locale.ROOT, "%d class files unpacked into %s%n", classes, tree);
  }

  /** Writes {@code tree} from the jars of {@code classPath}; returns how many class files it holds. */
  static int write(Path tree, List<String> classPath) throws IOException {
    List<String> manifest = describe(classPath);
    Path absolute = tree.toAbsolutePath();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, absolute.getFileName() + ".making-");
    int count = 0;
    try {
      for (String entry : classPath) {
        count += unpackClasses(Path.of(entry), staging);
      }
      // last, so a folder whose making stopped half-way is never taken for a finished one
      Files.write(staging.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
      // the old folder is renamed away before it is deleted: a running kernel compiling against it
      // sees its list change (and turns to the jars) instead of a folder emptied file by file
      Path old = null;
      if (Files.exists(absolute)) {
        old = Files.createTempDirectory(parent, absolute.getFileName() + ".old-");
        Files.delete(old);
        Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
      if (old != null) {
        deleteTree(old);
      }
    } catch (IOException | RuntimeException e) {
      deleteTree(staging);
      throw e;
    }
    return count;
  }

  private static int unpackClasses(Path jar, Path into) throws IOException {
    int count = 0;
    try (JarFile file = new JarFile(jar.toFile(), false)) {
      for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
        JarEntry entry = e.nextElement();
        String name = entry.getName();
        if (entry.isDirectory() || !name.endsWith(".class") || name.startsWith("META-INF/")) {
          continue;
        }
        Path target = into.resolve(name).normalize();
        if (!target.startsWith(into)) {
          throw new IOException(jar + ": entry " + name + " points outside the folder");
        }
        if (Files.exists(target)) {
          continue; // an earlier jar holds it: the class loader would load that one
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = file.getInputStream(entry)) {
          Files.copy(in, target);
        }
        count++;
      }
    }
    return count;
  }

  /** One line per jar: size, modification time (ms) and path; refuses an entry that is not a jar. */
  private static List<String> describe(List<String> classPath) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String entry : classPath) {
      Path path = Path.of(entry).toAbsolutePath();
      if (!entry.endsWith(".jar") || !Files.isRegularFile(path)) {
        throw new IllegalArgumentException("class path entry " + entry + " is not a jar (a folder of classes is read as it is)");
      }
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      lines.add(attributes.size() + "\t" + attributes.lastModifiedTime().toMillis() + "\t" + path);
    }
    return lines;
  }

  private static String firstDifference(List<String> listed, List<String> actual) {
    for (int i = 0; i < Math.min(listed.size(), actual.size()); i++) {
      if (!listed.get(i).equals(actual.get(i))) {
        return "listed " + listed.get(i).replace('\t', ' ') + ", now " + actual.get(i).replace('\t', ' ');
      }
    }
    return listed.size() + " jars listed, " + actual.size() + " on the class path";
  }

  private static List<String> classPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(entry);
      }
    }
    return entries;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
