package org.treatylab.kernel.eval;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;

/**
 * Forgets the compiled class files of snippets no live code can reach, so that a long session does
 * not make every cell slower.
 *
 * <p>Why: JShell keeps the class file of every snippet it ever compiled (each redefinition, each
 * expression and statement gets a new wrapper class {@code REPL.$JShell$12B}) in its in-memory file
 * manager, and javac lists the whole {@code REPL} package and enters a symbol for each of those files
 * on every compilation. In a 2,000-cell soak that listing was the main part of the per-cell cost that
 * grew with the session (BENCHMARKS.md, "Long-session soak").
 *
 * <p>What is kept: the wrapper classes of every active declaration (valid or recoverable), and every
 * wrapper class whose name occurs anywhere in the bytes of a kept class file, transitively (a live
 * variable whose declared type is a record from an older, overwritten definition keeps that older
 * record's class file, so javac can still compile code that uses the variable). Files whose names do
 * not look like JShell's wrappers are never touched. Only the compiler's copy is removed: classes
 * already loaded keep running, and JShell keeps its own copy of the bytes for redefinition. The worst a
 * mistake here could cause is a compile error naming a missing class file, never a different
 * class: wrapper names are unique for the life of the shell.
 *
 * <p>The file manager is JShell's internal state, reached by reflection (the kernelspec opens
 * {@code jdk.jshell}). When any of it is not as expected (another JDK, no {@code --add-opens}), the
 * pruner disables itself and JShell keeps every class file, as it does without this class.
 */
final class ClassFilePruner {
  private static final String PACKAGE_PREFIX = "REPL.";
  private static final String WRAPPER_PREFIX = "$JShell$";
  private static final byte[][] REFERENCE_MARKERS = {
    "REPL/$JShell$".getBytes(StandardCharsets.US_ASCII), "REPL.$JShell$".getBytes(StandardCharsets.US_ASCII)
  };

  private final JShell shell;
  private final Map<String, ? extends JavaFileObject> classFiles;
  private final Method classFullName;
  private boolean enabled;
  /** Wrappers each class file mentions, by file object (JShell makes a new object when it rewrites a file). */
  private final Map<JavaFileObject, Set<String>> mentionsByFile = new java.util.IdentityHashMap<>();
  /** How many class files there were after the last pruning: the next one waits for {@link #BATCH} more. */
  private int sizeAfterPrune;
  /** How many class files were forgotten so far. */
  private long pruned;
  /**
   * New class files to wait for between prunings: listing the snippets and the kept files costs about
   * as much as one compilation's listing of the package, so doing it every cell would eat the gain.
   */
  static final int BATCH = 64;

  private ClassFilePruner(JShell shell, Map<String, ? extends JavaFileObject> classFiles, Method classFullName) {
    this.shell = shell;
    this.classFiles = classFiles;
    this.classFullName = classFullName;
    this.enabled = classFiles != null && classFullName != null;
  }

  /** A pruner for this shell, or one that does nothing when JShell's internals are not reachable. */
  static ClassFilePruner of(JShell shell) {
    if (Boolean.getBoolean("treatylab.kernel.keepClassFiles")) {
      return new ClassFilePruner(shell, null, null);
    }
    try {
      Object taskFactory = JShellInternals.taskFactory(shell);
      Object fileManager = JShellInternals.field(taskFactory.getClass(), "fileManager").get(taskFactory);
      Object map = JShellInternals.field(fileManager.getClass(), "classObjects").get(fileManager);
      Method name = JShellInternals.method(Snippet.class, "classFullName");
      if (!(map instanceof Map<?, ?> m)) {
        return new ClassFilePruner(shell, null, null);
      }
      @SuppressWarnings("unchecked")
      Map<String, ? extends JavaFileObject> files = (Map<String, ? extends JavaFileObject>) m;
      return new ClassFilePruner(shell, files, name);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return new ClassFilePruner(shell, null, null);
    }
  }

  /** How many class files were forgotten so far. */
  long pruned() {
    return pruned;
  }

  /** True when class files are being pruned (JShell's internals were found). */
  boolean enabled() {
    return enabled;
  }

