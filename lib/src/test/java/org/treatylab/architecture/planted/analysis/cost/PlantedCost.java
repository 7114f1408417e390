package org.treatylab.architecture.planted.analysis.cost;

import org.treatylab.architecture.planted.analysis.adoption.PlantedCurve;

/** A planted violation: one analysis subject (cost) imports another (adoption). */
public final class PlantedCost {
  /** Uses the adoption subject. */
  public static int cost() {
    return PlantedCurve.points().length;
  }
}
