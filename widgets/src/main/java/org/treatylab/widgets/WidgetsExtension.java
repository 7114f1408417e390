package org.treatylab.widgets;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.comm.Comm;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.comm.CommCloseCommand;
import org.dflib.jjava.jupyter.messages.comm.CommMsgCommand;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.treatylab.kernel.spi.CellHost;
import org.treatylab.kernel.spi.CellThread;
import org.treatylab.kernel.spi.CommOpener;

/**
 * Jupyter widgets in the kernel, found through ServiceLoader ({@code
 * META-INF/services/org.dflib.jjava.jupyter.Extension}): widgets open comms on the target {@value
 * #TARGET} with protocol version {@value #PROTOCOL_VERSION}, a widget value shows as a widget view
 * ({@value #VIEW_MIME}), the page's messages are handled on the kernel's cell-execution thread and
 * their callbacks run there as tasks ({@code org.treatylab.kernel.spi.CellThread}), and the control comm
 * ({@value #CONTROL_TARGET}) hands a reloaded page every widget's state at once. Every notebook imports
 * {@code org.treatylab.widgets.*} and {@code Widgets.interact}.
 */
public final class WidgetsExtension implements Extension {
  /** The comm target of widget models. */
  public static final String TARGET = "jupyter.widget";
  /** The comm target a front end opens to fetch every widget's state (ipywidgets 8's control comm). */
  public static final String CONTROL_TARGET = "jupyter.widget.control";
  /** The protocol version front ends require in {@code comm_open} metadata. */
  public static final String PROTOCOL_VERSION = "2.1.0";
  /** The MIME type of a widget view. */
  public static final String VIEW_MIME = "application/vnd.jupyter.widget-view+json";

  @Override
  public void install(BaseKernel kernel) {
    CommManager comms = kernel.getCommManager();
    if (!(comms instanceof CommOpener opener) || !(kernel instanceof CellThread) || !(kernel instanceof CellHost)) {
      System.err.println("widgets are off: this kernel offers no org.treatylab.kernel.spi hooks"
          + " (CommOpener, CellThread, CellHost); widgets hold values but show nothing");
      return;
    }
    CellThread cellThread = CellThread.of(kernel);
    CellHost host = CellHost.of(kernel);
    WidgetSession session =
        new WidgetSession(new KernelTransport(comms, opener), task -> cellThread.submit(task), host::captureDisplays,
            value -> kernel.getRenderer().render(value));
    WidgetSession.install(session);
    comms.registerTarget(CONTROL_TARGET, (manager, id, target, msg) -> new ControlComm(manager, id, target, session));
    register(kernel);
    kernel.evalRaw("import org.treatylab.widgets.*;");
    kernel.evalRaw("import static org.treatylab.widgets.Widgets.*;");
  }

  private static void register(BaseKernel kernel) {
    MIMEType view = MIMEType.parse(VIEW_MIME);
    kernel
        .getRenderer()
        .createRegistration(Widget.class)
        .preferring(view, MIMEType.TEXT_PLAIN)
        .register(
            (widget, ctx) -> {
              ctx.renderIfRequested(view, () -> viewData(widget));
              ctx.renderIfRequested(MIMEType.TEXT_PLAIN, widget::toString);
            });
  }

  /** The view data of {@code widget}: its model id and the protocol's major and minor version. */
  static Map<String, Object> viewData(Widget widget) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("model_id", widget.modelId());
    data.put("version_major", 2);
    data.put("version_minor", 0);
    return data;
  }

  /** The kernel's comms as the session's way to the page. */
  static final class KernelTransport implements WidgetSession.Transport {
    private final CommManager comms;
    private final CommOpener opener;

    KernelTransport(CommManager comms, CommOpener opener) {
      this.comms = comms;
      this.opener = opener;
    }

    @Override
    public String open(Widget widget, JsonObject data, List<byte[]> buffers) {
      Map<String, Object> metadata = Map.of("version", PROTOCOL_VERSION);
      WidgetComm comm =
          opener.openComm(TARGET, data, metadata, buffers, (m, id, target, msg) -> new WidgetComm(m, id, target));
      return comm.getID();
    }

    @Override
    public void send(String commId, JsonObject data, List<byte[]> buffers, Object parent) {
      opener.messageComm(parent instanceof MessageContext p ? p : null, commId, data, buffers);
    }

    @Override
    public void close(String commId) {
      Comm comm = comms.getCommByID(commId);
      if (comm != null) {
        comm.close();
      }
    }

    @Override
    public void reportError(Object parent, String text) {
      opener.reportCommError(parent instanceof MessageContext p ? p : null, text);
    }

    @Override
    public String currentCell() {
      if (!(opener.currentRequest() instanceof Message<?> m) || !(m.getContent() instanceof ExecuteRequest r)) {
        return null;
      }
      // front ends that number cells (JupyterLab, Notebook 7, VS Code) send its id; else the code is the cell
      Object cellId = m.getMetadata() == null ? null : m.getMetadata().get("cellId");
      return cellId != null ? "id:" + cellId : "code:" + r.getCode();
    }

    @Override
    public Object currentRequest() {
      return opener.currentRequest();
    }
  }

  /** A widget model's comm: hands the page's messages to the session. */
  static final class WidgetComm extends Comm {
    WidgetComm(CommManager manager, String id, String target) {
      super(manager, id, target);
    }

    @Override
    protected void onMessage(Message<CommMsgCommand> message) {
      WidgetSession.current().receive(getID(), message.getContent().getData(), message.getBlobs(), message);
    }

    @Override
    protected void onClose(Message<CommCloseCommand> message, boolean sending) {
      if (!sending) {
        WidgetSession.current().closedByPage(getID());
      }
    }
  }

  /** The control comm a front end opens: {@code request_states} gets every open widget's state. */
  static final class ControlComm extends Comm {
    private final WidgetSession session;

    ControlComm(CommManager manager, String id, String target, WidgetSession session) {
      super(manager, id, target);
      this.session = session;
    }

    @Override
    protected void onMessage(Message<CommMsgCommand> message) {
      JsonObject data = message.getContent().getData();
      JsonElement method = data == null ? null : data.get("method");
      if (method == null || !method.isJsonPrimitive() || !"request_states".equals(method.getAsString())) {
        session.reportControlError(message, "the widget control comm takes {\"method\": \"request_states\"}, not " + data);
        return;
      }
      session.sendAllStates(getID(), message);
    }

    @Override
    protected void onClose(Message<CommCloseCommand> message, boolean sending) {}
  }
}
