package org.treatylab.architecture.planted.analysis.adoption;

import org.treatylab.architecture.planted.base.PlantedChecks;
import org.treatylab.architecture.planted.data.PlantedTable;

/** Allowed: adoption imports data and base; with {@link PlantedTable} it forms the planted cycle. */
public final class PlantedCurve {
  /** Points of the planted curve. */
  public static int[] points() {
    PlantedChecks.positive(1);
    return new int[] {PlantedTable.class.getSimpleName().length()};
  }
}
