package org.treatylab.kernel.magics;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import org.treatylab.kernel.spi.CellHost;

/**
 * {@code %jars a.jar lib/*.jar} (also {@code %classpath}): adds jars (globs allowed) to the cells'
 * class path. Returns their absolute paths, as IJava does ({@code List<String> added = %jars lib/*.jar});
 * the cell shows nothing but a printed line.
 */
public final class JarsMagic implements LineMagic<List<String>, BaseKernel> {
  @Override
  public List<String> eval(BaseKernel kernel, List<String> args) throws IOException {
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
    CellHost.of(kernel).addToClasspath(String.join(File.pathSeparator, paths));
    System.out.println("added to the classpath: " + String.join(", ", paths));
    return paths;
  }

  /** Expands a glob in the file-name part of a path ({@code lib/*.jar}); a plain path matches itself. */
  static List<Path> glob(String pattern) throws IOException {
    Path path = Path.of(pattern);
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    if (!name.contains("*") && !name.contains("?")) {
      return Files.exists(path) ? List.of(path) : List.of();
    }
    Path dir = path.getParent() == null ? Path.of(".") : path.getParent();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    PathMatcher matcher = dir.getFileSystem().getPathMatcher("glob:" + name);
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(p -> matcher.matches(p.getFileName())).sorted().collect(Collectors.toList());
    }
  }
}
