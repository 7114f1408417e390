package org.treatylab.kernel.magics;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dflib.jjava.jupyter.kernel.magic.CellMagic;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import org.treatylab.kernel.JavaKernel;
import org.treatylab.kernel.eval.CellError;

/**
 * The kernel's magics, with IJava's names and rules: {@code %classpath} and {@code %jars} add jars,
 * {@code %load} runs a file of cell code or a notebook's code cells, {@code %maven} adds Maven artifacts
 * with their transitive dependencies, {@code %mavenRepo} adds a repository, {@code %loadFromPOM} and
 * {@code %%loadFromPOM} add a POM's dependencies, {@code %time} and {@code %%time} time code.
 */
public final class Magics {
  /** What {@code %load path} tries, in order, when {@code path} has no extension (IJava's order). */
  static final List<String> LOAD_EXTENSIONS = List.of(".jsh", ".jshell", ".java", ".ijava", ".ipynb");

  /** Repositories added with {@code %mavenRepo} or a POM's {@code <repositories>}: id to URL. */
  private static final Map<String, String> REPOSITORIES = new LinkedHashMap<>();

  /** The files {@code %load} is running now, to refuse a file that loads itself. */
  private static final java.util.Set<Path> LOADING = java.util.Collections.synchronizedSet(new java.util.LinkedHashSet<>());

  private Magics() {}

  /** A magic's result that the cell shows as its value ({@code %time 6 * 7} shows 42). */
  public record Shown(Object value) {}

  /** Registers every magic on the builder and returns it. */
  public static JavaKernel.Builder registerAll(JavaKernel.Builder builder) {
    LineMagic<List<String>, JavaKernel> jars = Magics::addJars;
    LineMagic<List<String>, JavaKernel> maven = Magics::maven;
    LineMagic<Object, JavaKernel> load = Magics::load;
    LineMagic<Void, JavaKernel> mavenRepo = Magics::mavenRepo;
    LineMagic<List<String>, JavaKernel> loadFromPom = Magics::loadFromPomFile;
    CellMagic<List<String>, JavaKernel> loadFromPomCell = (kernel, args, body) -> loadFromPom(kernel, body, "the cell");
    LineMagic<Object, JavaKernel> time = (kernel, args) -> time(kernel, String.join(" ", args));
    CellMagic<Object, JavaKernel> timeCell = (kernel, args, body) -> time(kernel, body);
    return builder
        .lineMagic("classpath", jars)
        .lineMagic("jars", jars)
        .lineMagic("maven", maven)
        .lineMagic("mavenRepo", mavenRepo)
        .lineMagic("loadFromPOM", loadFromPom)
        .lineMagic("load", load)
        .lineMagic("time", time)
        .cellMagic("loadFromPOM", loadFromPomCell)
        .cellMagic("time", timeCell);
  }

  /** {@code %jars a.jar lib/*.jar}: adds jars (globs allowed) to the cells' classpath; returns their paths. */
  static List<String> addJars(JavaKernel kernel, List<String> args) throws Exception {
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
    return addArtifacts(kernel, args);
  }

  private static List<String> addArtifacts(JavaKernel kernel, List<String> coordinates) {
    List<File> jars = new MavenResolver(repositories()).resolve(coordinates);
    kernel.addToClasspath(jars.stream().map(File::getAbsolutePath).collect(Collectors.joining(File.pathSeparator)));
    List<String> names = jars.stream().map(File::getName).collect(Collectors.toList());
    System.out.println("added " + names.size() + " jars: " + String.join(", ", names));
    return names;
  }

  private static synchronized Map<String, String> repositories() {
    return new LinkedHashMap<>(REPOSITORIES);
  }

  /** {@code %mavenRepo id url}: later {@code %maven} and {@code %loadFromPOM} also look there. */
  static Void mavenRepo(JavaKernel kernel, List<String> args) {
    if (args.size() != 2) {
      throw new IllegalArgumentException("usage: %mavenRepo <id> <url>, e.g. %mavenRepo jitpack https://jitpack.io");
    }
    addRepository(args.get(0), args.get(1));
    System.out.println("Maven repository '" + args.get(0) + "' added: " + args.get(1));
    return null;
  }

