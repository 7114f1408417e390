package org.treatylab.widgets;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * The kernel's widgets and their traffic with the page: opens comms, sends updates, and takes the
 * page's messages ({@code update}, {@code request_state}, {@code custom}). A change from the page is
 * checked and echoed at once ({@code echo_update}, or an error and the kept value); it reaches the
 * widget and its observers later, as a task on the kernel's cell-execution thread ({@code
 * org.treatylab.kernel.spi.CellThread}, in order with cells), merged with the changes that arrived
 * meanwhile (the kernel queues comm messages on that thread without waiting for each), so that a burst of slider moves costs one run of
 * the callbacks for the latest value, not one per move.
 */
public final class WidgetSession {
  /** How the session reaches the page; the kernel's comms, or nothing (headless Java). */
  public interface Transport {
    /** Opens the widget's comm with its state; returns the comm id. */
    String open(Widget widget, JsonObject data, List<byte[]> buffers);

    /** Sends {@code data} on the comm, as a reply to {@code parent} (null: the current request). */
    void send(String commId, JsonObject data, List<byte[]> buffers, Object parent);

    /** Closes the comm. */
    void close(String commId);

    /** Shows a problem with the page's message {@code parent} (null: the current request) to the person. */
    void reportError(Object parent, String text);

    /** A key of the cell running now (its id or its code), or null when unknown. */
    default String currentCell() {
      return null;
    }

    /** The request running now, or null. */
    default Object currentRequest() {
      return null;
    }
  }

  /** No page: widgets hold values and call observers, nothing is sent (plain Java, tests). */
  public static final Transport DETACHED =
      new Transport() {
        private final AtomicLong ids = new AtomicLong();

        @Override
        public String open(Widget widget, JsonObject data, List<byte[]> buffers) {
          return "detached-" + ids.incrementAndGet();
        }

        @Override
        public void send(String commId, JsonObject data, List<byte[]> buffers, Object parent) {}

        @Override
        public void close(String commId) {}

        @Override
        public void reportError(Object parent, String text) {
          System.err.println(text);
        }
      };

  private static volatile WidgetSession current = new WidgetSession(DETACHED, Runnable::run, null, null);

  private final Transport transport;
  private final Executor cellTasks;
  private final Function<Consumer<DisplayData>, AutoCloseable> displayCapture;
  private final Function<Object, DisplayData> renderer;
  private final Map<String, Widget> widgets = new ConcurrentHashMap<>();
  /** Changes from the page waiting for the next task, per widget in the order they came. */
  private final Map<Widget, Map<String, Object>> pending = new LinkedHashMap<>();
  private final List<Map.Entry<Widget, JsonObject>> pendingCustom = new ArrayList<>();
  private boolean drainScheduled;
  /** Per cell (its id or code), the request that last made widgets and the widgets it made. */
  private final Map<String, Object> cellRequest = new ConcurrentHashMap<>();
  private final Map<String, List<Widget>> cellWidgets = new ConcurrentHashMap<>();
  private final AtomicLong updatesReceived = new AtomicLong();
  private final AtomicLong updatesApplied = new AtomicLong();

  /**
   * @param transport how to reach the page
   * @param cellTasks runs the page's changes serialized with cells
   * @param displayCapture sends the current thread's displays to a sink until closed (null: none)
   * @param renderer renders a value as rich output (null: its text)
   */
  public WidgetSession(Transport transport, Executor cellTasks,
      Function<Consumer<DisplayData>, AutoCloseable> displayCapture, Function<Object, DisplayData> renderer) {
    this.transport = transport;
    this.cellTasks = cellTasks;
    this.displayCapture = displayCapture;
    this.renderer = renderer;
  }

  /** The session new widgets join. */
  public static WidgetSession current() {
    return current;
  }

  /** Makes {@code session} the one new widgets join (the kernel extension does, once). */
  public static void install(WidgetSession session) {
    current = session;
  }

