package io.github.spencerpark.ijava.runtime;

import org.treatylab.kernel.Notebook;

/**
 * IJava's magic helpers ({@code lineMagic}, {@code cellMagic}). They are the kernel's {@link Notebook} methods, inherited, not copies:
 * cells import {@code Notebook}'s statically, and a notebook that also writes
 * {@code import static io.github.spencerpark.ijava.runtime.Magics.*;} (as IJava notebooks do) then
 * imports the same methods again, which Java allows, instead of equal-named ones, which it rejects as
 * ambiguous.
 */
public final class Magics extends Notebook {
  private Magics() {}
}
