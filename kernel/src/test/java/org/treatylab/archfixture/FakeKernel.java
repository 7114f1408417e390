package org.treatylab.archfixture;

import org.treatylab.archfixture.magics.BadMagic;

/** Test-only: a "kernel class" that its magic imports back (a planted layer violation and cycle). */
public class FakeKernel {
  public Object run() {
    return new BadMagic().eval(this);
  }
}
