package org.treatylab.kernel.protocol;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.zeromq.ZMQ;

/**
 * A shell or control channel that answers at once and survives bad messages. The base library's
 * channel polls, then sleeps 50 ms when idle (up to 50 ms added to every request), and a message with
 * a wrong signature kills its thread, after which the kernel no longer answers. This one blocks in
 * {@code poll} until a message arrives, and drops a message whose signature is wrong (logging it).
 */
public final class PromptShellChannel extends ShellChannel {
  private static final Logger LOG = Logger.getLogger(PromptShellChannel.class.getName());
  private static final AtomicInteger IDS = new AtomicInteger();
  private static final long POLL_MS = 200;

  private final boolean control;
  private final JupyterConnection connection;
  private volatile Thread loop;
  private volatile boolean running;

  public PromptShellChannel(
      ZMQ.Context context, HMACGenerator hmac, boolean control, JupyterConnection connection) {
    super(context, hmac, control, connection);
    this.control = control;
    this.connection = connection;
  }

  @Override
  public void bind(KernelConnectionProperties props) {
    int port = control ? props.getControlPort() : props.getShellPort();
    bind(formatAddress(props.getTransport(), props.getIp(), port));
    ZMQ.Poller poller = ctx.poller(1);
    poller.register(this, ZMQ.Poller.POLLIN);
    running = true;
    loop = new Thread(() -> serve(poller), (control ? "control-" : "shell-") + IDS.getAndIncrement());
    loop.start();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void serve(ZMQ.Poller poller) {
    while (running) {
      Message<?> message;
      try {
        if (poller.poll(POLL_MS) <= 0) {
          continue;
        }
        message = readMessage();
      } catch (SecurityException e) {
        LOG.warning("dropped a message with a wrong signature on the " + (control ? "control" : "shell") + " channel");
        continue;
      } catch (Throwable t) {
        if (!running) {
          return;
        }
        LOG.warning("could not read a message: " + t);
        continue;
      }
      if (message == null) {
        continue;
      }
      if (control && message.getHeader().getType() == ExecuteRequest.MESSAGE_TYPE) {
        refuseCodeOnControl(message);
        continue;
      }
      ShellHandler handler = connection.getHandler(message.getHeader().getType());
      if (handler == null) {
        LOG.fine("no handler for " + message.getHeader().getType().getName());
        continue;
      }
      ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
      try {
        handler.handle(env, message);
      } catch (Throwable t) {
        LOG.warning("error handling " + message.getHeader().getType().getName() + ": " + t);
      } finally {
        try {
          env.resolveDeferrals();
        } catch (Throwable t) {
          LOG.warning("could not send a reply: " + t);
        }
      }
      if (env.isMarkedForShutdown()) {
        connection.close();
        return;
      }
    }
  }

  /**
   * The control channel is for interrupts and shutdown: code run there would block them (an
   * interrupt waits behind the cell it should stop). The request gets an error reply instead.
   */
  private void refuseCodeOnControl(Message<?> message) {
    ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
    try {
      env.setBusyDeferIdle();
      String msg =
          "execute_request on the control channel is refused: code runs on the shell channel only,"
              + " so that interrupts and shutdown on the control channel are never blocked by a cell";
      env.replyError(ExecuteReply.MESSAGE_TYPE.error(), new ErrorReply("ControlChannelRefused", msg, List.of(msg)));
    } catch (Throwable t) {
      LOG.warning("could not refuse an execute_request on the control channel: " + t);
    } finally {
      try {
        env.resolveDeferrals();
      } catch (Throwable t) {
        LOG.warning("could not send a reply: " + t);
      }
    }
  }

  @Override
  public void close() {
    running = false;
    super.close();
  }

  @Override
  public void waitUntilClose() {
    Thread t = loop;
    if (t != null && t != Thread.currentThread()) {
      try {
        t.join();
      } catch (InterruptedException ignored) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
