package org.treatylab.kernel.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.treatylab.kernel.JavaKernel;
import org.treatylab.kernel.protocol.KernelConnection;

/**
 * Starts the kernel: {@code java -cp <kernel and library jars> org.treatylab.kernel.launch.KernelMain
 * <connection file>}, as the kernelspec's {@code kernel.json} does.
 */
public final class KernelMain {
  private KernelMain() {}

  /**
   * Runs the kernel until the client shuts it down.
   *
   * @param args the path of the Jupyter connection file
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: KernelMain <connection-file>");
      System.exit(2);
    }
    JavaKernel.prestart(); // JShell's start overlaps everything below
    // the base library logs every start and stop at INFO to stderr: keep the console for problems
    Logger.getLogger("").setLevel(Level.WARNING);
    System.setProperty("java.awt.headless", "true");

    KernelConnectionProperties props =
        KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
    JavaKernel kernel = JavaKernel.builder().build();
    KernelConnection connection = new KernelConnection(props);
    kernel.becomeHandlerForConnection(connection);
    connection.connect();
    kernel.onStartup();
    connection.waitUntilClose();
    // daemon threads (a cell that would not stop, a renderer's pool) must not keep the JVM alive
    Runtime.getRuntime().halt(0);
  }
}
