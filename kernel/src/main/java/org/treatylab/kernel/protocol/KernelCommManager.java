package org.treatylab.kernel.protocol;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
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
import org.treatylab.kernel.spi.CommOpener;

/**
 * The base library's comm manager, plus what extensions with comms need ({@link CommOpener}), and a
 * clear error instead of silence for a {@code comm_msg} or {@code comm_close} on a comm id the
 * kernel does not know (the base library drops those without a word).
 */
public final class KernelCommManager extends CommManager implements CommOpener {
  /**
   * Comms this kernel opens are numbered, not given random UUIDs: a widget's model id is its comm id,
   * and an executed notebook stores model ids in its outputs and metadata, so two runs of the same
   * notebook must give the same ids (the reproduce check compares text outputs).
   */
  private final AtomicLong opened = new AtomicLong();

  @Override
  public <T extends Comm> T openComm(
      String targetName, JsonObject data, Map<String, Object> metadata, List<byte[]> buffers, CommFactory<T> factory) {
    if (iopub == null) {
      throw new IllegalStateException("the kernel is not connected to a front end yet: no comm can be opened");
    }
    String id = nextCommId();
    CommOpenCommand content = new CommOpenCommand(id, targetName, data);
    Message<CommOpenCommand> open =
        new Message<>(context, CommOpenCommand.MESSAGE_TYPE, content, framesOrNull(buffers), metadata);
    T comm = factory.produce(this, id, targetName, open);
    registerComm(comm); // before the message: the front end may answer at once
    iopub.sendMessage(open);
    return comm;
  }

  /** The base library's kernel-side open, with an id from this kernel's counter ({@link #nextCommId()}). */
  @Override
  public <T extends Comm> T openComm(String targetName, CommFactory<T> factory) {
    return openComm(targetName, new JsonObject(), null, null, factory);
  }

  /**
   * The id of the next comm this kernel opens: 32 hex digits like a UUID's (front ends' own comm ids
   * are random UUIDs, version 4, which never look like this), from a counter that starts again with each
   * kernel.
   */
  String nextCommId() {
    return String.format(Locale.ROOT, "%032x", opened.incrementAndGet());
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
