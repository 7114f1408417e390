package org.treatylab.kernel.protocol;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dflib.jjava.jupyter.channels.ReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.comm.Comm;
import org.dflib.jjava.jupyter.kernel.comm.CommFactory;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.comm.CommCloseCommand;
import org.dflib.jjava.jupyter.messages.comm.CommMsgCommand;
import org.dflib.jjava.jupyter.messages.comm.CommOpenCommand;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;
import org.dflib.jjava.jupyter.messages.reply.CommInfoReply;
import org.dflib.jjava.jupyter.messages.request.CommInfoRequest;
import org.treatylab.kernel.spi.CommOpener;

/**
 * The base library's comm manager, plus what extensions with comms need ({@link CommOpener}), and a
 * clear error instead of silence for a {@code comm_msg} or {@code comm_close} on a comm id the
 * kernel does not know (the base library drops those without a word).
 */
public final class KernelCommManager extends CommManager implements CommOpener {
  @Override
  public <T extends Comm> T openComm(
      String targetName, JsonObject data, Map<String, Object> metadata, List<byte[]> buffers, CommFactory<T> factory) {
    if (iopub == null) {
      throw new IllegalStateException("the kernel is not connected to a front end yet: no comm can be opened");
    }
    String id = UUID.randomUUID().toString().replace("-", "");
    CommOpenCommand content = new CommOpenCommand(id, targetName, data);
    Message<CommOpenCommand> open =
        new Message<>(context, CommOpenCommand.MESSAGE_TYPE, content, framesOrNull(buffers), metadata);
    T comm = factory.produce(this, id, targetName, open);
    registerComm(comm); // before the message: the front end may answer at once
    iopub.sendMessage(open);
    return comm;
  }

  @Override
  public void messageComm(MessageContext parent, String commId, JsonObject data, List<byte[]> buffers) {
    if (iopub == null) {
      return;
    }
    iopub.sendMessage(
        new Message<>(parent != null ? parent : context, CommMsgCommand.MESSAGE_TYPE,
            new CommMsgCommand(commId, data), framesOrNull(buffers), null));
  }

  /**
   * The base library's socket ends a message with the content frame only when there are no buffers
   * at all: an empty list leaves the message open, and the next message's frames become its buffers.
   */
  private static List<byte[]> framesOrNull(List<byte[]> buffers) {
    return buffers == null || buffers.isEmpty() ? null : buffers;
  }

  @Override
  public void reportCommError(MessageContext about, String text) {
    if (iopub == null) {
      return;
    }
    iopub.sendMessage(
        new Message<>(about != null ? about : context, PublishStream.MESSAGE_TYPE,
            new PublishStream(PublishStream.StreamType.ERR, text.endsWith("\n") ? text : text + "\n")));
  }

  @Override
  public MessageContext currentRequest() {
    return context;
  }

  /**
   * Answers {@code comm_info_request} with the {@code status} field the messaging spec (5.x) requires
   * of every reply; the base library's reply leaves it out, and strict clients reject it.
   */
  @Override
  public void handleCommInfoRequest(ReplyEnvironment env, Message<CommInfoRequest> message) {
    env.setBusyDeferIdle();
    String target = message.getContent().getTargetName();
    Map<String, CommInfoReply.CommInfo> comms = new java.util.LinkedHashMap<>();
    for (Comm comm : this) {
      if (target == null || target.equals(comm.getTargetName())) {
        comms.put(comm.getID(), new CommInfoReply.CommInfo(comm.getTargetName()));
      }
    }
    env.reply(new CommInfoWithStatus(comms));
  }

  /** The base library's comm_info_reply plus {@code "status": "ok"}. */
  static final class CommInfoWithStatus extends CommInfoReply {
    @SuppressWarnings("unused") // serialized by the base library's Gson
    private final String status = "ok";

    CommInfoWithStatus(Map<String, CommInfo> comms) {
      super(comms);
    }
  }

  @Override
  public void handleCommMsgCommand(ReplyEnvironment env, Message<CommMsgCommand> message) {
    String id = message.getContent().getCommID();
    if (id == null || getCommByID(id) == null) {
      env.setBusyDeferIdle();
      reportCommError(message, "comm_msg for comm id '" + id + "', which this kernel does not know"
          + " (never opened, or already closed); the message was ignored. Re-run the cell that made the"
          + " widget to get a live one.");
      return;
    }
    super.handleCommMsgCommand(env, message);
  }

  @Override
  public void handleCommCloseCommand(ReplyEnvironment env, Message<CommCloseCommand> message) {
    String id = message.getContent().getCommID();
    if (id == null || getCommByID(id) == null) {
      env.setBusyDeferIdle();
      reportCommError(message, "comm_close for comm id '" + id + "', which this kernel does not know"
          + " (never opened, or already closed); nothing to close.");
      return;
    }
    super.handleCommCloseCommand(env, message);
  }
}
