package org.treatylab.archfixture.eval;

import org.treatylab.archfixture.io.Streams;

/** Test-only: one half of a planted cycle between two lower packages. */
public class Evaluates {
  public Streams streams() {
    return new Streams();
  }
}
