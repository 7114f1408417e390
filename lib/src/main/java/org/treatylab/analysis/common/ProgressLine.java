package org.treatylab.analysis.common;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.treatylab.base.Checks;

/**
 * Where {@link Progress#inNotebook(String)} draws its line. The notebook integration
 * ({@code org.treatylab.display.NotebookDisplay}) connects the cells' own {@code display} and
 * {@code updateDisplay} functions here when the kernel loads it, so that the analysis package needs
 * neither the kernel nor the display package. Outside a notebook nothing is connected and the line is
 * printed to standard output instead.
 */
public final class ProgressLine {
  private static volatile Function<String, String> show;
  private static volatile BiConsumer<String, String> update;

  private ProgressLine() {}

  /**
   * Connects a display: {@code show} puts a text line below the running cell and returns its display
   * id; {@code update} replaces the line with that id.
   *
   * @param show e.g. {@code text -> display(text)} in a notebook
   * @param update e.g. {@code (id, text) -> updateDisplay(id, text)}
   */
  public static void connect(Function<String, String> show, BiConsumer<String, String> update) {
    ProgressLine.show = Checks.notNull(show, "show");
    ProgressLine.update = Checks.notNull(update, "update");
  }

  /** Returns true when a notebook display is connected. */
  public static boolean isConnected() {
    return show != null;
  }

  static String show(String text) {
    Function<String, String> s = show;
    if (s == null) {
      System.out.println(text);
      return null;
    }
    return s.apply(text);
  }

  static void update(String id, String text) {
    BiConsumer<String, String> u = update;
    if (u == null || id == null) {
      System.out.println(text);
    } else {
      u.accept(id, text);
    }
  }
}
