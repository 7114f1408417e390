package org.treatylab.kernel.eval;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one class loader of cell code: it defines the classes compiled from cells and holds the jars
 * added with {@code %maven}, {@code %jars} or {@code %classpath}. The kernel looks for renderer
 * extensions through the same loader, so a jar added at run time brings its renderers, and rendered
 * objects and renderers agree on their classes.
 */
public final class CellClassLoader extends URLClassLoader {
  static {
    registerAsParallelCapable();
  }

  private final Map<String, byte[]> cellClasses = new ConcurrentHashMap<>();

  CellClassLoader(ClassLoader parent) {
    super("cells", new URL[0], parent);
  }

  /** Makes a compiled cell class known; it is defined when first loaded. */
  void declare(String name, byte[] bytecodes) {
    cellClasses.put(name, bytecodes);
  }

  /** Adds jars or folders (separated by the platform's path separator) to what cells can use. */
  void addPath(String path) {
    for (String entry : path.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        try {
          addURL(new File(entry).getAbsoluteFile().toURI().toURL());
        } catch (MalformedURLException e) {
          throw new IllegalArgumentException("not a usable classpath entry: " + entry, e);
        }
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = cellClasses.get(name);
    if (bytes != null) {
      return defineClass(name, bytes, 0, bytes.length);
    }
    return super.findClass(name);
  }
}
