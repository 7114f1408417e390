package org.treatylab.widgets;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.treatylab.widgets.model.OutputTraits;

/**
 * An output area in the page (the page's {@code OutputModel}): what code run through {@link
 * #capture} shows — its {@code display(…)} calls, its printed text, its exception — becomes the
 * area's {@code outputs}, in nbformat's output shape, so that every front end (and a static page with
 * the saved widget state) shows it. Capturing is done by the kernel, not by the front end.
 */
public final class Output extends OutputTraits<Output> {
  private static final Gson GSON = new Gson();

  /** An empty output area. */
  public Output() {}

  /** Empties the area. */
  public Output clear() {
    outputs(List.of());
    return this;
  }

  /** Adds {@code value}, rendered as the kernel shows values (a chart as PNG, a table as HTML). */
  public Output append(Object value) {
    List<Object> all = new ArrayList<>(outputs());
    all.add(displayOutput(((Widget) this).session().render(value)));
    outputs(all);
    return this;
  }

  /**
   * Runs {@code code} and makes what it shows the area's only content, replacing what was there.
   *
   * @return true if the code ran to its end, false if it threw (the area then shows the error)
   */
  public boolean replaceWith(Runnable code) {
    Captured c = run(code, null);
    outputs(c.outputs);
    return c.ok;
  }

  /**
   * Runs {@code code} and adds what it shows to the area.
   *
   * @return true if the code ran to its end, false if it threw (the area then shows the error)
   */
  public boolean capture(Runnable code) {
    Captured c = run(code, null);
    List<Object> all = new ArrayList<>(outputs());
    all.addAll(c.outputs);
    outputs(all);
    return c.ok;
  }

  /** What a run showed, and whether it ended normally. */
  record Captured(List<Object> outputs, boolean ok) {}

  /** Runs {@code code} (and renders what {@code result} returns, when given) with its output captured. */
  Captured run(Runnable code, java.util.function.Supplier<?> result) {
    List<Object> outputs = new ArrayList<>();
    Thread me = Thread.currentThread();
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    // tasks and cells never run side by side (the kernel's CellThread), so swapping the streams for this run is
    // safe; text other threads print meanwhile still goes where it went
    System.setOut(new PrintStream(new ThreadFilter(me, outBytes, out), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new ThreadFilter(me, errBytes, err), true, StandardCharsets.UTF_8));
    boolean ok = true;
    try (AutoCloseable ignored = ((Widget) this).session().captureDisplays(d -> {
      flushStream(outBytes, "stdout", outputs);
      flushStream(errBytes, "stderr", outputs);
      outputs.add(displayOutput(d));
    })) {
      if (code != null) {
        code.run();
      }
      if (result != null) {
        Object value = result.get();
        if (value != null) {
          System.out.flush();
          flushStream(outBytes, "stdout", outputs);
          outputs.add(displayOutput(((Widget) this).session().render(value)));
        }
      }
    } catch (Exception | Error e) {
      ok = false;
      System.out.flush();
      flushStream(outBytes, "stdout", outputs);
      flushStream(errBytes, "stderr", outputs);
      outputs.add(errorOutput(e));
    } finally {
      System.out.flush();
      System.err.flush();
      System.setOut(out);
      System.setErr(err);
    }
    flushStream(outBytes, "stdout", outputs);
    flushStream(errBytes, "stderr", outputs);
    return new Captured(outputs, ok);
  }

  private static void flushStream(ByteArrayOutputStream bytes, String name, List<Object> outputs) {
    synchronized (bytes) {
      if (bytes.size() == 0) {
        return;
      }
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("output_type", "stream");
      o.put("name", name);
      o.put("text", bytes.toString(StandardCharsets.UTF_8));
      bytes.reset();
      outputs.add(o);
    }
  }

  /** A display as nbformat's {@code display_data} output. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> displayOutput(DisplayData d) {
    JsonObject j = GSON.toJsonTree(d).getAsJsonObject();
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("output_type", "display_data");
    o.put("data", asMap(j.get("data")));
    o.put("metadata", asMap(j.get("metadata")));
    return o;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(JsonElement e) {
    return e == null || e.isJsonNull() ? Map.of() : GSON.fromJson(e, Map.class);
  }

  /** An exception as nbformat's {@code error} output: its class, message and frames. */
  static Map<String, Object> errorOutput(Throwable e) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("output_type", "error");
    o.put("ename", e.getClass().getSimpleName());
    o.put("evalue", e.getMessage() == null ? "" : e.getMessage());
    List<String> lines = new ArrayList<>();
    lines.add(e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    for (StackTraceElement f : e.getStackTrace()) {
      if (f.getClassName().startsWith("org.treatylab.widgets.") || f.getClassName().startsWith("jdk.")) {
        break; // the widget machinery below the user's frames
      }
      lines.add("    at " + f);
    }
    o.put("traceback", lines);
    return o;
  }

  /** Sends what {@code owner} writes to {@code captured}, what other threads write to {@code others}. */
  private static final class ThreadFilter extends OutputStream {
    private final Thread owner;
    private final ByteArrayOutputStream captured;
    private final OutputStream others;

    ThreadFilter(Thread owner, ByteArrayOutputStream captured, OutputStream others) {
      this.owner = owner;
      this.captured = captured;
      this.others = others;
    }

    @Override
    public void write(int b) throws java.io.IOException {
      if (Thread.currentThread() == owner) {
        synchronized (captured) {
          captured.write(b);
        }
      } else {
        others.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      if (Thread.currentThread() == owner) {
        synchronized (captured) {
          captured.write(b, off, len);
        }
      } else {
        others.write(b, off, len);
      }
    }

    @Override
    public void flush() throws java.io.IOException {
      if (Thread.currentThread() != owner) {
        others.flush();
      }
    }
  }
}
