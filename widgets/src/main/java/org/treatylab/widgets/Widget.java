package org.treatylab.widgets;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.treatylab.widgets.model.References;

/**
 * A Jupyter widget model held by the kernel: its state (every trait of its {@link ModelSpec}), its
 * observers, and its comm to the page (Jupyter widget protocol 2.1.0). The comm opens the first time
 * the widget is shown or referenced, with the whole state; later changes travel as {@code update}
 * messages. Every value, from Java or from the page, is checked against the trait's type, nullability
 * and allowed values, and against the control's own rules ({@link #check}).
 */
public abstract class Widget {
  /** Prefix of a reference to another widget in the protocol's JSON. */
  static final String REF = "IPY_MODEL_";

  private final ModelSpec spec;
  private final WidgetSession session;
  private final Map<String, Object> state = new LinkedHashMap<>();
  private final Map<String, List<Consumer<Change>>> observers = new LinkedHashMap<>();
  private final List<Consumer<JsonObject>> customHandlers = new CopyOnWriteArrayList<>();
  private volatile String id;
  private volatile boolean closed;

  /** Makes a widget with the schema's defaults in the current {@link WidgetSession}; opens no comm yet. */
  protected Widget(ModelSpec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.session = WidgetSession.current();
    for (TraitSpec t : spec.traits().values()) {
      Object value = t.defaultValue();
      if (t.kind() == TraitSpec.Kind.REFERENCE && value == null && !t.allowNone() && !t.widget().isEmpty()) {
        value = References.create(t.widget()); // the schema's "reference to new instance"
      }
      state.put(t.name(), value);
    }
  }

  /** The model this widget is an instance of. */
  public final ModelSpec spec() {
    return spec;
  }

  /** The session the widget belongs to. */
  final WidgetSession session() {
    return session;
  }

  /**
   * The model id the page knows this widget by (its comm id); opens the comm if it is not open yet.
   *
   * @throws IllegalStateException if the widget was closed
   */
  public final String modelId() {
    ensureOpen();
    return id;
  }

  /** True once the comm is open. */
  public final boolean isOpen() {
    return id != null && !closed;
  }

  /** True once the widget is closed (by {@link #close()}, or by the page). */
  public final boolean isClosed() {
    return closed;
  }

  final String idOrNull() {
    return id;
  }

  /** Opens the comm with the whole state, the referenced widgets first. */
  final void ensureOpen() {
    if (closed) {
      throw new IllegalStateException(
          describe() + " is closed; make a new one (a closed widget cannot be shown or changed)");
    }
    if (id != null) {
      return;
    }
    synchronized (this) {
      if (id != null) {
        return;
      }
      for (Object v : snapshot().values()) {
        openReferenced(v);
      }
      Buffers out = new Buffers();
      JsonObject jsonState = stateJson(snapshot(), out);
      id = session.open(this, jsonState, out);
    }
  }

  private static void openReferenced(Object v) {
    if (v instanceof Widget w) {
      w.ensureOpen();
    } else if (v instanceof List<?> list) {
      list.forEach(Widget::openReferenced);
    }
  }

  /** Closes the comm (the page removes the widget's views) and drops the observers. */
  public final void close() {
    if (closed) {
      return;
    }
    closed = true;
    synchronized (observers) {
      observers.clear();
    }
    customHandlers.clear();
    if (id != null) {
      session.close(this);
    }
  }

  /** Called when the page closed the comm. */
  final void closedByPage() {
    closed = true;
    synchronized (observers) {
      observers.clear();
    }
    customHandlers.clear();
  }

  // ---- traits ------------------------------------------------------------------------------------

  /**
   * The value of the trait {@code name} (a {@link Long}, {@link Double}, {@link Boolean}, {@link
   * String}, {@link List}, {@link Map} or {@link Widget}; see {@link TraitSpec}).
   *
   * @throws IllegalArgumentException for a name the model has no trait of
   */
  public final synchronized Object getTrait(String name) {
    traitSpec(name);
    return state.get(name);
  }

