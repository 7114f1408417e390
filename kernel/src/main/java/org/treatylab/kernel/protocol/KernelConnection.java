package org.treatylab.kernel.protocol;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

/**
 * The kernel's sockets: the base library's heartbeat, IOPub and stdin channels, with
 * {@link PromptShellChannel}s for shell and control.
 */
public final class KernelConnection extends JupyterConnection {
  private final KernelConnectionProperties props;
  private final ZMQ.Context context = ZMQ.context(1);
  private final PromptShellChannel promptShell;
  private final PromptShellChannel promptControl;
  private volatile boolean closed;

  public KernelConnection(KernelConnectionProperties props)
      throws NoSuchAlgorithmException, InvalidKeyException {
    super(props);
    this.props = props;
    this.promptShell = new PromptShellChannel(context, props.createHMACGenerator(), false, this);
    this.promptControl = new PromptShellChannel(context, props.createHMACGenerator(), true, this);
  }

  @Override
  public void connect() {
    heartbeat.bind(props);
    iopub.bind(props);
    stdin.bind(props);
    promptControl.bind(props);
    promptShell.bind(props);
    iopub.sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    promptShell.close();
    promptControl.close();
    super.close();
    context.close();
  }

  @Override
  public void waitUntilClose() {
    promptShell.waitUntilClose();
    promptControl.waitUntilClose();
  }
}
