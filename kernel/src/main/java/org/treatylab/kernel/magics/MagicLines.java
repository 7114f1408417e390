package org.treatylab.kernel.magics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a cell into Java code and magics, as IJava reads them: a cell magic ({@code %%name args} on the
 * cell's first line, the rest of the cell its body), line magics ({@code %name args} at the start of a
 * line), and a line magic used as a value ({@code List<String> added = %jars lib/*.jar}), which
 * becomes a {@code lineMagic("jars", List.of("lib/*.jar"))} call in the Java code. The kernel runs line
 * and cell magics itself, between the code around them; a magic in an expression runs on the cell's
 * own thread.
 */
public final class MagicLines {
  /**
   * After an assignment's '=' (not '==', '!=', '<=', '>='; no quote or comment before it): a line
   * magic used as a value.
   */
  private static final Pattern MAGIC_VALUE =
      Pattern.compile("^(?<before>[^\"'%/]*?[^=!<>\"'/]=)\\s*%(?<name>[A-Za-z][\\w-]*)(?<args>.*?);?\\s*$");

  /** A piece of a cell: Java code, one line magic with its arguments, or a cell magic with its body. */
  public record Segment(String code, String magic, List<String> args, String body) {
    /** Returns true for a magic (line or cell). */
    public boolean isMagic() {
      return magic != null;
    }

    /** Returns true for a cell magic ({@code %%name}): {@link #body()} is the rest of the cell. */
    public boolean isCellMagic() {
      return body != null;
    }
  }

  private MagicLines() {}

  /** Splits a cell; a cell without magics is one code segment. */
  public static List<Segment> split(String cell) {
    List<Segment> out = new ArrayList<>();
    String stripped = cell.stripLeading();
    if (stripped.startsWith("%%") && stripped.length() > 2 && Character.isLetter(stripped.charAt(2))) {
      int nl = stripped.indexOf('\n');
      String header = nl < 0 ? stripped.substring(2) : stripped.substring(2, nl);
      List<String> words = words(header);
      out.add(new Segment(null, words.get(0), words.subList(1, words.size()), nl < 0 ? "" : stripped.substring(nl + 1)));
      return out;
    }
    StringBuilder code = new StringBuilder();
    Lexical state = new Lexical();
    for (String line : cell.split("\n", -1)) {
      String trimmed = line.strip();
      boolean inJava = state.atLineStartInCode();
      state.scan(line);
      if (!inJava) {
        code.append(line).append('\n'); // inside a text block or a comment: text, never a magic
      } else if (trimmed.startsWith("%") && !trimmed.startsWith("%%") && trimmed.length() > 1
          && Character.isLetter(trimmed.charAt(1))) {
        if (!code.toString().isBlank()) {
          out.add(new Segment(code.toString(), null, List.of(), null));
        }
        code.setLength(0);
        List<String> words = words(trimmed.substring(1));
        out.add(new Segment(null, words.get(0), words.subList(1, words.size()), null));
      } else if (line.indexOf('%') >= 0 && MAGIC_VALUE.matcher(line).matches()) {
        code.append(asCall(MAGIC_VALUE.matcher(line))).append('\n');
      } else {
        code.append(line).append('\n');
      }
    }
    if (!code.toString().isBlank()) {
      out.add(new Segment(code.toString(), null, List.of(), null));
    }
    return out;
  }

  /** {@code x = %jars a b} as Java: {@code x = lineMagic("jars", List.of("a", "b"));}. */
  private static String asCall(Matcher m) {
    m.matches();
    StringBuilder call = new StringBuilder(m.group("before")).append(" lineMagic(").append(quote(m.group("name")));
    call.append(", java.util.List.of(");
    List<String> args = words(m.group("args"));
    for (int i = 0; i < args.size(); i++) {
      call.append(i > 0 ? ", " : "").append(quote(args.get(i)));
    }
    return call.append("));").toString();
  }

  private static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\t' -> q.append("\\t");
        default -> q.append(ch);
      }
    }
    return q.append('"').toString();
  }

  /**
   * Where a line starts: in code, inside a text block ({@code """}) or inside a block comment, so that
   * {@code value = %d} in a text block stays text.
   */
  private static final class Lexical {
    private boolean inTextBlock;
    private boolean inComment;

    boolean atLineStartInCode() {
      return !inTextBlock && !inComment;
    }

    void scan(String line) {
      int i = 0;
      while (i < line.length()) {
        if (inTextBlock) {
          int end = line.indexOf("\"\"\"", i);
          while (end > 0 && line.charAt(end - 1) == '\\') {
            end = line.indexOf("\"\"\"", end + 1);
          }
          if (end < 0) {
            return;
          }
          inTextBlock = false;
          i = end + 3;
        } else if (inComment) {
          int end = line.indexOf("*/", i);
          if (end < 0) {
            return;
          }
          inComment = false;
          i = end + 2;
        } else if (line.startsWith("\"\"\"", i)) {
          inTextBlock = true;
          i += 3;
        } else if (line.startsWith("/*", i)) {
          inComment = true;
          i += 2;
        } else if (line.startsWith("//", i)) {
          return;
        } else if (line.charAt(i) == '"' || line.charAt(i) == '\'') {
          char quote = line.charAt(i++);
          while (i < line.length() && line.charAt(i) != quote) {
            i += line.charAt(i) == '\\' ? 2 : 1;
          }
          i++;
        } else {
          i++;
        }
      }
    }
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