  /** A copy of the whole state, in the schema's order. */
  public final synchronized Map<String, Object> snapshot() {
    return new LinkedHashMap<>(state);
  }

  protected final int intTrait(String name) {
    return ((Number) getTrait(name)).intValue();
  }

  protected final Integer nullableIntTrait(String name) {
    Object v = getTrait(name);
    return v == null ? null : ((Number) v).intValue();
  }

  protected final double doubleTrait(String name) {
    return ((Number) getTrait(name)).doubleValue();
  }

  protected final Double nullableDoubleTrait(String name) {
    Object v = getTrait(name);
    return v == null ? null : ((Number) v).doubleValue();
  }

  protected final Widget referenceTrait(String name) {
    return (Widget) getTrait(name);
  }

  /**
   * Sets the trait {@code name} from code: checks the value, keeps it, tells the page (if the comm is
   * open) and calls the trait's observers.
   *
   * @throws IllegalArgumentException when the value is not one the trait can hold, naming the trait,
   *     the value and what it may be
   */
  public final void setTrait(String name, Object value) {
    TraitSpec t = traitSpec(name);
    Object v = coerce(t, value);
    Map<String, Object> view;
    synchronized (this) {
      view = new LinkedHashMap<>(state);
    }
    view.put(name, v);
    String problem = check(name, v, view);
    if (problem != null) {
      throw new IllegalArgumentException(describe() + ": " + problem);
    }
    Object old;
    synchronized (this) {
      old = state.put(name, v);
    }
    if (Objects.equals(old, v)) {
      return;
    }
    if (isOpen()) {
      openReferenced(v);
      Buffers out = new Buffers();
      JsonObject delta = new JsonObject();
      delta.add(name, toJson(v, List.of(name), out));
      session.sendUpdate(this, delta, out, null);
    }
    fire(new Change(this, name, old, v, false));
  }

