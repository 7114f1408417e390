package io.github.spencerpark.jupyter.kernel.display;

/** IJava's renderer: fills the {@link RenderContext} with {@code data} in the requested MIME types. */
@FunctionalInterface
public interface RenderFunction<T> {
  /** Renders {@code data}. */
  void render(T data, RenderContext context);
}
