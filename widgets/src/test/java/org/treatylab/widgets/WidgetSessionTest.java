package org.treatylab.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The protocol as the page sees it, through a transport that records what the kernel would send. */
class WidgetSessionTest {
  /** Records messages; tasks wait in a list until the test runs them (as the kernel would, between cells). */
  static final class Recorder implements WidgetSession.Transport {
    final List<String> sent = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<Runnable> tasks = new ArrayList<>();
    String cell = null;
    Object request = null;
    int ids;

    @Override
    public String open(Widget widget, JsonObject data, List<byte[]> buffers) {
      String id = "w" + (++ids);
      sent.add("open " + id + " " + data);
      return id;
    }

    @Override
    public void send(String commId, JsonObject data, List<byte[]> buffers, Object parent) {
      sent.add("msg " + commId + " " + data + (parent == null ? "" : " re " + parent));
    }

    @Override
    public void close(String commId) {
      sent.add("close " + commId);
    }

    @Override
    public void reportError(Object parent, String text) {
      errors.add(text);
    }

    @Override
    public String currentCell() {
      return cell;
    }

    @Override
    public Object currentRequest() {
      return request;
    }

    void runTasks() {
      List<Runnable> now = new ArrayList<>(tasks);
      tasks.clear();
      now.forEach(Runnable::run);
    }

    String last() {
      return sent.get(sent.size() - 1);
    }
  }

  Recorder page;
  WidgetSession session;

  @BeforeEach
  void install() {
    page = new Recorder();
    session = new WidgetSession(page, page.tasks::add, null, null);
    WidgetSession.install(session);
  }

  @AfterEach
  void detach() {
    WidgetSession.install(new WidgetSession(WidgetSession.DETACHED, Runnable::run, null, null));
  }

  static JsonObject json(String s) {
    return JsonParser.parseString(s).getAsJsonObject();
  }

  @Test
  void opensWithTheSchemasStateLayoutAndStyleFirst() {
    IntSlider s = new IntSlider("cost", 1, 1000, 300);
    String id = s.modelId();
    assertEquals(3, page.sent.size(), page.sent.toString()); // layout, style, slider
    assertTrue(page.sent.get(0).contains("\"_model_name\":\"LayoutModel\""));
    assertTrue(page.sent.get(1).contains("\"_model_name\":\"SliderStyleModel\""));
    String open = page.sent.get(2);
    assertTrue(open.startsWith("open " + id), open);
    assertTrue(open.contains("\"_model_module\":\"@jupyter-widgets/controls\""), open);
    assertTrue(open.contains("\"_model_module_version\":\"2.0.0\""), open);
    assertTrue(open.contains("\"value\":300") && open.contains("\"min\":1") && open.contains("\"max\":1000"), open);
    assertTrue(open.contains("\"layout\":\"IPY_MODEL_w1\"") && open.contains("\"style\":\"IPY_MODEL_w2\""), open);
    assertTrue(open.contains("\"readout_format\":\"d\"") && open.contains("\"behavior\":\"drag-tap\""), open);
    assertTrue(open.contains("\"buffer_paths\":[]"), open);
  }

  @Test
  void codeRefusesValuesOutsideTheTraitsRules() {
    IntSlider s = new IntSlider("mines", 0, 10, 5);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.value(11));
    assertTrue(e.getMessage().contains("IntSlider 'mines'") && e.getMessage().contains("11")
        && e.getMessage().contains("[0, 10]"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new IntSlider("x", 5, 1, 3));
    assertThrows(IllegalArgumentException.class, () -> s.orientation("diagonal"));
    assertThrows(IllegalArgumentException.class, () -> s.setTrait("value", "five"));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> s.observe("valeu", c -> {}));
    assertTrue(unknown.getMessage().contains("no trait 'valeu'") && unknown.getMessage().contains("value"), unknown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new FloatSlider("f", 0, 1, 0.1, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new Dropdown("d", List.of("a", "b"), "c"));
    assertThrows(IllegalArgumentException.class, () -> new IntRangeSlider("r", 0, 10, 7, 3));
    assertEquals(5, s.value());
  }

  @Test
  void pageUpdateIsEchoedAtOnceAndReachesObserversAsATask() {
    IntSlider s = new IntSlider("cost", 1, 1000, 300);
    String id = s.modelId();
    List<Object> seen = new ArrayList<>();
    s.observe("value", c -> seen.add(c.newValue()));
    session.receive(id, json("{\"method\":\"update\",\"state\":{\"value\":450},\"buffer_paths\":[]}"), List.of(), "m1");
    assertEquals("msg " + id + " {\"method\":\"echo_update\",\"state\":{\"value\":450},\"buffer_paths\":[]} re m1", page.last());
    assertEquals(300, s.value(), "applied only by the task, serialized with cells");
    page.runTasks();
    assertEquals(450, s.value());
    assertEquals(List.of(450L), seen);
  }

  @Test
  void aBurstOfMovesRunsTheObserverOnceForTheLatestValue() {
    IntSlider s = new IntSlider("cost", 1, 1000, 300);
    String id = s.modelId();
    List<Object> seen = new ArrayList<>();
    s.observe("value", c -> seen.add(c.newValue()));
    for (int v = 301; v <= 350; v++) {
      session.receive(id, json("{\"method\":\"update\",\"state\":{\"value\":" + v + "}}"), List.of(), "m" + v);
    }
    assertEquals(1, page.tasks.size());
    page.runTasks();
    assertEquals(List.of(350L), seen);
    assertEquals(50, session.updateCounts()[0]);
    assertEquals(1, session.updateCounts()[1]);
  }

