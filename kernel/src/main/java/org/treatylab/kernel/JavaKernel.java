package org.treatylab.kernel;

import org.treatylab.kernel.config.Env;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseKernelBuilder;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.Comm;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.magic.MagicParser;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.publish.PublishUpdateDisplayData;
import org.dflib.jjava.jupyter.messages.reply.CommInfoReply;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.CommInfoRequest;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;
import org.treatylab.kernel.eval.CellError;
import org.treatylab.kernel.eval.CellEvaluator;
import org.treatylab.kernel.eval.CompilerWarmup;
import org.treatylab.kernel.eval.HeapReturn;
import org.treatylab.kernel.io.CellInput;
import org.treatylab.kernel.io.StreamPublisher;
import org.treatylab.kernel.magics.MagicLines;
import org.treatylab.kernel.magics.StandardMagics;
import org.treatylab.kernel.protocol.CommInfoWithStatus;
import org.treatylab.kernel.protocol.KernelCommManager;
import org.treatylab.kernel.spi.CellHost;
import org.treatylab.kernel.spi.CellThread;

/**
 * A Jupyter kernel for Java, compatible with IJava notebooks (kernelspec {@code java}): cells are
 * evaluated by JShell inside this JVM; values are shown through the renderers that libraries register
 * (ServiceLoader extensions); the kernel itself knows nothing about any data library.
 *
 * <p>Layers: this class (the root package) wires {@code eval} (JShell), {@code io} (streams, stdin),
 * {@code protocol} (sockets, replies) and {@code magics} together; none of them depends on it. Magics
 * see it as a {@link CellHost}, extensions as a {@link CellThread} plus the base library's
 * {@link #getCommManager() CommManager}, both from {@code org.treatylab.kernel.spi}.
 *
 * <p>Threads: the shell channel's thread reads requests; each {@code execute_request}, each
 * {@code comm_open}, {@code comm_msg}, {@code comm_close} and {@code comm_info_request}, and each task
 * submitted through {@link CellThread#submit(Runnable)} runs on one cell-execution thread, in order,
 * while the shell thread waits for it (so replies keep the order of requests).
 */
public final class JavaKernel extends BaseKernel implements CellHost, CellThread {
  /** Imports every cell starts with: JShell's usual ones, java.time, and the notebook functions. */
  static final List<String> DEFAULT_IMPORTS =
      List.of(
          "java.io.*",
          "java.math.*",
          "java.net.*",
          "java.nio.file.*",
          "java.time.*",
          "java.util.*",
          "java.util.concurrent.*",
          "java.util.function.*",
          "java.util.regex.*",
          "java.util.stream.*",
          "static " + Notebook.class.getName() + ".*");

  /** JShell with the default imports, begun by {@link #prestart()} before the kernel is built. */
  private static volatile CompletableFuture<CellEvaluator> prestarted;

  private final long stopGraceMs;
  private final long maxOutputBytes;
  /** Completes when start-up (imports, extensions, start-up scripts) is done; cells wait for it. */
  private final CompletableFuture<CellEvaluator> evaluator = new CompletableFuture<>();
  /** The evaluator while start-up runs: extensions installed then may already evaluate code. */
  private volatile CellEvaluator starting;
  private volatile Thread starterThread;
  private StreamPublisher streams;
  private final CellInput input = new CellInput();
  private JupyterConnection connection;
  private volatile MessageContext lastRequest;
  private final HeapReturn heap = new HeapReturn();
  private final Inspection inspection = new Inspection();
  /** Runs cells, comm messages and extension tasks, one at a time, in the order they came. */
  private final java.util.concurrent.ThreadPoolExecutor cellExecution;
  private volatile Thread cellExecutionThread;
  /** Cells evaluated by the compiler warm-up after start-up (0: none); see {@link CompilerWarmup}. */
  private final int warmupCells;
  private volatile CompilerWarmup warmup;
  /** When the cell-execution thread was last seen busy, and its completed-task count then. */
  private volatile long lastBusyNanos = System.nanoTime();
  private volatile long lastCompletedTasks;
  /** Per thread, the open display captures, innermost first ({@link #captureDisplays}). */
  private final ThreadLocal<java.util.ArrayDeque<java.util.function.Consumer<DisplayData>>> captures =
      ThreadLocal.withInitial(java.util.ArrayDeque::new);

