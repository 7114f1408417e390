package org.treatylab.kernel.eval;

import java.lang.reflect.Array;
import java.util.function.Function;

/**
 * The text JShell keeps for each snippet's value ({@code SnippetEvent.value()}), made in time that
 * does not grow with the value.
 *
 * <p>JShell's local engine turns every value into text with {@code String.valueOf} (every element of
 * an array), and JShell then runs a regular expression over that text ({@code Util.expunge}). For
 * {@code double[] ys = new double[10_000_000];} that was 2.3–3.2 s of a cell whose allocation takes
 * milliseconds (profiled with JFR: {@code DirectExecutionControl.valueString} and {@code
 * jdk.jshell.Util.expunge}, see BENCHMARKS.md). The kernel never shows this text: it renders the value
 * object itself. So small values keep JShell's exact text and large ones a bounded summary; objects
 * other than strings, boxed primitives and arrays are not asked for their {@code toString()} at all
 * (a declared list of 2·10⁶ numbers would print them all), as IJava does.
 */
final class ValueText {
  /** Arrays and strings up to this length keep JShell's own text. */
  static final int FULL_TEXT_LIMIT = 1_000;

  private ValueText() {}

  /**
   * Returns the value's text for JShell, in time independent of the value's size.
   *
   * @param jshellText JShell's own text of a value ({@code DirectExecutionControl.valueString}, which
   *     only a subclass of it may call), used for strings, boxed primitives and small arrays
   */
  static String of(Object value, Function<Object, String> jshellText) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      if (s.length() <= FULL_TEXT_LIMIT) {
        return jshellText.apply(s);
      }
      return jshellText.apply(s.substring(0, FULL_TEXT_LIMIT))
          + "... (" + s.length() + " chars)";
    }
    if (value instanceof Number || value instanceof Character || value instanceof Boolean) {
      return jshellText.apply(value);
    }
    Class<?> type = value.getClass();
    if (type.isArray()) {
      int length = Array.getLength(value);
      if (length <= FULL_TEXT_LIMIT) {
        return jshellText.apply(value);
      }
      return type.getComponentType().getTypeName() + "[" + length + "] { ... }";
    }
    // not toString(): user code of any cost; the kernel renders the object itself when shown
    return type.getTypeName() + "@" + Integer.toHexString(System.identityHashCode(value));
  }
}
