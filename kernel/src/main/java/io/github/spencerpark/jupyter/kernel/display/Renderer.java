package io.github.spencerpark.jupyter.kernel.display;

import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.util.ArrayList;
import java.util.List;

/**
 * IJava's renderer API over the kernel's renderer, so that notebooks register how their types are
 * shown as they did with IJava: {@code getRenderer().createRegistration(Point.class)
 * .preferring(MIMEType.TEXT_HTML).register((p, ctx) -> ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> …))}.
 */
public final class Renderer {
  private final org.dflib.jjava.jupyter.kernel.display.Renderer renderer;

  /** Wraps the kernel's renderer. */
  public Renderer(org.dflib.jjava.jupyter.kernel.display.Renderer renderer) {
    this.renderer = renderer;
  }

  /** Starts registering how values of {@code type} (and its subtypes) are shown. */
  public <T> RenderRegistration<T> createRegistration(Class<T> type) {
    return new RenderRegistration<>(type);
  }

  /** Returns {@code value}'s output in its preferred MIME types. */
  public DisplayData render(Object value) {
    return new DisplayData(renderer.render(value));
  }

  /** Returns {@code value}'s output as the given MIME types. */
  public DisplayData renderAs(Object value, String... types) {
    return new DisplayData(renderer.renderAs(value, types));
  }

  /** One registration being built: its types, the MIME types it supports and prefers. */
  public final class RenderRegistration<T> {
    private final List<Class<? extends T>> types = new ArrayList<>();
    private final List<String> supported = new ArrayList<>();
    private final List<String> preferred = new ArrayList<>();

    RenderRegistration(Class<? extends T> type) {
      types.add(type);
    }

    /** Also applies to {@code type}. */
    public RenderRegistration<T> onType(Class<? extends T> type) {
      types.add(type);
      return this;
    }

    /** MIME types the function can produce on request. */
    public RenderRegistration<T> supporting(MIMEType... types) {
      for (MIMEType t : types) {
        supported.add(t.toString());
      }
      return this;
    }

    /** MIME types the function can produce on request, by name. */
    public RenderRegistration<T> supporting(String... types) {
      supported.addAll(List.of(types));
      return this;
    }

    /** MIME types produced by default (and supported). */
    public RenderRegistration<T> preferring(MIMEType... types) {
      for (MIMEType t : types) {
        preferred.add(t.toString());
      }
      return this;
    }

    /** MIME types produced by default (and supported), by name. */
    public RenderRegistration<T> preferring(String... types) {
      preferred.addAll(List.of(types));
      return this;
    }

    /** Registers {@code function} for the types. */
    @SuppressWarnings("unchecked")
    public void register(RenderFunction<T> function) {
      if (supported.isEmpty() && preferred.isEmpty()) {
        throw new IllegalArgumentException(
            "createRegistration(" + types.get(0).getName() + "): say which MIME types it renders,"
                + " e.g. .preferring(MIMEType.TEXT_HTML), before register(...)");
      }
      org.dflib.jjava.jupyter.kernel.display.Renderer.RenderRegistration<T> r =
          renderer.createRegistration((Class<T>) types.get(0));
      for (Class<? extends T> t : types.subList(1, types.size())) {
        r = r.onType(t);
      }
      r.supporting(supported.toArray(String[]::new))
          .preferring(preferred.toArray(String[]::new))
          .register((data, ctx) -> function.render(data, new RenderContext(ctx)));
    }
  }
}