  private JavaKernel(Parts p) {
    super(
        p.name(),
        p.version(),
        p.language(),
        List.of(new HelpLink("Java API", "https://docs.oracle.com/en/java/javase/17/docs/api/")),
        p.history(),
        p.io(),
        p.comms(),
        p.renderer(),
        p.magicParser(),
        p.magics(),
        p.extensionsEnabled(),
        p.errorStyler());
    this.stopGraceMs = p.stopGraceMs();
    this.maxOutputBytes = p.maxOutputBytes();
    this.warmupCells = p.warmupCells();
    // one thread, as Executors.newSingleThreadExecutor, but a ThreadPoolExecutor whose activity the
    // compiler warm-up can read
    this.cellExecution =
        new java.util.concurrent.ThreadPoolExecutor(
            1,
            1,
            0L,
            TimeUnit.MILLISECONDS,
            new java.util.concurrent.LinkedBlockingQueue<>(),
            task -> {
              Thread t = new Thread(task, "cell-execution");
              t.setDaemon(true);
              cellExecutionThread = t;
              return t;
            });
    ComponentSnapshot.register(getRenderer());
  }

  /** What the builder made, handed to the constructor in one piece. */
  private record Parts(
      String name,
      String version,
      LanguageInfo language,
      org.dflib.jjava.jupyter.kernel.history.HistoryManager history,
      org.dflib.jjava.jupyter.kernel.JupyterIO io,
      org.dflib.jjava.jupyter.kernel.comm.CommManager comms,
      org.dflib.jjava.jupyter.kernel.display.Renderer renderer,
      MagicParser magicParser,
      org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry magics,
      boolean extensionsEnabled,
      org.dflib.jjava.jupyter.kernel.util.StringStyler errorStyler,
      long stopGraceMs,
      long maxOutputBytes,
      int warmupCells) {}

  /** Returns a builder with the kernel's magics ({@link StandardMagics}) registered. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void becomeHandlerForConnection(JupyterConnection connection) {
    super.becomeHandlerForConnection(connection);
    this.connection = connection;
    this.streams = new StreamPublisher(connection.getIOPub(), maxOutputBytes);
    System.setOut(streams.stdout());
    System.setErr(streams.stderr());
    System.setIn(input);
    // The base library hands comm messages to the CommManager on the shell thread; here they run on
    // the cell-execution thread, in order with cells, and comm_info_reply carries its status.
    routeToCellThread(connection, MessageType.COMM_OPEN_COMMAND, commManager::handleCommOpenCommand);
    routeToCellThread(connection, MessageType.COMM_MSG_COMMAND, commManager::handleCommMsgCommand);
    routeToCellThread(connection, MessageType.COMM_CLOSE_COMMAND, commManager::handleCommCloseCommand);
    connection.setHandler(
        MessageType.COMM_INFO_REQUEST, (env, message) -> onCellThread(() -> replyCommInfo(env, message)));
  }

  /**
   * Queues a comm message's handler on the cell-execution thread and returns without waiting for it:
   * comm messages get no reply whose order could be broken, and a shell thread that waits behind
   * each one would hand a burst of slider moves to the comm one by one, each after the work the
   * previous one caused. Queued this way, the burst is on the cell thread's queue before that work,
   * and an extension can merge it (widgets apply only the latest value). The handler gets a reply
   * environment of its own, so its busy and idle status frame what it does on that thread.
   */
  private <T> void routeToCellThread(
      JupyterConnection connection,
      MessageType<T> type,
      org.dflib.jjava.jupyter.channels.ShellHandler<T> handler) {
    connection.setHandler(
        type,
        (env, message) -> {
          ShellReplyEnvironment own =
              connection.prepareReplyEnv((org.dflib.jjava.jupyter.channels.ShellChannel) env.getShell(), message);
          cellExecution.execute(
              () -> {
                // output of a comm handler (a widget's callback) belongs to the message that caused it
                commManager.setMessageContext(message);
                lastRequest = message;
                streams.beginCell(message);
                try {
                  handler.handle(own, message);
                } catch (Throwable t) {
                  System.err.println("error handling " + type.getName() + ": " + t);
                } finally {
                  streams.endCell();
                  try {
                    own.resolveDeferrals();
                  } catch (Throwable t) {
                    System.err.println("could not finish " + type.getName() + ": " + t);
                  }
                }
              });
        });
  }

