package io.github.spencerpark.jupyter.kernel.display;

import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.util.function.Function;
import java.util.function.Supplier;

/** IJava's render context, over the kernel's: which MIME types are wanted, and where output goes. */
public final class RenderContext {
  private final org.dflib.jjava.jupyter.kernel.display.RenderContext context;

  RenderContext(org.dflib.jjava.jupyter.kernel.display.RenderContext context) {
    this.context = context;
  }

  /** Returns true if output of {@code type} was asked for. */
  public boolean wantsDataRenderedAs(MIMEType type) {
    return context.wantsDataRenderedAs(type.toKernel());
  }

  /** Puts {@code supplier}'s value in the output as {@code type} if that type was asked for. */
  public boolean renderIfRequested(MIMEType type, Supplier<Object> supplier) {
    return context.renderIfRequested(type.toKernel(), supplier);
  }

  /** As {@link #renderIfRequested(MIMEType, Supplier)}, the function getting the type asked for. */
  public boolean renderIfRequested(MIMEType type, Function<MIMEType, Object> function) {
    return context.renderIfRequested(type.toKernel(), t -> function.apply(MIMEType.parse(t.toString())));
  }

  /** Returns a render parameter (e.g. a width), or null. */
  public Object getParameter(String key) {
    return context.getParameter(key);
  }

  /** Returns the output bundle being filled. */
  public org.dflib.jjava.jupyter.kernel.display.DisplayData getOutputContainer() {
    return context.getOutputContainer();
  }
}
