package org.treatylab.kernel;

import java.util.List;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.messages.reply.KernelInfoReply;

/**
 * The base library's {@code kernel_info_reply} lacks the {@code status} field that the messaging
 * spec (5.x) requires of every reply, and strict clients reject it; this one has it.
 */
final class KernelInfo extends KernelInfoReply {
  @SuppressWarnings("unused") // read by the JSON serializer
  private final String status = "ok";

  KernelInfo(
      String protocolVersion,
      String implementation,
      String implementationVersion,
      LanguageInfo language,
      String banner,
      List<HelpLink> helpLinks) {
    super(protocolVersion, implementation, implementationVersion, language, banner, helpLinks);
  }
}