  private Void replyCommInfo(ShellReplyEnvironment env, Message<CommInfoRequest> message) {
    env.setBusyDeferIdle();
    String target = message.getContent().getTargetName();
    Map<String, CommInfoReply.CommInfo> comms = new LinkedHashMap<>();
    for (Comm comm : commManager) {
      if (target == null || target.equals(comm.getTargetName())) {
        comms.put(comm.getID(), new CommInfoReply.CommInfo(comm.getTargetName()));
      }
    }
    env.reply(new CommInfoWithStatus(comms));
    return null;
  }

  /**
   * Runs {@code work} on the cell-execution thread and waits for it (the caller is the shell thread,
   * whose replies must keep the order of requests). On that thread itself it runs inline.
   */
  private <T> T onCellThread(Callable<T> work) {
    if (isCellThread()) {
      try {
        return work.call();
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    java.util.concurrent.Future<T> f = cellExecution.submit(work);
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return f.get();
        } catch (InterruptedException e) {
          interrupted = true; // the shell thread must not answer before the cell has ended
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public CompletableFuture<Void> submit(Runnable task) {
    java.util.Objects.requireNonNull(task, "task is null; pass the code to run on the cell-execution thread");
    CompletableFuture<Void> done = new CompletableFuture<>();
    cellExecution.execute(
        () -> {
          try {
            task.run();
            done.complete(null);
          } catch (Throwable t) {
            done.completeExceptionally(t);
          }
        });
    return done;
  }

  @Override
  public boolean isCellThread() {
    return Thread.currentThread() == cellExecutionThread;
  }

  @Override
  public DisplayData render(Object value) {
    return getRenderer().render(value);
  }

  @Override
  public void onShutdown(boolean restart) {
    super.onShutdown(restart);
    CompilerWarmup w = warmup;
    if (w != null) {
      w.cancel();
    }
    cellExecution.shutdown();
    try {
      cellExecution.awaitTermination(100, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Begins JShell and the default imports on a thread of their own at once, before the kernel and its
   * connection are built: javac's first compilation (the longest step of a start) then overlaps the
   * Jupyter connection's set-up instead of following it. {@link #onStartup()} takes the result.
   */
  public static void prestart() {
    CompletableFuture<CellEvaluator> shell = new CompletableFuture<>();
    Thread t =
        new Thread(
            () -> {
              try {
                shell.complete(startShell(Env.getLong(Env.STOP_GRACE_MS, 1_000)));
              } catch (Throwable e) {
                shell.completeExceptionally(e);
              }
            },
            "kernel-prestart");
    t.setDaemon(true);
    prestarted = shell;
    t.start();
  }

  private static CellEvaluator startShell(long stopGraceMs) {
    CellEvaluator ev = new CellEvaluator(JavaKernel.class.getClassLoader(), stopGraceMs);
    for (String imp : DEFAULT_IMPORTS) {
      ev.eval("import " + imp + ";");
    }
    return ev;
  }

  /**
   * Starts JShell, the default imports, extensions and start-up scripts. Runs in the background so
   * that the kernel answers {@code kernel_info} at once; the first cell waits for it.
   */
  @Override
  public void onStartup() {
    installNotebookKernel();
    Thread starter =
        new Thread(
            () -> {
              try {
                CompletableFuture<CellEvaluator> early = prestarted;
                CellEvaluator ev = early != null ? early.join() : startShell(stopGraceMs);
                starting = ev;
                if (extensionsEnabled) {
                  installExtensions(ev.classLoader());
                }
                String extra = Env.get(Env.CLASSPATH, Env.get(Env.IJAVA_CLASSPATH, ""));
                if (!extra.isBlank()) {
                  addToClasspath(extra);
                }
                for (String script : Env.get(Env.STARTUP_SCRIPTS, "").split(File.pathSeparator)) {
                  if (!script.isBlank()) {
                    evalRaw(Files.readString(Path.of(script)));
                  }
                }
                evaluator.complete(ev);
                startCompilerWarmup(ev);
              } catch (Throwable t) {
                evaluator.completeExceptionally(t);
              }
            },
            "kernel-start");
    starter.setDaemon(true);
    starterThread = starter;
    starter.start();
  }

  /**
   * Starts the compiler warm-up ({@link CompilerWarmup}) on a thread of its own: it evaluates only
   * while no cell, comm message or task has been running or queued for {@value #WARMUP_IDLE_MS} ms.
   */
  private void startCompilerWarmup(CellEvaluator ev) {
    if (warmupCells == 0) {
      return;
    }
    CompilerWarmup w =
        new CompilerWarmup(
            ev.classLoader().getParent(),
            DEFAULT_IMPORTS,
            () -> idleFor(WARMUP_IDLE_MS * 1_000_000L),
            warmupCells,
            WARMUP_CPU_BUDGET_MS);
    warmup = w;
    w.start();
  }

  /** How long the kernel must have been idle before the warm-up evaluates its next cell. */
  static final long WARMUP_IDLE_MS = 250;
  /** The most CPU time the warm-up may use (about twice what 180 cells take on a quiet machine). */
  static final long WARMUP_CPU_BUDGET_MS = 6_000;

  /** True when the cell-execution thread has run nothing and had nothing queued for {@code nanos}. */
  private boolean idleFor(long nanos) {
    long now = System.nanoTime();
    long completed = cellExecution.getCompletedTaskCount();
    if (cellExecution.getActiveCount() > 0 || !cellExecution.getQueue().isEmpty() || completed != lastCompletedTasks) {
      lastCompletedTasks = completed;
      lastBusyNanos = now;
      return false;
    }
    return now - lastBusyNanos >= nanos;
  }

  /** The compiler warm-up, once started (null before start-up ends, or when it is off). */
  public CompilerWarmup compilerWarmup() {
    return warmup;
  }

  /** Returns the evaluator, waiting for start-up to finish. */
  public CellEvaluator evaluator() {
    if (Thread.currentThread() == starterThread && starting != null) {
      return starting; // start-up itself (an extension adding imports) must not wait for itself
    }
    try {
      return evaluator.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the kernel was starting", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the kernel could not start: " + e.getCause(), e.getCause());
    }
  }

  @Override
  protected ClassLoader getClassLoader() {
    return evaluator().classLoader();
  }

  /**
   * Adds jars or folders to the cells' classpath and loads the renderer extensions they bring.
   *
   * @param path entries separated by the platform's path separator
   */
  public void addToClasspath(String path) {
    evaluator().addToClasspath(path);
    if (extensionsEnabled) {
      installExtensions(evaluator().classLoader());
    }
  }

  /**
   * Evaluates a cell: its Java code with JShell, its magics ({@code %maven …}, {@code %%time}) here in
   * the kernel, in the order they appear. Returns the value of the last snippet when it is an
   * expression.
   */
  @Override
  public Object evalRaw(String source) {
    Object value = CellEvaluator.NO_VALUE;
    for (MagicLines.Segment segment : MagicLines.split(source)) {
      if (segment.isMagic()) {
        Object result =
            segment.isCellMagic()
                ? runCellMagic(segment.magic(), segment.args(), segment.body())
                : runMagic(segment.magic(), segment.args());
        // a magic's result is the cell's value only when the magic made it display data (%time)
        value = result instanceof DisplayData ? result : CellEvaluator.NO_VALUE;
      } else {
        value = evaluator().eval(segment.code());
      }
      if (value == null) {
        value = CellEvaluator.NO_VALUE;
      }
    }
    return value == CellEvaluator.NO_VALUE ? null : value;
  }

  /** Runs a line magic, as {@code %name args} in a cell or {@code lineMagic(name, args)} in code. */
  public Object runMagic(String name, List<String> args) {
    if (!magicsRegistry.getLineMagicNames().contains(name)) {
      String hint =
          magicsRegistry.getCellMagicNames().contains(name)
              ? "%" + name + " is a cell magic: write %%" + name + " on the cell's first line"
              : "unknown line magic %" + name + "; this kernel has " + String.join(", ", magicNames());
      throw CellError.magic(name, new IllegalArgumentException(hint));
    }
    try {
      return magicsRegistry.evalLineMagic(this, name, args);
    } catch (CellError e) {
      throw e; // from code the magic ran (%load): already explained
    } catch (Exception e) {
      throw CellError.magic(name, e);
    }
  }

  /** Runs a cell magic: {@code %%name args} on a cell's first line, the rest of the cell its body. */
  public Object runCellMagic(String name, List<String> args, String body) {
    if (!magicsRegistry.getCellMagicNames().contains(name)) {
      String hint =
          magicsRegistry.getLineMagicNames().contains(name)
              ? "%%" + name + " is not a cell magic; %" + name + " is a line magic: write it with one %"
              : "unknown cell magic %%" + name + "; this kernel has " + String.join(", ", magicNames());
      throw CellError.magic("%" + name, new IllegalArgumentException(hint));
    }
    try {
      return magicsRegistry.evalCellMagic(this, name, args, body);
    } catch (CellError e) {
      throw e;
    } catch (Exception e) {
      throw CellError.magic("%" + name, e);
    }
  }

  @Override
  public DisplayData eval(String source) {
    Object value = evalRaw(source);
    if (value == null) {
      return null;
    }
    return value instanceof DisplayData d ? d : getRenderer().render(value);
  }

  @Override
  protected void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
    onCellThread(
        () -> {
          executeOnCellThread(env, message);
          return null;
        });
  }

  private void executeOnCellThread(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
    commManager.setMessageContext(message);
    ExecuteRequest request = message.getContent();
    int count = executionCount.getAndIncrement();
    env.setBusyDeferIdle();
    env.publish(new PublishExecuteInput(request.getCode(), count));
    lastRequest = message;
    streams.beginCell(message);
    input.attach(env, request.isStdinEnabled());
    heap.beforeCell();
    Throwable failure = null;
    try {
      DisplayData out = eval(request.getCode());
      streams.endCell();
      if (out != null) {
        env.publish(new PublishExecuteResult(count, out));
      }
      env.defer().reply(new ExecuteReply(count, Map.of()));
    } catch (Throwable t) {
      failure = t;
      streams.endCell();
      CellError error = asCellError(t);
      env.publish(new PublishError(error.name(), error.getMessage(), error.traceback()));
      ErrorReply reply = new ErrorReply(error.name(), error.getMessage(), error.traceback());
      reply.setExecutionCount(count);
      env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
    } finally {
      input.detach();
      heap.afterCell(failure);
    }
  }

  private static CellError asCellError(Throwable t) {
    if (t instanceof CellError e) {
      return e;
    }
    if (t.getCause() instanceof CellError e) {
      return e;
    }
    return CellError.outsideCell(t);
  }

  @Override
  protected void handleKernelInfoRequest(
      ShellReplyEnvironment env, Message<KernelInfoRequest> message) {
    env.setBusyDeferIdle();
    env.reply(
        new KernelInfo(
            Header.PROTOCOL_VERISON, name, version, getLanguageInfo(), getBanner(), getHelpLinks()));
  }

  @Override
  public Capture captureDisplays(java.util.function.Consumer<DisplayData> sink) {
    java.util.Objects.requireNonNull(sink, "sink is null; pass where the thread's displays should go");
    java.util.ArrayDeque<java.util.function.Consumer<DisplayData>> open = captures.get();
    open.push(sink);
    return () -> open.removeFirstOccurrence(sink);
  }

  /** The current thread's innermost open display capture, or null. */
  private java.util.function.Consumer<DisplayData> capture() {
    return captures.get().peekFirst();
  }

  /**
   * Publishes rich output under the running cell, or the last one (for background threads), unless
   * the thread captures its displays.
   */
  @Override
  public void display(DisplayData data) {
    java.util.function.Consumer<DisplayData> sink = capture();
    if (sink != null) {
      sink.accept(data);
      return;
    }
    MessageContext parent = lastRequest;
    if (parent != null) {
      streams.flush(); // keep text printed before the display above it
      connection
          .getIOPub()
          .sendMessage(new Message<>(parent, PublishDisplayData.MESSAGE_TYPE, new PublishDisplayData(data)));
    }
  }

  /** Replaces earlier rich output that has the same display id. */
  public void updateDisplay(DisplayData data) {
    java.util.function.Consumer<DisplayData> sink = capture();
    if (sink != null) {
      sink.accept(data);
      return;
    }
    MessageContext parent = lastRequest;
    if (parent != null) {
      connection
          .getIOPub()
          .sendMessage(
              new Message<>(
                  parent, PublishUpdateDisplayData.MESSAGE_TYPE, new PublishUpdateDisplayData(data)));
    }
  }

  @Override
  public void interrupt() {
    if (evaluator.isDone()) {
      evaluator().interrupt();
    }
  }

  @Override
  public List<String> formatError(Throwable e) {
    return asCellError(e).traceback();
  }

  @Override
  public DisplayData inspect(String code, int at, boolean extraDetail) {
    return inspection.inspect(evaluator().analysis(), code, at);
  }

  @Override
  public ReplacementOptions complete(String code, int at) {
    return Completion.complete(evaluator().analysis(), code, at);
  }

  @Override
  public String isComplete(String code) {
    return Completion.isComplete(evaluator().analysis(), code);
  }

  /** Builds a {@link JavaKernel}. */
  public static final class Builder extends BaseKernelBuilder<Builder, JavaKernel> {
    private long stopGraceMs = Env.getLong(Env.STOP_GRACE_MS, 1_000);
    private long maxOutputBytes = Env.getLong(Env.MAX_OUTPUT_MB, 8) * 1024 * 1024;
    /** Enough for javac's hot paths to be compiled by the JIT (BENCHMARKS.md, issue 26). */
    static final int DEFAULT_WARMUP_CELLS = 180;
    private int warmupCells = (int) Math.max(0, Math.min(10_000, Env.getLong(Env.WARMUP_CELLS, DEFAULT_WARMUP_CELLS)));

    private Builder() {
      name("treatylab-java");
      version(versionOfKernel());
      StandardMagics.registerAll(magicsRegistry);
    }

    /**
     * The base class's magic parser, for extensions that ask for it ({@code getMagicParser()}): magics
     * only at the start of a line, as '%' is also Java's remainder operator. The kernel itself runs
     * magics through {@link MagicLines}.
     */
    MagicParser magicParser() {
      return new MagicParser("^[ \\t]*%", "%%", buildMagicTranspiler());
    }

    /**
     * The base library's comm manager, plus comms opened with data, metadata and buffers, numbered
     * comm ids and errors for unknown ones ({@link KernelCommManager}).
     */
    @Override
    protected org.dflib.jjava.jupyter.kernel.comm.CommManager buildCommManager() {
      return new KernelCommManager();
    }

    /**
     * Sets how many cells the compiler warm-up evaluates once the kernel is idle after start-up
     * ({@link CompilerWarmup}); 0 turns it off. Default: {@value #DEFAULT_WARMUP_CELLS}, or the
     * environment variable {@code TREATYLAB_KERNEL_WARMUP_CELLS}.
     */
    public Builder compilerWarmupCells(int cells) {
      if (cells < 0) {
        throw new IllegalArgumentException("compilerWarmupCells " + cells + " is negative; give 0 (off) or more");
      }
      this.warmupCells = cells;
      return this;
    }

    /** Sets how long an interrupted cell may run before it is forced to stop. */
    public Builder stopGraceMs(long ms) {
      this.stopGraceMs = ms;
      return this;
    }

    @Override
    public JavaKernel build() {
      String javaVersion = Runtime.version().toString();
      LanguageInfo language =
          new LanguageInfo.Builder("java")
              .version(javaVersion)
              .mimetype("text/x-java-source")
              .fileExtension(".jshell")
              .pygments("java")
              .codemirror("text/x-java")
              .build();
      return new JavaKernel(
          new Parts(
              buildName(),
              buildVersion(),
              language,
              buildHistoryManager(),
              buildJupyterIO(buildJupyterIOEncoding()),
              buildCommManager(),
              buildRenderer(),
              magicParser(),
              buildMagicsRegistry(),
              !"false".equalsIgnoreCase(Env.get(Env.LOAD_EXTENSIONS, "true")) && buildExtensionsEnabled(),
              buildErrorStyler(),
              stopGraceMs,
              maxOutputBytes,
              warmupCells));
    }

    private static String versionOfKernel() {
      String v = JavaKernel.class.getPackage().getImplementationVersion();
      return v != null ? v : "dev";
    }
  }

  /** Returns the kernel's magic names, for the kernel tour. */
  public List<String> magicNames() {
    List<String> names = new ArrayList<>();
    magicsRegistry.getLineMagicNames().forEach(n -> names.add("%" + n));
    magicsRegistry.getCellMagicNames().forEach(n -> names.add("%%" + n));
    names.sort(null);
    return names;
  }
}
