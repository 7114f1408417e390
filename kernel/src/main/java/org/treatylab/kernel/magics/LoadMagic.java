package org.treatylab.kernel.magics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import org.treatylab.kernel.eval.CellError;
import org.treatylab.kernel.spi.CellHost;

/**
 * {@code %load path}: runs a file of cell code ({@code .jsh}, {@code .jshell}, {@code .java},
 * {@code .ijava}) or the code cells of a notebook ({@code .ipynb}, magics included), in order. A path
 * without an extension is tried with each of {@link #EXTENSIONS}, as IJava does. Returns the value of
 * the last code, which the cell does not show (as in IJava).
 */
public final class LoadMagic implements LineMagic<Object, BaseKernel> {
  /** What {@code %load path} tries, in order, when {@code path} has no extension (IJava's order). */
  static final List<String> EXTENSIONS = List.of(".jsh", ".jshell", ".java", ".ijava", ".ipynb");

  /** The files {@code %load} is running now, to refuse a file that loads itself. */
  private static final Set<Path> LOADING = Collections.synchronizedSet(new LinkedHashSet<>());

  @Override
  public Object eval(BaseKernel kernel, List<String> args) throws Exception {
    if (args.size() != 1) {
      throw new IllegalArgumentException("usage: %load <file> (.jsh, .jshell, .java, .ijava or .ipynb)");
    }
    CellHost host = CellHost.of(kernel);
    Path file = findLoadable(args.get(0));
    Path real = file.toRealPath();
    if (LOADING.contains(real)) {
      throw new IllegalArgumentException("'" + file + "' loads itself (through " + LOADING + "): not run again");
    }
    String text = TextFiles.readText(file);
    List<String> cells =
        file.getFileName().toString().endsWith(".ipynb") ? NotebookCells.codeCells(text, file) : List.of(text);
    Object value = null;
    LOADING.add(real);
    try {
      for (int i = 0; i < cells.size(); i++) {
        try {
          value = host.evalRaw(cells.get(i));
        } catch (CellError e) {
          throw e.inFile(cells.size() > 1 ? file + ", code cell " + (i + 1) : file.toString());
        }
      }
    } finally {
      LOADING.remove(real);
    }
    return value;
  }

  /** Finds the file {@code %load name} means, trying IJava's extensions when {@code name} has none. */
  static Path findLoadable(String name) {
    Path given = Path.of(name);
    if (Files.isRegularFile(given)) {
      return given;
    }
    List<String> tried = new ArrayList<>();
    tried.add(name);
    String fileName = given.getFileName() == null ? "" : given.getFileName().toString();
    if (!fileName.contains(".")) {
      for (String ext : EXTENSIONS) {
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
}
