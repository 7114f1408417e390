package org.treatylab.kernel.launch;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.treatylab.kernel.JavaKernel;
import org.treatylab.kernel.eval.CellEvaluator;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * Runs what a kernel does in its first seconds (start JShell, import, compile and run a few cells,
 * then the kernel's own start-up with its extensions and a rendered first cell) and exits. The
 * installer runs it once with {@code -XX:ArchiveClassesAtExit} (JDK 17 to 24: a class-data sharing
 * archive) or {@code -XX:AOTCacheOutput} (JDK 25 and later: an ahead-of-time cache, which also keeps
 * the classes linked and the training run's method profiles), so that later kernels start with those
 * classes already parsed and verified. With
 * {@code --timings} it prints how long each phase took.
 *
 * <p>Besides JShell and javac, it loads the classes of the kernel's messaging (the Jupyter base
 * library, ZeroMQ, Gson, ASM, the kernel's own) and sends one message over a loopback ZeroMQ socket
 * pair: without that, a kernel's start loaded about 1,070 classes outside the archive (measured with
 * {@code -Xlog:class+load}), most of them from those jars.
 */
public final class Warmup {
  private Warmup() {}

  /**
   * Runs the warm-up.
   *
   * @param args {@code --timings} to print phase times
   */
  public static void main(String[] args) {
    boolean timings = args.length > 0 && args[0].equals("--timings");
    long t0 = System.nanoTime();
    CellEvaluator ev = new CellEvaluator(Warmup.class.getClassLoader(), 1_000);
    long t1 = System.nanoTime();
    ev.eval("import java.util.*;");
    long t2 = System.nanoTime();
    ev.eval("int x = 1 + 1;");
    ev.eval("String s = List.of(1, 2, 3).toString();");
    ev.eval("x * 2");
    long t3 = System.nanoTime();
    long[] cell = new long[20];
    for (int i = 0; i < cell.length; i++) {
      long a = System.nanoTime();
      ev.eval("1 + " + i);
      cell[i] = System.nanoTime() - a;
    }
    ev.close();
    long t4 = System.nanoTime();
    int loaded = loadMessagingClasses();
    roundTripOverLoopback();
    long t5 = System.nanoTime();
    long kernelStart = startKernelAsAtLaunch();
    long t6 = System.nanoTime();
    if (timings) {
      System.out.printf(java.util.Locale.ROOT, "messaging: %d classes loaded and a loopback round trip in %d ms%n", loaded, (t5 - t4) / 1_000_000);
      java.util.Arrays.sort(cell);
      System.out.printf(java.util.Locale.ROOT,
          "jshell %d ms, first import %d ms, three cells %d ms, trivial cell median %.1f ms%n",
          (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, cell[cell.length / 2] / 1e6);
      System.out.printf(java.util.Locale.ROOT,
          "kernel as at launch: start-up (imports, extensions) %d ms, then a first cell rendered in %d ms%n",
          kernelStart / 1_000_000, (t6 - t5 - kernelStart) / 1_000_000);
    }
    System.exit(0);
  }

  /**
   * Builds the kernel as {@link KernelMain} does (without sockets) and runs its start-up: JShell with
   * the default imports, the renderer extensions on the class path (the data library's, with its own
   * imports) and a first cell whose value is rendered. A training run that stops short of this leaves
   * those classes (and, on JDK 25, their linking and profiles) out of the archive. Returns the
   * start-up's nanoseconds.
   */
  private static long startKernelAsAtLaunch() {
    long a = System.nanoTime();
    JavaKernel.prestart();
    JavaKernel kernel = JavaKernel.builder().compilerWarmupCells(0).build();
    kernel.onStartup();
    kernel.evaluator(); // waits for the start-up to finish
    long started = System.nanoTime() - a;
    kernel.render(kernel.evalRaw("1 + 1"));
    kernel.render(kernel.evalRaw("var warm = new java.util.ArrayList<String>(List.of(\"a\", \"b\"));\nwarm"));
    return started;
  }

  /** Loads (without initialising) every class of the jars the kernel's messaging comes from. */
  private static int loadMessagingClasses() {
    Class<?>[] markers = {JavaKernel.class, ZMQ.class, com.google.gson.Gson.class,
        org.dflib.jjava.jupyter.kernel.BaseKernel.class, org.objectweb.asm.ClassReader.class,
        org.slf4j.Logger.class};
    ClassLoader loader = Warmup.class.getClassLoader();
    int count = 0;
    for (Class<?> marker : markers) {
      Path jar;
      try {
        jar = Path.of(marker.getProtectionDomain().getCodeSource().getLocation().toURI());
      } catch (URISyntaxException | RuntimeException e) {
        continue;
      }
      if (!jar.toString().endsWith(".jar")) {
        continue; // classes folder (a development build): nothing to archive from there
      }
      try (JarFile file = new JarFile(jar.toFile())) {
        for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
          String name = e.nextElement().getName();
          if (!name.endsWith(".class") || name.contains("-") || name.startsWith("META-INF")) {
            continue; // module-info, package-info and versioned copies are not loadable by name
          }
          try {
            Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
            count++;
          } catch (Throwable notLoadable) {
            // an optional dependency of that class is absent: it is not used by the kernel either
          }
        }
      } catch (IOException e) {
        // an unreadable jar: the kernel would fail on it later with a clearer message
      }
    }
    return count;
  }

  /** One message over a ZeroMQ ROUTER/DEALER pair on 127.0.0.1, as the kernel's channels use. */
  private static void roundTripOverLoopback() {
    try (ZMQ.Context context = ZMQ.context(1);
        ZMQ.Socket router = context.socket(SocketType.ROUTER);
        ZMQ.Socket dealer = context.socket(SocketType.DEALER)) {
      int port = router.bindToRandomPort("tcp://127.0.0.1");
      dealer.connect("tcp://127.0.0.1:" + port);
      dealer.send("warm-up");
      router.setReceiveTimeOut(2_000);
      router.recv(); // identity frame
      router.recv();
    } catch (RuntimeException e) {
      // no loopback networking here: the archive just lacks those classes
    }
  }
}
