package org.treatylab.archfixture.magics;

import org.treatylab.archfixture.FakeKernel;

/** Test-only: a magic that takes the kernel class itself (what KernelLayersTest must report). */
public class BadMagic {
  public Object eval(FakeKernel kernel) {
    return kernel.toString();
  }
}
