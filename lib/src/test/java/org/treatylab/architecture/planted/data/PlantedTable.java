package org.treatylab.architecture.planted.data;

import org.treatylab.architecture.planted.analysis.adoption.PlantedCurve;

/** A planted violation: data imports analysis (and closes a cycle with {@link PlantedCurve}). */
public final class PlantedTable {
  /** Reaches up into analysis. */
  public static int curveLength() {
    return PlantedCurve.points().length;
  }
}
