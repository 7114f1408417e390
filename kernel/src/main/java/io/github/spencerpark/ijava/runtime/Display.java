package io.github.spencerpark.ijava.runtime;

import org.treatylab.kernel.Notebook;

/**
 * IJava's display helpers ({@code display}, {@code render}, {@code updateDisplay}) with IJava's
 * signatures. They are the kernel's {@link Notebook} methods, inherited, not copies:
 * cells import {@code Notebook}'s statically, and a notebook that also writes
 * {@code import static io.github.spencerpark.ijava.runtime.Display.*;} (as IJava notebooks do) then
 * imports the same methods again, which Java allows, instead of equal-named ones, which it rejects as
 * ambiguous.
 */
public final class Display extends Notebook {
  private Display() {}
}