  @Test
  void malformedPageMessagesGetAClearErrorAndChangeNothing() {
    IntSlider s = new IntSlider("cost", 1, 1000, 300);
    String id = s.modelId();
    session.receive(id, json("{\"method\":\"update\",\"state\":{\"value\":5000}}"), List.of(), "m1");
    assertTrue(page.errors.get(0).contains("value 5000 is outside [1, 1000]"), page.errors.toString());
    assertEquals("msg " + id + " {\"method\":\"update\",\"state\":{\"value\":300},\"buffer_paths\":[]} re m1", page.last(),
        "the page is told the kept value");
    session.receive(id, json("{\"method\":\"update\",\"state\":{\"value\":\"many\"}}"), List.of(), "m2");
    assertTrue(page.errors.get(1).contains("value takes a whole number, not \"many\""), page.errors.toString());
    session.receive(id, json("{\"method\":\"update\",\"state\":{\"value\":2.5}}"), List.of(), "m3");
    assertTrue(page.errors.get(2).contains("whole number"), page.errors.toString());
    session.receive(id, json("{\"method\":\"frobnicate\"}"), List.of(), "m4");
    assertTrue(page.errors.get(3).contains("unknown method 'frobnicate'"), page.errors.toString());
    session.receive(id, json("{\"state\":{}}"), List.of(), "m5");
    assertTrue(page.errors.get(4).contains("without a string 'method'"), page.errors.toString());
    session.receive("nope", json("{\"method\":\"update\",\"state\":{}}"), List.of(), "m6");
    assertTrue(page.errors.get(5).contains("'nope'"), page.errors.toString());
    session.receive(id, json("{\"method\":\"update\",\"state\":{\"_model_name\":\"X\"}}"), List.of(), "m7");
    assertTrue(page.errors.get(6).contains("protocol's"), page.errors.toString());
    page.runTasks();
    assertEquals(300, s.value());
  }

  @Test
  void requestStateSendsTheWholeState() {
    Checkbox c = new Checkbox("show", true);
    String id = c.modelId();
    session.receive(id, json("{\"method\":\"request_state\"}"), List.of(), "m1");
    String reply = page.last();
    assertTrue(reply.startsWith("msg " + id + " {\"method\":\"update\",\"state\":{"), reply);
    assertTrue(reply.contains("\"value\":true") && reply.contains("\"_model_name\":\"CheckboxModel\"") && reply.endsWith("re m1"), reply);
  }

  @Test
  void buttonClicksArriveAsCustomMessages() {
    List<String> clicks = new ArrayList<>();
    Button b = new Button("go").onClick(() -> clicks.add("click"));
    String id = b.modelId();
    session.receive(id, json("{\"method\":\"custom\",\"content\":{\"event\":\"click\"}}"), List.of(), "m1");
    assertTrue(clicks.isEmpty());
    page.runTasks();
    assertEquals(List.of("click"), clicks);
  }

  @Test
  void interactReplacesItsOutputOnEveryChangeAndShowsErrors() {
    IntSlider mines = new IntSlider("mines", 0, 100, 10);
    Interactive i = Widgets.interact(n -> {
      if (n == 13) {
        throw new IllegalStateException("unlucky");
      }
      return "cost " + n * 3;
    }, mines);
    assertEquals(1, i.runs());
    assertEquals(List.of(Map.of("output_type", "display_data", "data", Map.of("text/plain", "cost 30"), "metadata", Map.of())),
        i.output().outputs());
    String id = i.modelId();
    session.receive(mines.modelId(), json("{\"method\":\"update\",\"state\":{\"value\":20}}"), List.of(), "m1");
    page.runTasks();
    assertEquals(2, i.runs());
    assertEquals(1, i.output().outputs().size());
    assertTrue(i.output().outputs().toString().contains("cost 60"));
    session.receive(mines.modelId(), json("{\"method\":\"update\",\"state\":{\"value\":13}}"), List.of(), "m2");
    page.runTasks();
    Map<?, ?> error = (Map<?, ?>) i.output().outputs().get(0);
    assertEquals("error", error.get("output_type"));
    assertEquals("unlucky", error.get("evalue"));
    assertFalse(id.isEmpty());
  }

  @Test
  void reRunningACellClosesTheWidgetsItsEarlierRunMade() {
    page.cell = "code:new IntSlider()";
    page.request = "run 1";
    IntSlider first = new IntSlider("a", 0, 10, 1);
    first.modelId();
    page.request = "run 2";
    IntSlider second = new IntSlider("a", 0, 10, 1);
    second.modelId();
    assertTrue(first.isClosed());
    assertFalse(second.isClosed());
    assertNull(session.widget(((Widget) first).idOrNull()));
    assertTrue(page.sent.contains("close " + ((Widget) first).idOrNull()));
  }

  @Test
  void detachedWidgetsHoldValuesAndCallObservers() {
    detach();
    FloatSlider f = new FloatSlider("spread", 0, 1, 0.05, 0.2);
    List<Object> seen = new ArrayList<>();
    f.observe("value", c -> seen.add(c.newValue()));
    f.value(0.4);
    assertEquals(List.of(0.4), seen);
    assertEquals("FloatSlider(description=\"spread\", value=0.4)", f.toString());
  }
}
