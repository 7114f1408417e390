package org.treatylab.kernel.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dflib.jjava.jupyter.messages.reply.CommInfoReply;

/**
 * A {@code comm_info_reply} with the {@code status} field that the messaging spec (5.x) requires of
 * every reply; the base library's lacks it, as its {@code kernel_info_reply} does.
 */
public final class CommInfoWithStatus extends CommInfoReply {
  @SuppressWarnings("unused") // read by the JSON serializer
  private final String status = "ok";

  /** A reply listing {@code comms}: comm id to its target name, in the order given. */
  public CommInfoWithStatus(Map<String, CommInfoReply.CommInfo> comms) {
    super(new LinkedHashMap<>(comms));
  }
}
