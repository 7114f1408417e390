package org.treatylab.kernel;

import org.treatylab.kernel.config.Env;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.SourceCodeAnalysis;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * Shift-Tab inspection: the signatures and Javadoc of what is at the cursor, from JShell's source
 * analysis.
 *
 * <p>Two things JShell does not do on its own. It documents a method only inside its call's
 * parentheses ({@code Math.max(|}), not at the end of the bare name ({@code Math.max|}), where Jupyter
 * front ends (and the Jupyter project's kernel test suite) ask; so a name is also tried as a call. And
 * it reads Javadoc only from the JDK's {@code src.zip} (installed separately on Debian:
 * {@code openjdk-17-source}); the sources of libraries ({@code *-sources.jar} or folders of
 * {@code .java} files, see {@link Env#SOURCES}) are added to the list it searches. That list is a
 * private field of JShell's analysis (in JDK 17 to 25), reached with {@code --add-opens
 * jdk.jshell/jdk.jshell=ALL-UNNAMED} in the kernelspec; without it inspection still shows signatures
 * and the JDK's Javadoc.
 */
final class Inspection {
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|literal|link|linkplain|value)\\s+([^}]*)}");
  private static final Pattern HTML_TAG = Pattern.compile("</?(?:p|i|b|em|strong|code|pre|ul|ol|li|br|a[^>]*)\\s*/?>");

  private SourceCodeAnalysis prepared;

  /** Returns what to show for the code at {@code at}, or null when there is nothing to show. */
  synchronized DisplayData inspect(SourceCodeAnalysis analysis, String code, int at) {
    if (prepared != analysis) {
      addLibrarySources(analysis, librarySources());
      prepared = analysis;
    }
    Completion.Located located = Completion.locate(analysis, code, at);
    String snippet = located.snippet();
    int cursor = located.cursor();
    List<SourceCodeAnalysis.Documentation> docs = analysis.documentation(snippet, cursor, true);
    String name = null;
    if (docs.isEmpty()) {
      int end = nameEnd(snippet, cursor);
      if (end > 0 && Character.isJavaIdentifierPart(snippet.charAt(end - 1))) {
        String upToName = snippet.substring(0, end);
        docs = analysis.documentation(upToName + "(", end + 1, true); // a method named without its call
        if (docs.isEmpty()) {
          docs = analysis.documentation(upToName, end, true);
        }
        name = upToName.substring(nameStart(upToName, end));
      }
      if (docs.isEmpty() && name != null) {
        String type = analysis.analyzeType(snippet.substring(0, end), end);
        return type == null || type.isBlank() ? null : new DisplayData(name + " : " + type);
      }
    }
    if (docs.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    Set<String> seen = new LinkedHashSet<>();
    for (SourceCodeAnalysis.Documentation d : docs) {
      if (!seen.add(d.signature())) {
        continue;
      }
      text.append(d.signature()).append('\n');
      if (d.javadoc() != null && !d.javadoc().isBlank()) {
        text.append(readable(d.javadoc())).append('\n');
      }
      text.append('\n');
    }
    return new DisplayData(text.toString().strip());
  }

  /** The end of the name the cursor is in or just after. */
  private static int nameEnd(String s, int cursor) {
    int end = cursor;
    while (end < s.length() && Character.isJavaIdentifierPart(s.charAt(end))) {
      end++;
    }
    return end;
  }

  /** The start of the dotted name that ends at {@code end}, for the text shown with a type. */
  private static int nameStart(String s, int end) {
    int start = end;
    while (start > 0 && Character.isJavaIdentifierPart(s.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /** Javadoc as plain text: inline tags reduced to their text, common HTML tags dropped. */
  static String readable(String javadoc) {
    String text = INLINE_TAG.matcher(javadoc).replaceAll(m -> Matcher.quoteReplacement(m.group(1).replace('#', '.')));
    text = HTML_TAG.matcher(text).replaceAll("");
    // a Javadoc line keeps the space after its '*': drop it, keep deeper indentation (code samples)
    return text.lines()
        .map(l -> (l.startsWith(" ") ? l.substring(1) : l).stripTrailing())
        .reduce((a, b) -> a + "\n" + b)
        .orElse("")
        .strip();
  }

  /**
   * The library sources for Javadoc: {@link Env#SOURCES} when set, else the {@code sources} folder
   * beside the folder of the kernel's jar (where the distro puts them).
   */
  static List<Path> librarySources() {
    List<Path> roots = new ArrayList<>();
    String configured = Env.get(Env.SOURCES, "");
    if (!configured.isBlank()) {
      for (String entry : configured.split(java.io.File.pathSeparator)) {
        if (!entry.isBlank()) {
          roots.add(Path.of(entry));
        }
      }
    } else {
      try {
        Path jar = Path.of(Inspection.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (jar.getParent() != null && jar.getParent().getParent() != null) {
          roots.add(jar.getParent().getParent().resolve("sources"));
        }
      } catch (URISyntaxException | SecurityException | NullPointerException e) {
        return List.of();
      }
    }
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isRegularFile(root)) {
        out.add(root);
      } else if (Files.isDirectory(root)) {
        boolean hasJars = false;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(root, "*.jar")) {
          for (Path jar : jars) {
            out.add(jar);
            hasJars = true;
          }
        } catch (IOException e) {
          continue;
        }
        if (!hasJars) {
          out.add(root); // a folder of .java files
        }
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * Appends {@code sources} to the list JShell's analysis reads Javadoc from (the JDK's src.zip).
   * Returns false when that list cannot be reached (no {@code --add-opens}, another JDK's internals).
   */
  static boolean addLibrarySources(SourceCodeAnalysis analysis, List<Path> sources) {
    if (sources.isEmpty()) {
      return true;
    }
    try {
      Method find = analysis.getClass().getDeclaredMethod("findSources");
      Field cached = analysis.getClass().getDeclaredField("availableSources");
      find.setAccessible(true);
      cached.setAccessible(true);
      @SuppressWarnings("unchecked")
      List<Path> jdk = (List<Path>) find.invoke(analysis);
      List<Path> all = new ArrayList<>(jdk);
      all.addAll(sources);
      cached.set(analysis, List.copyOf(all));
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