  static synchronized void addRepository(String id, String url) {
    try {
      String scheme = new java.net.URI(url).getScheme();
      if (scheme == null || !List.of("http", "https", "file").contains(scheme.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "repository '" + id + "': '" + url + "' is not an http(s):// or file:// URL");
      }
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("repository '" + id + "': '" + url + "' is not a URL: " + e.getMessage());
    }
    REPOSITORIES.put(id, url);
  }

  /** {@code %loadFromPOM pom.xml}: adds the dependencies (and uses the repositories) of a POM file. */
  static List<String> loadFromPomFile(JavaKernel kernel, List<String> args) throws IOException {
    if (args.size() != 1) {
      throw new IllegalArgumentException("usage: %loadFromPOM <pom.xml>, or a %%loadFromPOM cell of <dependency> elements");
    }
    Path pom = Path.of(args.get(0));
    return loadFromPom(kernel, readText(pom), pom.toString());
  }

  private static List<String> loadFromPom(JavaKernel kernel, String xml, String where) {
    PomFragment pom = PomFragment.parse(xml, where);
    pom.repositories().forEach(Magics::addRepository);
    if (pom.coordinates().isEmpty()) {
      System.out.println("no dependencies in " + where);
      return List.of();
    }
    return addArtifacts(kernel, pom.coordinates());
  }

  /** {@code %time code} / {@code %%time}: runs the code, then prints the wall time it took. */
  static Object time(JavaKernel kernel, String code) {
    long start = System.nanoTime();
    try {
      return new Shown(kernel.evalRaw(code));
    } finally {
      double ms = (System.nanoTime() - start) / 1e6;
      System.out.println(
          ms < 1000
              ? String.format(Locale.ROOT, "Wall time: %.1f ms", ms)
              : String.format(Locale.ROOT, "Wall time: %.2f s", ms / 1000));
    }
  }

  /**
   * {@code %load path}: runs a file of cell code ({@code .jsh}, {@code .jshell}, {@code .java},
   * {@code .ijava}) or the code cells of a notebook ({@code .ipynb}, magics included), in order. A path
   * without an extension is tried with each of {@link #LOAD_EXTENSIONS}, as IJava does.
   */
  static Object load(JavaKernel kernel, List<String> args) throws Exception {
    if (args.size() != 1) {
      throw new IllegalArgumentException("usage: %load <file> (.jsh, .jshell, .java, .ijava or .ipynb)");
    }
    Path file = findLoadable(args.get(0));
    Path real = file.toRealPath();
    if (LOADING.contains(real)) {
      throw new IllegalArgumentException("'" + file + "' loads itself (through " + LOADING + "): not run again");
    }
    String text = readText(file);
    List<String> cells =
        file.getFileName().toString().endsWith(".ipynb") ? NotebookCells.codeCells(text, file) : List.of(text);
    Object value = null;
    LOADING.add(real);
    try {
      for (int i = 0; i < cells.size(); i++) {
        try {
          value = kernel.evalRaw(cells.get(i));
        } catch (CellError e) {
          throw e.inFile(cells.size() > 1 ? file + ", code cell " + (i + 1) : file.toString());
        }
      }
    } finally {
      LOADING.remove(real);
    }
    return value;
  }

  static Path findLoadable(String name) {
    Path given = Path.of(name);
    if (Files.isRegularFile(given)) {
      return given;
    }
    List<String> tried = new ArrayList<>();
    tried.add(name);
    String fileName = given.getFileName() == null ? "" : given.getFileName().toString();
    if (!fileName.contains(".")) {
      for (String ext : LOAD_EXTENSIONS) {
        Path candidate = Path.of(name + ext);
        if (Files.isRegularFile(candidate)) {
          return candidate;
        }
        tried.add(name + ext);
      }
    }
    String why = Files.isDirectory(given) ? "is a folder, not a file" : "not found";
    throw new IllegalArgumentException(
        "'" + name + "' " + why + " (looked for " + String.join(", ", tried) + " in "
            + Path.of("").toAbsolutePath() + ")");
  }

  /** Reads a file as UTF-8 text, refusing binary files (a jar, an image) with a clear message. */
  static String readText(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("'" + file + "' not found (in " + Path.of("").toAbsolutePath() + ")");
    }
    byte[] bytes = Files.readAllBytes(file);
    for (byte b : bytes) {
      if (b == 0) {
        throw new IllegalArgumentException("'" + file + "' is not a text file (it holds binary data)");
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("'" + file + "' is not a text file (not valid UTF-8)");
    }
  }
}
