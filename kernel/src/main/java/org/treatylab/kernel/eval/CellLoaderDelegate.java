package org.treatylab.kernel.eval;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.InternalException;

/** Connects JShell's engine to the {@link CellClassLoader}. */
final class CellLoaderDelegate implements LoaderDelegate {
  private final CellClassLoader loader;
  private final Map<String, Class<?>> loaded = new ConcurrentHashMap<>();

  CellLoaderDelegate(CellClassLoader loader) {
    this.loader = loader;
  }

  @Override
  public void load(ClassBytecodes[] classes) throws ClassInstallException {
    boolean[] installed = new boolean[classes.length];
    for (ClassBytecodes c : classes) {
      loader.declare(c.name(), c.bytecodes());
    }
    for (int i = 0; i < classes.length; i++) {
      try {
        loaded.put(classes[i].name(), loader.loadClass(classes[i].name()));
        installed[i] = true;
      } catch (Throwable t) {
        throw new ClassInstallException("could not load " + classes[i].name() + ": " + t, installed);
      }
    }
  }

  @Override
  public void classesRedefined(ClassBytecodes[] classes) {
    for (ClassBytecodes c : classes) {
      loader.declare(c.name(), c.bytecodes());
    }
  }

  @Override
  public void addToClasspath(String path) throws InternalException {
    try {
      loader.addPath(path);
    } catch (IllegalArgumentException e) {
      throw new InternalException(e.getMessage());
    }
  }

  @Override
  public Class<?> findClass(String name) throws ClassNotFoundException {
    Class<?> c = loaded.get(name);
    return c != null ? c : loader.loadClass(name);
  }
}
