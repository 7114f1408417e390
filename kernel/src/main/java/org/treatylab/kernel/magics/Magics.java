package org.treatylab.kernel.magics;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import org.treatylab.kernel.JavaKernel;

/**
 * The kernel's magics, as in IJava: {@code %classpath} and {@code %jars} add jars, {@code %load} runs a
 * {@code .jsh} file, {@code %maven} adds Maven artifacts with their transitive dependencies.
 */
public final class Magics {
  private Magics() {}

  /** Registers every magic on the builder and returns it. */
  public static JavaKernel.Builder registerAll(JavaKernel.Builder builder) {
    LineMagic<Void, JavaKernel> jars = Magics::addJars;
    LineMagic<List<String>, JavaKernel> maven = Magics::maven;
    LineMagic<Object, JavaKernel> load = Magics::load;
    return builder
        .lineMagic("classpath", jars)
        .lineMagic("jars", jars)
        .lineMagic("maven", maven)
        .lineMagic("load", load);
  }

  /** {@code %jars a.jar lib/*.jar}: adds jars (globs allowed) to the cells' classpath. */
  static Void addJars(JavaKernel kernel, List<String> args) throws Exception {
    if (args.isEmpty()) {
      throw new IllegalArgumentException("usage: %jars <jar or glob>... (or %classpath)");
    }
    List<String> paths = new ArrayList<>();
    for (String arg : args) {
      for (String part : arg.split(File.pathSeparator)) {
        int before = paths.size();
        for (Path p : glob(part)) {
          paths.add(p.toAbsolutePath().toString());
        }
        if (paths.size() == before) {
          throw new IllegalArgumentException("no file matches '" + part + "'");
        }
      }
    }
    kernel.addToClasspath(String.join(File.pathSeparator, paths));
    System.out.println("added to the classpath: " + String.join(", ", paths));
    return null;
  }

  /** Expands a glob in the file-name part of a path ({@code lib/*.jar}); a plain path matches itself. */
  static List<Path> glob(String pattern) throws java.io.IOException {
    Path path = Path.of(pattern);
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    if (!name.contains("*") && !name.contains("?")) {
      return Files.exists(path) ? List.of(path) : List.of();
    }
    Path dir = path.getParent() == null ? Path.of(".") : path.getParent();
    java.nio.file.PathMatcher matcher = dir.getFileSystem().getPathMatcher("glob:" + name);
    try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
      return entries.filter(p -> matcher.matches(p.getFileName())).sorted().collect(Collectors.toList());
    }
  }

  /** {@code %maven group:artifact:version ...}: resolves and adds the artifacts with their dependencies. */
  static List<String> maven(JavaKernel kernel, List<String> args) {
    if (args.isEmpty()) {
      throw new IllegalArgumentException("usage: %maven group:artifact:version ...");
    }
    List<File> jars = new MavenResolver().resolve(args);
    kernel.addToClasspath(jars.stream().map(File::getAbsolutePath).collect(Collectors.joining(File.pathSeparator)));
    List<String> names = jars.stream().map(File::getName).collect(Collectors.toList());
    System.out.println("added " + names.size() + " jars: " + String.join(", ", names));
    return names;
  }

  /** {@code %load file.jsh}: runs the Java code in a file as if it were a cell. */
  static Object load(JavaKernel kernel, List<String> args) throws Exception {
    if (args.size() != 1) {
      throw new IllegalArgumentException("usage: %load <file.jsh>");
    }
    return kernel.evalRaw(Files.readString(Path.of(args.get(0))));
  }
}
