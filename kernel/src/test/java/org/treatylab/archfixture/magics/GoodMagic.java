package org.treatylab.archfixture.magics;

/** Test-only: a magic that depends on nothing of the kernel (must not be reported). */
public class GoodMagic {
  public Object eval(Object host) {
    return String.valueOf(host);
  }
}
