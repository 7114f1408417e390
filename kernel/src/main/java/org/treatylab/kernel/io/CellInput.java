package org.treatylab.kernel.io;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.treatylab.kernel.eval.CellInterrupted;

/**
 * The kernel's {@code System.in}: while a cell runs whose request allows input, reading asks the front
 * end for a line (an {@code input_request} on the stdin channel), so {@code new Scanner(System.in)}
 * works in a notebook; otherwise it is at end of input, and a read returns at once instead of
 * blocking the kernel.
 */
public final class CellInput extends InputStream {
  private volatile ShellReplyEnvironment env;
  private byte[] line = new byte[0];
  private int next;

  /** Lets the running cell ask for input, if its request allows it. */
  public synchronized void attach(ShellReplyEnvironment env, boolean allowed) {
    this.env = allowed ? env : null;
    line = new byte[0];
    next = 0;
  }

  /** Ends the cell's input: later reads see end of input. */
  public synchronized void detach() {
    env = null;
    line = new byte[0];
    next = 0;
  }

  @Override
  public synchronized int read() {
    if (next >= line.length && !fill()) {
      return -1;
    }
    return line[next++] & 0xff;
  }

  @Override
  public synchronized int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (next >= line.length && !fill()) {
      return -1;
    }
    int n = Math.min(len, line.length - next);
    System.arraycopy(line, next, b, off, n);
    next += n;
    return n;
  }

  @Override
  public synchronized int available() {
    return line.length - next;
  }

  private static boolean isInterruption(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof InterruptedException
          || c instanceof java.nio.channels.ClosedByInterruptException
          || c instanceof java.io.InterruptedIOException
          || (c instanceof org.zeromq.ZMQException z && z.getErrorCode() == org.zeromq.ZMQ.Error.EINTR.getCode())) {
        return true;
      }
    }
    return false;
  }

  private boolean fill() {
    ShellReplyEnvironment e = env;
    if (e == null) {
      return false;
    }
    // readFromStdIn sends input_request and waits for input_reply; it ends the line with a newline
    String text;
    try {
      text = e.readFromStdIn("");
    } catch (RuntimeException failure) {
      // an interrupt wakes the wait on the stdin socket with the socket library's exception
      // (org.zeromq.ZMQException): to the cell, that is an interruption, not a socket error
      if (Thread.interrupted() || isInterruption(failure)) {
        throw CellInterrupted.whileWaiting();
      }
      throw new IllegalStateException("could not read input from the front end: " + failure, failure);
    }
    line = text.getBytes(StandardCharsets.UTF_8);
    next = 0;
    return line.length > 0;
  }
}
