package org.treatylab.kernel.eval;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import jdk.jshell.JShell;

/**
 * Reaches JShell's internal state by reflection, for what its API does not offer: forgetting dead
 * class files ({@link ClassFilePruner}) and replacing the compiler's class path ({@link
 * CompileClassTree}). The kernelspec opens {@code jdk.jshell}; callers treat any exception as "not
 * available in this JDK" and fall back to plain JShell.
 */
final class JShellInternals {
  private JShellInternals() {}

  /** JShell's {@code TaskFactory}: its compiler, file manager and compile class path. */
  static Object taskFactory(JShell shell) throws ReflectiveOperationException {
    return field(JShell.class, "taskFactory").get(shell);
  }

  /** A declared field of {@code owner}, made accessible. */
  static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /** A declared method of {@code owner} without parameters, made accessible. */
  static Method method(Class<?> owner, String name) throws NoSuchMethodException {
    Method m = owner.getDeclaredMethod(name);
    m.setAccessible(true);
    return m;
  }
}
