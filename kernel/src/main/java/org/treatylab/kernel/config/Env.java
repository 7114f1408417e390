package org.treatylab.kernel.config;

/** Every environment variable the kernel reads, in one place. */
public final class Env {
  /** Extra jars or folders for cells, separated by the path separator (IJava's IJAVA_CLASSPATH works too). */
  public static final String CLASSPATH = "TREATYLAB_KERNEL_CLASSPATH";
  /** IJava's name for the same thing, honoured so IJava set-ups keep working. */
  public static final String IJAVA_CLASSPATH = "IJAVA_CLASSPATH";
  /** Java files ({@code .jsh}) run at start, separated by the path separator. */
  public static final String STARTUP_SCRIPTS = "TREATYLAB_KERNEL_STARTUP_SCRIPTS";
  /** {@code false} turns off loading renderer extensions found on the classpath. */
  public static final String LOAD_EXTENSIONS = "TREATYLAB_KERNEL_LOAD_EXTENSIONS";
  /** Milliseconds an interrupted cell may run on before it is forced to stop (default 1000). */
  public static final String STOP_GRACE_MS = "TREATYLAB_KERNEL_STOP_GRACE_MS";
  /**
   * Cells the compiler warm-up evaluates in idle time after start-up, so that javac is compiled by
   * the JIT before the user's cells need it (default 180; 0 turns it off).
   */
  public static final String WARMUP_CELLS = "TREATYLAB_KERNEL_WARMUP_CELLS";
  /** Megabytes of text one cell may print before the rest is counted but not shown (default 8). */
  public static final String MAX_OUTPUT_MB = "TREATYLAB_KERNEL_MAX_OUTPUT_MB";
  /** Local Maven repository for {@code %maven} (default: Maven's, {@code ~/.m2/repository}). */
  public static final String MAVEN_LOCAL_REPO = "TREATYLAB_KERNEL_MAVEN_REPO";
  /** Extra remote repositories for {@code %maven}: {@code id=url} pairs separated by commas. */
  public static final String MAVEN_REMOTES = "TREATYLAB_KERNEL_MAVEN_REMOTES";

  /**
   * Source jars or folders whose Javadoc inspection (Shift-Tab) shows, separated by the path separator
   * (default: the {@code sources} folder beside the kernel's {@code lib} folder). The JDK's own Javadoc
   * comes from its {@code lib/src.zip} when installed.
   */
  public static final String SOURCES = "TREATYLAB_KERNEL_SOURCES";

  private Env() {}

  /** Returns the variable's value, or {@code fallback} when unset or blank. */
  public static String get(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  /** Returns the variable as a long, or {@code fallback} when unset or not a number. */
  public static long getLong(String name, long fallback) {
    try {
      return Long.parseLong(get(name, Long.toString(fallback)).trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
