package org.treatylab.kernel;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseKernelBuilder;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.magic.MagicParser;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.publish.PublishUpdateDisplayData;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;
import org.treatylab.kernel.eval.CellError;
import org.treatylab.kernel.eval.CellEvaluator;
import org.treatylab.kernel.eval.HeapReturn;
import org.treatylab.kernel.io.CellInput;
import org.treatylab.kernel.io.StreamPublisher;
import org.treatylab.kernel.magics.MagicLines;
import org.treatylab.kernel.magics.Magics;
import org.treatylab.kernel.protocol.KernelCommManager;
import org.treatylab.kernel.spi.CellTasks;

/**
 * A Jupyter kernel for Java, compatible with IJava notebooks (kernelspec {@code java}): cells are
 * evaluated by JShell inside this JVM; values are shown through the renderers that libraries register
 * (ServiceLoader extensions); the kernel itself knows nothing about any data library.
 */
public final class JavaKernel extends BaseKernel implements CellTasks {
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
  /** Extensions' tasks ({@link CellTasks}): taken only while holding this kernel's lock, as cells are. */
  private final java.util.concurrent.ConcurrentLinkedQueue<Runnable> tasks = new java.util.concurrent.ConcurrentLinkedQueue<>();
  private final java.util.concurrent.Semaphore tasksWaiting = new java.util.concurrent.Semaphore(0);
  private volatile Thread taskRunner;
  private volatile Thread runningTask;
  /** Per thread, the innermost open display capture ({@link #captureDisplays}). */
  private final ThreadLocal<java.util.ArrayDeque<java.util.function.Consumer<DisplayData>>> captures =
      ThreadLocal.withInitial(java.util.ArrayDeque::new);

  private JavaKernel(Builder b, LanguageInfo language) {
    super(
        b.buildName(),
        b.buildVersion(),
        language,
        List.of(new HelpLink("Java API", "https://docs.oracle.com/en/java/javase/17/docs/api/")),
        b.buildHistoryManager(),
        b.buildJupyterIO(b.buildJupyterIOEncoding()),
        b.buildCommManager(),
        b.buildRenderer(),
        b.magicParser(),
        b.buildMagicsRegistry(),
        b.buildExtensionsEnabled(),
        b.buildErrorStyler());
    this.stopGraceMs = b.stopGraceMs;
    this.maxOutputBytes = b.maxOutputBytes;
    ComponentSnapshot.register(getRenderer());
  }

  /** Returns a builder with the kernel's magics registered. */
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
              } catch (Throwable t) {
                evaluator.completeExceptionally(t);
              }
            },
            "kernel-start");
    starter.setDaemon(true);
    starterThread = starter;
    starter.start();
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
        value = result instanceof Magics.Shown shown ? shown.value() : CellEvaluator.NO_VALUE;
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
  protected synchronized void handleExecuteRequest(
      ShellReplyEnvironment env, Message<ExecuteRequest> message) {
    runQueuedTasks(); // changes the front end sent before this cell are seen by it
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
  public void submit(Runnable task) {
    java.util.Objects.requireNonNull(task, "task");
    startTaskRunner();
    tasks.add(task);
    tasksWaiting.release();
  }

  private void startTaskRunner() {
    synchronized (tasks) { // not the kernel's lock: a cell's thread may submit while its cell holds that
      if (taskRunner == null) {
        taskRunner = newTaskRunner();
      }
    }
  }

  private Thread newTaskRunner() {
    Thread t =
        new Thread(
            () -> {
              while (true) {
                try {
                  tasksWaiting.acquire();
                } catch (InterruptedException e) {
                  continue; // an interrupt meant for a task that had just ended
                }
                synchronized (this) { // the lock cells run under: never beside a cell
                  runQueuedTasks();
                }
              }
            },
            "cell-tasks");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Runs every queued task, in order, on this thread; the caller holds the kernel's lock. */
  private void runQueuedTasks() {
    Runnable task;
    while ((task = tasks.poll()) != null) {
      runningTask = Thread.currentThread();
      try {
        task.run();
      } catch (Throwable t) {
        System.err.println("an extension's task failed: " + t);
      } finally {
        runningTask = null;
        Thread.interrupted(); // an interrupt aimed at this task must not reach the next one
      }
    }
  }

  @Override
  public AutoCloseable captureDisplays(java.util.function.Consumer<DisplayData> sink) {
    java.util.Objects.requireNonNull(sink, "sink");
    java.util.ArrayDeque<java.util.function.Consumer<DisplayData>> stack = captures.get();
    stack.push(sink);
    return () -> stack.remove(sink);
  }

  /** The open display capture of the current thread, or null. */
  private java.util.function.Consumer<DisplayData> capture() {
    java.util.ArrayDeque<java.util.function.Consumer<DisplayData>> stack = captures.get();
    return stack.isEmpty() ? null : stack.peek();
  }

  /** Publishes rich output under the running cell, or the last one (for background threads). */
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
    Thread task = runningTask;
    if (task != null) {
      task.interrupt(); // a widget callback that sleeps or waits stops; a busy loop runs to its end
    }
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

    private Builder() {
      name("treatylab-java");
      version(versionOfKernel());
    }

    // The builder's accessors are protected in the base library; the kernel's constructor reads
    // them through these.
    @Override
    protected String buildName() {
      return super.buildName();
    }

    @Override
    protected String buildVersion() {
      return super.buildVersion();
    }

    @Override
    protected org.dflib.jjava.jupyter.kernel.history.HistoryManager buildHistoryManager() {
      return super.buildHistoryManager();
    }

    @Override
    protected org.dflib.jjava.jupyter.kernel.JupyterIO buildJupyterIO(java.nio.charset.Charset c) {
      return super.buildJupyterIO(c);
    }

    @Override
    protected java.nio.charset.Charset buildJupyterIOEncoding() {
      return super.buildJupyterIOEncoding();
    }

    @Override
    protected org.dflib.jjava.jupyter.kernel.comm.CommManager buildCommManager() {
      return new KernelCommManager(); // opens comms with data and metadata; reports unknown comm ids
    }

    @Override
    protected org.dflib.jjava.jupyter.kernel.display.Renderer buildRenderer() {
      return super.buildRenderer();
    }

    @Override
    protected org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry buildMagicsRegistry() {
      return super.buildMagicsRegistry();
    }

    @Override
    protected boolean buildExtensionsEnabled() {
      return !"false".equalsIgnoreCase(Env.get(Env.LOAD_EXTENSIONS, "true"))
          && super.buildExtensionsEnabled();
    }

    @Override
    protected org.dflib.jjava.jupyter.kernel.util.StringStyler buildErrorStyler() {
      return super.buildErrorStyler();
    }

    /**
     * The base class's magic parser, for extensions that ask for it ({@code getMagicParser()}): magics
     * only at the start of a line, as '%' is also Java's remainder operator. The kernel itself runs
     * magics through {@link MagicLines}.
     */
    MagicParser magicParser() {
      return new MagicParser("^[ \\t]*%", "%%", buildMagicTranspiler());
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
      return new JavaKernel(this, language);
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
