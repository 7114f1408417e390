package org.treatylab.kernel.io;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;

/**
 * The kernel's {@code System.out} and {@code System.err}. Text is batched and sent to the IOPub
 * channel every few milliseconds, not once per line: a cell printing 200,000 lines costs a few
 * hundred messages, not 200,000. Output goes to the cell that is running, or after it ends to the
 * last cell that ran, so that text printed by a background thread is not lost. Each cell may print up
 * to a limit; the rest is counted and reported, so a runaway print cannot flood the notebook.
 */
public final class StreamPublisher {
  private static final int FLUSH_BYTES = 256 * 1024;
  private static final long FLUSH_INTERVAL_MS = 15;

  private final JupyterSocket iopub;
  private final long limitBytes;
  private final Stream out = new Stream(PublishStream.StreamType.OUT);
  private final Stream err = new Stream(PublishStream.StreamType.ERR);
  private volatile MessageContext parent;
  private long cellBytes;
  private long droppedBytes;

  /**
   * Creates the publisher and starts its flushing thread.
   *
   * @param iopub the IOPub socket to send stream messages on
   * @param limitBytes how many bytes one cell may print before the rest is dropped and counted
   */
  public StreamPublisher(JupyterSocket iopub, long limitBytes) {
    this.iopub = iopub;
    this.limitBytes = limitBytes;
    Thread flusher =
        new Thread(
            () -> {
              while (true) {
                try {
                  Thread.sleep(FLUSH_INTERVAL_MS);
                  flush();
                } catch (InterruptedException e) {
                  return;
                } catch (Throwable t) {
                  // never let the flusher die: an OutOfMemoryError in a cell may reach it too
                }
              }
            },
            "stream-flusher");
    flusher.setDaemon(true);
    flusher.start();
  }

  /** Returns a print stream for standard output. */
  public PrintStream stdout() {
    return new PrintStream(out, false, StandardCharsets.UTF_8);
  }

  /** Returns a print stream for standard error. */
  public PrintStream stderr() {
    return new PrintStream(err, false, StandardCharsets.UTF_8);
  }

  /** Sends output from now on as output of the cell whose request is {@code request}. */
  public synchronized void beginCell(MessageContext request) {
    flush();
    parent = request;
    cellBytes = 0;
    droppedBytes = 0;
  }

  /**
   * Flushes what the cell printed and, when the cell printed more than the limit, says how much was
   * not shown. Later output (from background threads) still goes to this cell.
   */
  public synchronized void endCell() {
    flush();
    if (droppedBytes > 0) {
      send(
          PublishStream.StreamType.ERR,
          String.format(
              java.util.Locale.ROOT,
              "%n[output truncated: %,d bytes not shown; this kernel shows at most %,d bytes per cell"
                  + " (environment variable TREATYLAB_KERNEL_MAX_OUTPUT_MB)]%n",
              droppedBytes,
              limitBytes));
      droppedBytes = 0;
    }
  }

  /** Sends everything buffered now. */
  public void flush() {
    out.flushToIopub();
    err.flushToIopub();
  }

  private synchronized boolean admit(int bytes) {
    if (cellBytes + bytes > limitBytes) {
      droppedBytes += bytes;
      return false;
    }
    cellBytes += bytes;
    return true;
  }

  private void send(PublishStream.StreamType type, String text) {
    MessageContext ctx = parent;
    if (ctx == null || text.isEmpty()) {
      return;
    }
    iopub.sendMessage(new Message<>(ctx, PublishStream.MESSAGE_TYPE, new PublishStream(type, text)));
  }

  private final class Stream extends OutputStream {
    private final PublishStream.StreamType type;
    private final CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private byte[] buf = new byte[8192];
    private int count;

    Stream(PublishStream.StreamType type) {
      this.type = type;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (!admit(len)) {
        return;
      }
      boolean full;
      synchronized (this) {
        if (count + len > buf.length) {
          byte[] bigger = new byte[Math.max(buf.length * 2, count + len)];
          System.arraycopy(buf, 0, bigger, 0, count);
          buf = bigger;
        }
        System.arraycopy(b, off, buf, count, len);
        count += len;
        full = count >= FLUSH_BYTES;
      }
      if (full) {
        flushToIopub();
      }
    }

    @Override
    public void flush() {
      // batched: the flusher thread and the end of each cell send the text
    }

    void flushToIopub() {
      String text;
      synchronized (this) {
        if (count == 0) {
          return;
        }
        // decode only whole UTF-8 characters; keep a split character for the next flush
        ByteBuffer in = ByteBuffer.wrap(buf, 0, count);
        CharBuffer chars = CharBuffer.allocate(count);
        CoderResult result = decoder.reset().decode(in, chars, false);
        if (result.isError()) {
          in.position(count);
        }
        int rest = in.remaining();
        System.arraycopy(buf, count - rest, buf, 0, rest);
        count = rest;
        if (buf.length > 4 * FLUSH_BYTES) {
          byte[] smaller = new byte[Math.max(8192, count)];
          System.arraycopy(buf, 0, smaller, 0, count);
          buf = smaller;
        }
        chars.flip();
        text = chars.toString();
      }
      send(type, text);
    }
  }
}