  /** The open widget with comm id {@code id}, or null. */
  public Widget widget(String id) {
    return widgets.get(id);
  }

  /** How many widgets are open. */
  public int openCount() {
    return widgets.size();
  }

  /** How many {@code update} messages came from the page, and how many runs applied them (merged). */
  public long[] updateCounts() {
    return new long[] {updatesReceived.get(), updatesApplied.get()};
  }

  // ---- to the page --------------------------------------------------------------------------------

  String open(Widget w, JsonObject state, Widget.Buffers buffers) {
    JsonObject data = new JsonObject();
    data.add("state", state);
    data.add("buffer_paths", buffers.pathsJson());
    String id = transport.open(w, data, buffers.buffers);
    widgets.put(id, w);
    String cell = transport.currentCell();
    if (cell != null) {
      Object request = transport.currentRequest();
      Object before = cellRequest.put(cell, request);
      if (before != null && before != request) {
        // the same cell run again: the widgets of its earlier run go, with their observers
        List<Widget> old = cellWidgets.remove(cell);
        if (old != null) {
          for (Widget o : old) {
            if (o != w) {
              o.close();
            }
          }
        }
      }
      cellWidgets.computeIfAbsent(cell, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(w);
    }
    return id;
  }

  void sendUpdate(Widget w, JsonObject delta, Widget.Buffers buffers, Object parent) {
    JsonObject data = new JsonObject();
    data.addProperty("method", "update");
    data.add("state", delta);
    data.add("buffer_paths", buffers.pathsJson());
    transport.send(w.idOrNull(), data, buffers.buffers, parent);
  }

  void sendCustom(Widget w, JsonObject content) {
    JsonObject data = new JsonObject();
    data.addProperty("method", "custom");
    data.add("content", content);
    transport.send(w.idOrNull(), data, List.of(), null);
  }

  void close(Widget w) {
    String id = w.idOrNull();
    if (id != null && widgets.remove(id) != null) {
      transport.close(id);
    }
  }

  /** Closes every widget of this session (their views disappear from the page). */
  public void closeAll() {
    for (Widget w : new ArrayList<>(widgets.values())) {
      w.close();
    }
  }

  void reportCallbackError(Widget w, String trait, Throwable e) {
    transport.reportError(null, "error in a callback of " + w.describe() + " (" + trait + "): " + e);
  }

  /** Renders {@code value} as the kernel would show it. */
  DisplayData render(Object value) {
    if (value instanceof DisplayData d) {
      return d;
    }
    if (renderer != null) {
      return renderer.apply(value);
    }
    return new DisplayData(String.valueOf(value));
  }

  /** Sends the current thread's displays to {@code sink} until the handle is closed. */
  AutoCloseable captureDisplays(Consumer<DisplayData> sink) {
    return displayCapture == null ? () -> {} : displayCapture.apply(sink);
  }

  // ---- from the page ------------------------------------------------------------------------------

  /**
   * Takes a {@code comm_msg} the page sent on a widget's comm. Runs on the kernel's cell-execution
   * thread (where comm handlers run): checks and answers at once, and leaves the observers to a task
   * queued behind the messages already waiting, so that a burst is applied once, at its latest value.
   *
   * @param parent the message, for replies and errors
   */
  public void receive(String commId, JsonObject data, List<byte[]> buffers, Object parent) {
    Widget w = widgets.get(commId);
    if (w == null) {
      transport.reportError(parent, "widget message for comm id '" + commId + "', which is not an open widget; ignored");
      return;
    }
    JsonElement method = data == null ? null : data.get("method");
    if (method == null || !method.isJsonPrimitive() || !method.getAsJsonPrimitive().isString()) {
      transport.reportError(parent, "widget message to " + w.describe() + " without a string 'method' (update,"
          + " request_state or custom): " + data + "; ignored");
      return;
    }
    switch (method.getAsString()) {
      case "update" -> receiveUpdate(w, data, buffers, parent);
      case "request_state" -> {
        Widget.Buffers out = new Widget.Buffers();
        sendUpdate(w, Widget.stateJson(w.snapshot(), out), out, parent);
      }
      case "custom" -> {
        JsonElement content = data.get("content");
        if (content == null || !content.isJsonObject()) {
          transport.reportError(parent, "custom message to " + w.describe() + " without an object 'content'; ignored");
          return;
        }
        synchronized (pending) {
          pendingCustom.add(Map.entry(w, content.getAsJsonObject()));
          scheduleDrain();
        }
      }
      default -> transport.reportError(parent, "widget message to " + w.describe() + " with unknown method '"
          + method.getAsString() + "' (this kernel takes update, request_state and custom); ignored");
    }
  }

  private void receiveUpdate(Widget w, JsonObject data, List<byte[]> buffers, Object parent) {
    updatesReceived.incrementAndGet();
    JsonElement stateElement = data.get("state");
    if (stateElement == null || !stateElement.isJsonObject()) {
      transport.reportError(parent, "update to " + w.describe() + " without an object 'state'; ignored");
      return;
    }
    JsonObject state = stateElement.getAsJsonObject().deepCopy();
    String bufferProblem = insertBuffers(state, data.get("buffer_paths"), buffers);
    if (bufferProblem != null) {
      transport.reportError(parent, "update to " + w.describe() + ": " + bufferProblem + "; ignored");
      return;
    }
    Map<String, Object> view;
    synchronized (pending) {
      view = w.snapshot();
      Map<String, Object> waiting = pending.get(w);
      if (waiting != null) {
        view.putAll(waiting);
      }
    }
    Map<String, Object> accepted = new LinkedHashMap<>();
    Map<String, JsonElement> acceptedJson = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (Map.Entry<String, JsonElement> e : state.entrySet()) {
      String name = e.getKey();
      TraitSpec t = w.spec().trait(name);
      if (t == null || t.isPrivate()) {
        problems.add(t == null ? "it has no trait '" + name + "'" : name + " is the protocol's, not the page's to change");
        continue;
      }
      try {
        Object v = w.fromJson(t, e.getValue(), this::widget);
        Map<String, Object> after = new LinkedHashMap<>(view);
        after.put(name, v);
        after.putAll(accepted);
        after.put(name, v);
        String problem = w.check(name, v, after);
        if (problem != null) {
          problems.add(problem);
          refused.add(name);
          continue;
        }
        accepted.put(name, v);
        acceptedJson.put(name, e.getValue());
      } catch (IllegalArgumentException ex) {
        problems.add(ex.getMessage());
        refused.add(name);
      }
    }
    if (!acceptedJson.isEmpty()) {
      JsonObject echo = new JsonObject();
      echo.addProperty("method", "echo_update");
      JsonObject s = new JsonObject();
      acceptedJson.forEach(s::add);
      echo.add("state", s);
      echo.add("buffer_paths", new JsonArray());
      transport.send(w.idOrNull(), echo, List.of(), parent);
    }
    if (!problems.isEmpty()) {
      transport.reportError(parent, "the page's change to " + w.describe() + " was refused: "
          + String.join("; ", problems) + (refused.isEmpty() ? "" : "; the widget keeps its value"));
      if (!refused.isEmpty()) {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (String name : refused) {
          kept.put(name, view.get(name));
        }
        Widget.Buffers out = new Widget.Buffers();
        sendUpdate(w, Widget.stateJson(kept, out), out, parent); // the page shows the kept value again
      }
    }
    if (!accepted.isEmpty()) {
      synchronized (pending) {
        pending.computeIfAbsent(w, k -> new LinkedHashMap<>()).putAll(accepted);
        scheduleDrain();
      }
    }
  }

  private void scheduleDrain() {
    if (!drainScheduled) {
      drainScheduled = true;
      cellTasks.execute(this::drain);
    }
  }

  /** Applies the page's waiting changes and custom messages, in the order they came; runs as a cell task. */
  void drain() {
    Map<Widget, Map<String, Object>> changes;
    List<Map.Entry<Widget, JsonObject>> customs;
    synchronized (pending) {
      changes = new LinkedHashMap<>(pending);
      customs = new ArrayList<>(pendingCustom);
      pending.clear();
      pendingCustom.clear();
      drainScheduled = false;
    }
    for (Map.Entry<Widget, Map<String, Object>> e : changes.entrySet()) {
      if (!e.getKey().isClosed()) {
        updatesApplied.incrementAndGet();
        e.getKey().applyFromPage(e.getValue());
      }
    }
    for (Map.Entry<Widget, JsonObject> c : customs) {
      if (!c.getKey().isClosed()) {
        c.getKey().receiveCustom(c.getValue());
      }
    }
  }

  /** The page closed the comm. */
  public void closedByPage(String commId) {
    Widget w = widgets.remove(commId);
    if (w != null) {
      w.closedByPage();
    }
  }

  /** Puts each binary buffer at its path in the state; returns a problem or null. */
  private static String insertBuffers(JsonObject state, JsonElement paths, List<byte[]> buffers) {
    if (paths == null || paths.isJsonNull()) {
      return null;
    }
    if (!paths.isJsonArray()) {
      return "buffer_paths is not a list";
    }
    JsonArray all = paths.getAsJsonArray();
    List<byte[]> bufs = buffers == null ? List.of() : buffers;
    if (all.size() != bufs.size()) {
      return "buffer_paths names " + all.size() + " buffers but the message carries " + bufs.size();
    }
    for (int i = 0; i < all.size(); i++) {
      JsonArray path = all.get(i).getAsJsonArray();
      JsonElement at = state;
      for (int k = 0; k < path.size() - 1; k++) {
        JsonElement key = path.get(k);
        at = at.isJsonArray() ? at.getAsJsonArray().get(key.getAsInt()) : at.getAsJsonObject().get(key.getAsString());
        if (at == null || at.isJsonNull()) {
          return "buffer path " + path + " leads nowhere";
        }
      }
      JsonArray bytes = new JsonArray();
      for (byte b : bufs.get(i)) {
        bytes.add(b & 0xff);
      }
      JsonElement last = path.get(path.size() - 1);
      if (at.isJsonArray()) {
        at.getAsJsonArray().set(last.getAsInt(), bytes);
      } else {
        at.getAsJsonObject().add(last.getAsString(), bytes);
      }
    }
    return null;
  }

  void reportControlError(Object parent, String text) {
    transport.reportError(parent, text);
  }

  /** Answers the control comm's {@code request_states}: every open widget's model and state. */
  void sendAllStates(String controlCommId, Object parent) {
    JsonObject states = new JsonObject();
    JsonObject paths = new JsonObject();
    List<byte[]> buffers = new ArrayList<>();
    for (Map.Entry<String, Widget> e : new java.util.TreeMap<>(widgets).entrySet()) {
      Widget w = e.getValue();
      Widget.Buffers out = new Widget.Buffers();
      JsonObject one = new JsonObject();
      one.addProperty("model_name", w.spec().modelName());
      one.addProperty("model_module", w.spec().modelModule());
      one.addProperty("model_module_version", w.spec().modelModuleVersion());
      one.add("state", Widget.stateJson(w.snapshot(), out));
      states.add(e.getKey(), one);
      JsonArray p = new JsonArray();
      for (int i = 0; i < out.paths.size(); i++) {
        JsonArray path = new JsonArray();
        path.add("state");
        for (Object k : out.paths.get(i)) {
          path.add(k.toString());
        }
        p.add(path);
      }
      paths.add(e.getKey(), p);
      buffers.addAll(out.buffers);
    }
    JsonObject data = new JsonObject();
    data.addProperty("method", "update_states");
    data.add("states", states);
    data.add("buffer_paths", paths);
    transport.send(controlCommId, data, buffers, parent);
  }
}
