package org.treatylab.archfixture.io;

import org.treatylab.archfixture.eval.Evaluates;

/** Test-only: the other half of the planted cycle. */
public class Streams {
  public Evaluates evaluator() {
    return new Evaluates();
  }
}
