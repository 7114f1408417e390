package org.treatylab.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Assertions for the refusal tests: a wrong input throws, and the message names argument, value and fix. */
public final class Refusals {
  private Refusals() {}

  /** Asserts that {@code call} throws {@code type} with a message containing every one of {@code parts}. */
  public static <T extends Throwable> T refuses(Class<T> type, Executable call, String... parts) {
    T e = assertThrows(type, call);
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), "message lacks '" + part + "': " + e.getMessage());
    }
    return e;
  }

  /** Asserts that {@code call} refuses a null {@code argument} by name: "date is null; pass a value". */
  public static void refusesNull(Executable call, String argument) {
    assertEquals(argument + " is null; pass a value", assertThrows(NullPointerException.class, call).getMessage());
  }
}