  /**
   * Removes the class files no active snippet can reach. Call only while JShell is idle (between
   * evaluations, under the evaluator's lock). Any surprise disables pruning for the rest of the
   * session: a class file kept is only slower, a class file lost would be an error.
   *
   * @return how many class files were removed
   */
  int prune() {
    if (!enabled || classFiles.size() < sizeAfterPrune + BATCH) {
      return 0;
    }
    try {
      Set<String> reachable = reachableWrappers();
      if (reachable == null) {
        return 0;
      }
      int removed = 0;
      for (Iterator<String> it = classFiles.keySet().iterator(); it.hasNext(); ) {
        String wrapper = wrapperOf(it.next());
        if (wrapper != null && !reachable.contains(wrapper)) {
          it.remove();
          removed++;
        }
      }
      Set<JavaFileObject> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      kept.addAll(classFiles.values());
      mentionsByFile.keySet().retainAll(kept);
      sizeAfterPrune = classFiles.size();
      pruned += removed;
      return removed;
    } catch (RuntimeException | IOException | ReflectiveOperationException e) {
      enabled = false;
      return 0;
    }
  }

  /** The wrapper names of active snippets and of every wrapper their class files mention, transitively. */
  private Set<String> reachableWrappers() throws IOException, ReflectiveOperationException {
    Set<String> reachable = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    // Statements and expressions declare no name, so no later code can refer to their wrapper: once
    // run, their class files are needed only by the loaded classes, which do not read them.
    List<Snippet> active =
        shell.snippets()
            .filter(s -> shell.status(s).isActive())
            .filter(s -> s.kind() != Snippet.Kind.STATEMENT && s.kind() != Snippet.Kind.EXPRESSION)
            .collect(Collectors.toList());
    for (Snippet s : active) {
      Object name;
      try {
        name = classFullName.invoke(s);
      } catch (java.lang.reflect.InvocationTargetException e) {
        // an active snippet without a wrapper: we cannot tell which files it needs, keep all
        return null;
      }
      String wrapper = name instanceof String n ? wrapperOf(n) : null;
      if (wrapper == null && s.kind() == Snippet.Kind.IMPORT) {
        continue; // an import has no class of its own (JShell names it $JShell$DOESNOTMATTER)
      }
      if (wrapper == null) {
        return null;
      }
      if (reachable.add(wrapper)) {
        todo.add(wrapper);
      }
    }
    Map<String, List<String>> filesByWrapper =
        classFiles.keySet().stream()
            .filter(k -> wrapperOf(k) != null)
            .collect(Collectors.groupingBy(ClassFilePruner::wrapperOf));
    while (!todo.isEmpty()) {
      for (String file : filesByWrapper.getOrDefault(todo.poll(), List.of())) {
        JavaFileObject fo = classFiles.get(file);
        Set<String> mentions = mentionsByFile.get(fo);
        if (mentions == null) {
          byte[] bytes;
          try (InputStream in = fo.openInputStream()) {
            bytes = in.readAllBytes();
          }
          mentions = mentionedWrappers(bytes);
          mentionsByFile.put(fo, mentions);
        }
        for (String mentioned : mentions) {
          if (reachable.add(mentioned)) {
            todo.add(mentioned);
          }
        }
      }
    }
    return reachable;
  }

  /** {@code $JShell$12B} for {@code REPL.$JShell$12B} and {@code REPL.$JShell$12B$Point}; null for other names. */
  static String wrapperOf(String className) {
    if (!className.startsWith(PACKAGE_PREFIX + WRAPPER_PREFIX)) {
      return null;
    }
    int start = PACKAGE_PREFIX.length();
    int end = wrapperEnd(className, start + WRAPPER_PREFIX.length());
    String wrapper = className.substring(start, end);
    return wrapper.length() > WRAPPER_PREFIX.length() && Character.isDigit(wrapper.charAt(WRAPPER_PREFIX.length()))
        ? wrapper
        : null; // $JShell$DOESNOTMATTER (trial compilations) and anything unknown stay
  }

  private static int wrapperEnd(CharSequence s, int from) {
    int i = from;
    while (i < s.length() && isWrapperChar(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isWrapperChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  }

  /** Every wrapper name a class file mentions, in its constant pool or anywhere else (over-counting is safe). */
  static Set<String> mentionedWrappers(byte[] bytes) {
    Set<String> out = new HashSet<>();
    for (byte[] marker : REFERENCE_MARKERS) {
      for (int i = indexOf(bytes, marker, 0); i >= 0; i = indexOf(bytes, marker, i + 1)) {
        int from = i + marker.length;
        int end = from;
        while (end < bytes.length && isWrapperChar((char) (bytes[end] & 0xff))) {
          end++;
        }
        if (end > from) {
          out.add(WRAPPER_PREFIX + new String(bytes, from, end - from, StandardCharsets.US_ASCII));
        }
      }
    }
    return out;
  }

  private static int indexOf(byte[] bytes, byte[] marker, int from) {
    outer:
    for (int i = from; i <= bytes.length - marker.length; i++) {
      for (int j = 0; j < marker.length; j++) {
        if (bytes[i + j] != marker[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
