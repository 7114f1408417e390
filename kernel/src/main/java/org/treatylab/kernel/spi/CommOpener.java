package org.treatylab.kernel.spi;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.comm.Comm;
import org.dflib.jjava.jupyter.kernel.comm.CommFactory;
import org.dflib.jjava.jupyter.messages.MessageContext;

/**
 * What the kernel's comm manager adds to the base library's {@code CommManager}, reached by {@code
 * kernel.getCommManager() instanceof CommOpener}: the base library's {@code openComm} sends an empty
 * {@code comm_open} (no data, no metadata), which widget front ends reject (they need the model's
 * state and {@code metadata.version}), and its {@code messageComm} always answers the last
 * {@code execute_request}, while a widget's {@code echo_update} must answer the {@code comm_msg} it
 * echoes.
 */
public interface CommOpener {
  /**
   * Opens a comm from the kernel side: registers the comm {@code factory} makes, then sends {@code
   * comm_open} with {@code data}, {@code metadata} and binary {@code buffers}, under the message the
   * kernel is answering now.
   */
  <T extends Comm> T openComm(
      String targetName, JsonObject data, Map<String, Object> metadata, List<byte[]> buffers, CommFactory<T> factory);

  /** Sends a {@code comm_msg} on {@code commId} as a reply to {@code parent} (null: the current request). */
  void messageComm(MessageContext parent, String commId, JsonObject data, List<byte[]> buffers);

  /**
   * Reports a problem with a comm message to the person at the front end: a {@code stream} on
   * standard error, parented to {@code about} (the offending message) so that the front end shows it
   * beside that message's cell or log.
   */
  void reportCommError(MessageContext about, String text);

  /**
   * The request the kernel is answering now (the running or last {@code execute_request}), or null
   * before the first: its metadata and code tell which cell made a widget, so that widgets a re-run
   * cell made before can be closed.
   */
  MessageContext currentRequest();
}
