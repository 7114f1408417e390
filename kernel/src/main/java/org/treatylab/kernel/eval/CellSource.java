package org.treatylab.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/** A cell cut into JShell snippets, each knowing where it starts in the cell. */
final class CellSource {
  /**
   * One snippet: its source as JShell returned it, where its first character of code is in the cell
   * ({@code offset}), and where {@code source}'s own first character is ({@code sourceStart}: JShell may
   * keep white space before the code, and its diagnostics count from there).
   */
  record Part(String source, int offset, int sourceStart, Completeness completeness) {}

  private CellSource() {}

  /** Splits {@code cell} into snippets as JShell would read them one after another. */
  static List<Part> split(SourceCodeAnalysis analysis, String cell) {
    List<Part> parts = new ArrayList<>();
    String remaining = cell;
    while (!remaining.isBlank()) {
      int start = cell.length() - remaining.length();
      int offset = start + leadingSpace(remaining);
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      Completeness c = info.completeness();
      if (c == Completeness.EMPTY) {
        break;
      }
      if (!c.isComplete()) {
        // incomplete or unparseable: give JShell the rest in one piece, so it reports the problem
        parts.add(new Part(remaining, offset, start, c));
        break;
      }
      parts.add(new Part(info.source(), offset, offset - leadingSpace(info.source()), c));
      remaining = info.remaining();
    }
    return parts;
  }

  private static int leadingSpace(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Returns the 1-based line of {@code offset} in {@code text}. */
  static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Returns the 1-based column of {@code offset} in {@code text}. */
  static int columnOf(String text, int offset) {
    int start = text.lastIndexOf('\n', Math.max(0, Math.min(offset, text.length()) - 1)) + 1;
    return offset - start + 1;
  }

  /** Returns line {@code line} (1-based) of {@code text}. */
  static String line(String text, int line) {
    String[] lines = text.split("\n", -1);
    return line >= 1 && line <= lines.length ? lines[line - 1] : "";
  }
}
