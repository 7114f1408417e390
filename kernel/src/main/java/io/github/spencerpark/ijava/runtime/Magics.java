package io.github.spencerpark.ijava.runtime;

import java.util.List;
import org.treatylab.kernel.Notebook;

/** IJava's magic helpers: run a line or cell magic from code. */
public final class Magics {
  private Magics() {}

  /** Runs line magic {@code name}: {@code lineMagic("jars", List.of("lib/x.jar"))}. */
  public static <T> T lineMagic(String name, List<String> args) {
    return Notebook.lineMagic(name, args);
  }

  /** Runs cell magic {@code name} on {@code body}. */
  public static <T> T cellMagic(String name, List<String> args, String body) {
    return Notebook.cellMagic(name, args, body);
  }
}
