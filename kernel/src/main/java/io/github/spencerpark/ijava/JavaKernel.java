package io.github.spencerpark.ijava;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import java.util.List;

/**
 * The kernel as IJava's cell code sees it ({@code IJava.getKernelInstance()}): its renderer, display,
 * evaluation, magics and class path, mapped onto {@link org.treatylab.kernel.JavaKernel}.
 */
public final class JavaKernel {
  private final org.treatylab.kernel.JavaKernel kernel;

  JavaKernel(org.treatylab.kernel.JavaKernel kernel) {
    this.kernel = kernel;
  }

  /** Returns the renderer, to register how a type is shown ({@code createRegistration}). */
  public Renderer getRenderer() {
    return new Renderer(kernel.getRenderer());
  }

  /** Shows rich output below the running cell. */
  public void display(org.dflib.jjava.jupyter.kernel.display.DisplayData data) {
    kernel.display(data);
  }

  /** Evaluates code as a cell would (magics included) and returns its rendered value, or null. */
  public DisplayData eval(String code) {
    org.dflib.jjava.jupyter.kernel.display.DisplayData d = kernel.eval(code);
    return d == null ? null : new DisplayData(d);
  }

  /** Evaluates code as a cell would (magics included) and returns its value, or null. */
  public Object evalRaw(String code) {
    return kernel.evalRaw(code);
  }

  /** Adds jars or folders (separated by the path separator) to what cells can use. */
  public void addToClasspath(String path) {
    kernel.addToClasspath(path);
  }

  /** Returns the magics, to run them from code ({@code getMagics().applyLineMagic("jars", …)}). */
  public MagicsView getMagics() {
    return new MagicsView();
  }

  /** IJava's magics registry, as far as cell code uses it. */
  public final class MagicsView {
    private MagicsView() {}

    /** Runs line magic {@code name} with {@code args}. */
    public <T> T applyLineMagic(String name, List<String> args) {
      return org.treatylab.kernel.Notebook.lineMagic(name, args);
    }

    /** Runs cell magic {@code name} with {@code args} on {@code body}. */
    public <T> T applyCellMagic(String name, List<String> args, String body) {
      return org.treatylab.kernel.Notebook.cellMagic(name, args, body);
    }
  }
}