  /** Sets several traits from code, with one check across them (e.g. {@code min}, {@code max} and {@code value} together). */
  public final void setTraits(Map<String, ?> values) {
    Map<String, Object> coerced = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : values.entrySet()) {
      coerced.put(e.getKey(), coerce(traitSpec(e.getKey()), e.getValue()));
    }
    Map<String, Object> view;
    synchronized (this) {
      view = new LinkedHashMap<>(state);
    }
    view.putAll(coerced);
    for (Map.Entry<String, Object> e : coerced.entrySet()) {
      String problem = check(e.getKey(), e.getValue(), view);
      if (problem != null) {
        throw new IllegalArgumentException(describe() + ": " + problem);
      }
    }
    Map<String, Object> old = new LinkedHashMap<>();
    synchronized (this) {
      for (Map.Entry<String, Object> e : coerced.entrySet()) {
        old.put(e.getKey(), state.put(e.getKey(), e.getValue()));
      }
    }
    if (isOpen()) {
      Buffers out = new Buffers();
      JsonObject delta = new JsonObject();
      for (Map.Entry<String, Object> e : coerced.entrySet()) {
        openReferenced(e.getValue());
        delta.add(e.getKey(), toJson(e.getValue(), List.of(e.getKey()), out));
      }
      session.sendUpdate(this, delta, out, null);
    }
    for (Map.Entry<String, Object> e : coerced.entrySet()) {
      if (!Objects.equals(old.get(e.getKey()), e.getValue())) {
        fire(new Change(this, e.getKey(), old.get(e.getKey()), e.getValue(), false));
      }
    }
  }

  /**
   * The control's own rule for a new value, beyond the trait's type (a slider's value between its
   * min and max). Returns null when the value is fine, else a sentence naming the trait, the value
   * and the fix.
   *
   * @param trait the trait being set
   * @param value the new value, already of the trait's type
   * @param after the whole state as it would be after the change
   */
  protected String check(String trait, Object value, Map<String, Object> after) {
    return null;
  }

  /** Applies changes the page made (already checked): keeps them and calls the observers. */
  final void applyFromPage(Map<String, Object> changes) {
    List<Change> fired = new ArrayList<>();
    synchronized (this) {
      for (Map.Entry<String, Object> e : changes.entrySet()) {
        Object old = state.put(e.getKey(), e.getValue());
        if (!Objects.equals(old, e.getValue())) {
          fired.add(new Change(this, e.getKey(), old, e.getValue(), true));
        }
      }
    }
    for (Change c : fired) {
      fire(c);
    }
  }

  TraitSpec traitSpec(String name) {
    TraitSpec t = spec.trait(name);
    if (t == null) {
      throw new IllegalArgumentException(
          describe() + " has no trait '" + name + "'; its traits are " + String.join(", ", publicTraits()));
    }
    return t;
  }

  private List<String> publicTraits() {
    List<String> names = new ArrayList<>();
    for (String n : spec.traits().keySet()) {
      if (!n.startsWith("_")) {
        names.add(n);
      }
    }
    return names;
  }

  // ---- observers and custom messages ------------------------------------------------------------

  /**
   * Calls {@code observer} after every change of the trait {@code trait}, whether code or the page
   * made it. Changes from the page reach observers in the order the page sent them, serialized with
   * cells; a burst of changes may reach them as one change to the latest value.
   *
   * @return a handle that removes the observer when run
   * @throws IllegalArgumentException for a trait the model does not have
   */
  public final Runnable observe(String trait, Consumer<Change> observer) {
    traitSpec(trait);
    Objects.requireNonNull(observer, "observer");
    synchronized (observers) {
      observers.computeIfAbsent(trait, k -> new CopyOnWriteArrayList<>()).add(observer);
    }
    return () -> {
      synchronized (observers) {
        List<Consumer<Change>> list = observers.get(trait);
        if (list != null) {
          list.remove(observer);
        }
      }
    };
  }

  private void fire(Change change) {
    List<Consumer<Change>> list;
    synchronized (observers) {
      List<Consumer<Change>> l = observers.get(change.trait());
      list = l == null ? List.of() : new ArrayList<>(l);
    }
    for (Consumer<Change> o : list) {
      try {
        o.accept(change);
      } catch (RuntimeException e) {
        if (!change.fromPage()) {
          throw e; // code changed the value: its cell shows the error
        }
        session.reportCallbackError(this, change.trait(), e);
      }
    }
  }

  /** Calls {@code handler} with the content of every {@code custom} message the page sends (a button's click). */
  public final void onCustom(Consumer<JsonObject> handler) {
    customHandlers.add(Objects.requireNonNull(handler, "handler"));
  }

  final void receiveCustom(JsonObject content) {
    for (Consumer<JsonObject> h : customHandlers) {
      try {
        h.accept(content);
      } catch (RuntimeException e) {
        session.reportCallbackError(this, "custom message", e);
      }
    }
  }

  /** Sends a {@code custom} message with {@code content} to the page's views of this widget. */
  public final void sendCustom(JsonObject content) {
    ensureOpen();
    session.sendCustom(this, content);
  }

  // ---- JSON --------------------------------------------------------------------------------------

  /** Binary buffers taken out of a state, with their paths (the protocol's {@code buffer_paths}). */
  static final class Buffers {
    final List<List<Object>> paths = new ArrayList<>();
    final List<byte[]> buffers = new ArrayList<>();

    JsonArray pathsJson() {
      JsonArray all = new JsonArray();
      for (List<Object> p : paths) {
        JsonArray one = new JsonArray();
        for (Object k : p) {
          one.add(k instanceof Integer i ? new JsonPrimitive(i) : new JsonPrimitive(k.toString()));
        }
        all.add(one);
      }
      return all;
    }
  }

  static JsonObject stateJson(Map<String, Object> values, Buffers out) {
    JsonObject o = new JsonObject();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      o.add(e.getKey(), toJson(e.getValue(), List.of(e.getKey()), out));
    }
    return o;
  }

  static JsonElement toJson(Object v, List<Object> path, Buffers out) {
    if (v == null) {
      return JsonNull.INSTANCE;
    }
    if (v instanceof Widget w) {
      return new JsonPrimitive(REF + w.modelId());
    }
    if (v instanceof byte[] bytes) {
      out.paths.add(path);
      out.buffers.add(bytes);
      return JsonNull.INSTANCE; // the buffer takes this place on the page
    }
    if (v instanceof String s) {
      return new JsonPrimitive(s);
    }
    if (v instanceof Boolean b) {
      return new JsonPrimitive(b);
    }
    if (v instanceof Number n) {
      return new JsonPrimitive(n);
    }
    if (v instanceof JsonElement j) {
      return j;
    }
    if (v instanceof List<?> list) {
      JsonArray a = new JsonArray();
      for (int i = 0; i < list.size(); i++) {
        List<Object> p = new ArrayList<>(path);
        p.add(i);
        a.add(toJson(list.get(i), p, out));
      }
      return a;
    }
    if (v instanceof Map<?, ?> map) {
      JsonObject o = new JsonObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        List<Object> p = new ArrayList<>(path);
        p.add(String.valueOf(e.getKey()));
        o.add(String.valueOf(e.getKey()), toJson(e.getValue(), p, out));
      }
      return o;
    }
    throw new IllegalArgumentException("a widget trait cannot hold a " + v.getClass().getName() + " (" + v + ")");
  }

  /**
   * Converts a Java value to the trait's value type, or throws naming what the trait takes.
   */
  final Object coerce(TraitSpec t, Object value) {
    if (value == null) {
      if (t.allowNone()) {
        return null;
      }
      throw new IllegalArgumentException(describe() + ": " + t.name() + " may not be null; give " + kindText(t));
    }
    Object v = switch (t.kind()) {
      case INT -> value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
          ? (Object) ((Number) value).longValue() : null;
      case FLOAT -> value instanceof Number n ? (Object) n.doubleValue() : null;
      case BOOL -> value instanceof Boolean ? value : null;
      case STRING -> value instanceof String ? value : null;
      case ARRAY -> value instanceof List<?> l ? coerceItems(t, l) : value instanceof Object[] arr ? coerceItems(t, List.of(arr)) : null;
      case OBJECT -> value instanceof Map<?, ?> ? value : null;
      case REFERENCE -> value instanceof Widget ? value : null;
      case ANY -> value;
    };
    if (v == null) {
      throw new IllegalArgumentException(describe() + ": " + t.name() + " takes " + kindText(t) + ", not "
          + value.getClass().getSimpleName() + " " + shortText(value));
    }
    if (!t.allowed().isEmpty() && !t.allowed().contains(v)) {
      throw new IllegalArgumentException(describe() + ": " + t.name() + " may be one of "
          + String.join(", ", t.allowed().stream().map(s -> "\"" + s + "\"").toList()) + ", not \"" + v + "\"");
    }
    return v;
  }

  private List<Object> coerceItems(TraitSpec t, List<?> items) {
    List<Object> out = new ArrayList<>();
    for (Object item : items) {
      Object c = switch (t.itemKind()) {
        case REFERENCE -> item instanceof Widget ? item : null;
        case STRING -> item instanceof String ? item : null;
        case OBJECT -> item instanceof Map<?, ?> ? item : null;
        default -> item instanceof Integer || item instanceof Long ? (Object) ((Number) item).longValue()
            : item instanceof Number n ? (Object) n.doubleValue() : item;
      };
      if (c == null) {
        throw new IllegalArgumentException(describe() + ": the items of " + t.name() + " are "
            + t.itemKind().name().toLowerCase(Locale.ROOT) + (t.itemKind() == TraitSpec.Kind.REFERENCE ? " (widgets)" : "")
            + ", not " + (item == null ? "null" : item.getClass().getSimpleName() + " " + shortText(item)));
      }
      out.add(c);
    }
    return Collections.unmodifiableList(out);
  }

  /** Converts a value the page sent to the trait's value type; throws naming what the trait takes. */
  final Object fromJson(TraitSpec t, JsonElement j, Function<String, Widget> widgets) {
    if (j == null || j.isJsonNull()) {
      return coerce(t, null);
    }
    Object raw = switch (t.kind()) {
      case INT -> j.isJsonPrimitive() && j.getAsJsonPrimitive().isNumber() && isIntegral(j) ? (Object) j.getAsLong() : null;
      case FLOAT -> j.isJsonPrimitive() && j.getAsJsonPrimitive().isNumber() ? (Object) j.getAsDouble() : null;
      case BOOL -> j.isJsonPrimitive() && j.getAsJsonPrimitive().isBoolean() ? (Object) j.getAsBoolean() : null;
      case STRING -> j.isJsonPrimitive() && j.getAsJsonPrimitive().isString() ? j.getAsString() : null;
      case ARRAY -> j.isJsonArray() ? arrayFromJson(t, j.getAsJsonArray(), widgets) : null;
      case OBJECT -> j.isJsonObject() ? new com.google.gson.Gson().fromJson(j, Map.class) : null;
      case REFERENCE -> j.isJsonPrimitive() && j.getAsString().startsWith(REF) ? widgets.apply(j.getAsString().substring(REF.length())) : null;
      case ANY -> j;
    };
    if (raw == null) {
      throw new IllegalArgumentException(t.name() + " takes " + kindText(t) + ", not " + shortText(j));
    }
    return coerce(t, raw);
  }

  private List<Object> arrayFromJson(TraitSpec t, JsonArray a, Function<String, Widget> widgets) {
    List<Object> out = new ArrayList<>();
    for (JsonElement e : a) {
      if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
        out.add(isIntegral(e) && t.itemKind() != TraitSpec.Kind.FLOAT ? (Object) e.getAsLong() : (Object) e.getAsDouble());
      } else if (e.isJsonPrimitive() && e.getAsString().startsWith(REF) && t.itemKind() == TraitSpec.Kind.REFERENCE) {
        Widget w = widgets.apply(e.getAsString().substring(REF.length()));
        if (w == null) {
          throw new IllegalArgumentException(t.name() + " names a widget the kernel does not know: " + e);
        }
        out.add(w);
      } else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
        out.add(e.getAsString());
      } else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean()) {
        out.add(e.getAsBoolean());
      } else if (e.isJsonObject()) {
        out.add(new com.google.gson.Gson().fromJson(e, Map.class));
      } else {
        throw new IllegalArgumentException("the items of " + t.name() + " cannot be " + shortText(e));
      }
    }
    return out;
  }

  private static boolean isIntegral(JsonElement j) {
    double d = j.getAsDouble();
    return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.0e15;
  }

  private static String kindText(TraitSpec t) {
    return switch (t.kind()) {
      case INT -> "a whole number";
      case FLOAT -> "a number";
      case BOOL -> "true or false";
      case STRING -> "a string";
      case ARRAY -> "a list";
      case OBJECT -> "a map";
      case REFERENCE -> "a widget";
      case ANY -> "any value";
    } + (t.allowNone() ? " or null" : "");
  }

  private static String shortText(Object v) {
    String s = String.valueOf(v);
    return s.length() > 60 ? s.substring(0, 57) + "…" : s;
  }

  /** {@code IntSlider 'cost per mine'}: how messages name this widget. */
  public String describe() {
    Object d = state.get("description");
    String name = getClass().getSimpleName();
    return d instanceof String s && !s.isEmpty() ? name + " '" + s + "'" : name;
  }

  /** A stable text of the widget for headless runs: its class, description and value, no ids. */
  @Override
  public String toString() {
    Map<String, Object> s = snapshot();
    StringBuilder b = new StringBuilder(getClass().getSimpleName()).append('(');
    List<String> parts = new ArrayList<>();
    if (s.get("description") instanceof String d && !d.isEmpty()) {
      parts.add("description=\"" + d + "\"");
    }
    if (s.containsKey("value")) {
      Object v = s.get("value");
      parts.add("value=" + (v instanceof String str ? "\"" + str + "\"" : String.valueOf(v)));
    }
    if (s.get("children") instanceof List<?> children) {
      parts.add(children.size() + " children");
    }
    b.append(String.join(", ", parts)).append(')');
    return b.toString();
  }
}
