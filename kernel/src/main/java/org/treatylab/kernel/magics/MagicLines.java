package org.treatylab.kernel.magics;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a cell into Java code and magic lines ({@code %name args} at the start of a line), so the
 * kernel runs magics itself, between the code around them. (Turning a magic into a Java call inside
 * the cell, as IJava does, would run it on the cell's thread, where it cannot evaluate more code.)
 */
public final class MagicLines {
  /** A piece of a cell: Java code, or one magic with its arguments. */
  public record Segment(String code, String magic, List<String> args) {
    /** Returns true for a magic line. */
    public boolean isMagic() {
      return magic != null;
    }
  }

  private MagicLines() {}

  /** Splits a cell; a cell without magics is one code segment. */
  public static List<Segment> split(String cell) {
    List<Segment> out = new ArrayList<>();
    StringBuilder code = new StringBuilder();
    for (String line : cell.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("%") && !trimmed.startsWith("%%") && trimmed.length() > 1
          && Character.isLetter(trimmed.charAt(1))) {
        if (!code.toString().isBlank()) {
          out.add(new Segment(code.toString(), null, List.of()));
        }
        code.setLength(0);
        List<String> words = words(trimmed.substring(1));
        out.add(new Segment(null, words.get(0), words.subList(1, words.size())));
      } else {
        code.append(line).append('\n');
      }
    }
    if (!code.toString().isBlank()) {
      out.add(new Segment(code.toString(), null, List.of()));
    }
    return out;
  }

  /** Splits on white space, keeping "quoted words" together. */
  static List<String> words(String s) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    for (char ch : s.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      } else if (Character.isWhitespace(ch) && !quoted) {
        if (w.length() > 0) {
          words.add(w.toString());
          w.setLength(0);
        }
      } else {
        w.append(ch);
      }
    }
    if (w.length() > 0) {
      words.add(w.toString());
    }
    return words;
  }
}
