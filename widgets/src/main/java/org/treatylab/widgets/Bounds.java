package org.treatylab.widgets;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The checks sliders and progress bars share: finite numbers, min &le; max, a positive step, values within. */
final class Bounds {
  private Bounds() {}

  static String checkScalar(String trait, Map<String, Object> s, boolean floats) {
    String common = checkLimits(s, floats);
    if (common != null) {
      return common;
    }
    double v = ((Number) s.get("value")).doubleValue();
    if (floats && !Double.isFinite(v)) {
      return "value " + v + " is not a finite number";
    }
    double min = ((Number) s.get("min")).doubleValue();
    double max = ((Number) s.get("max")).doubleValue();
    if (v < min || v > max) {
      return "value " + text(v, floats) + " is outside [" + text(min, floats) + ", " + text(max, floats)
          + "]; give a value within, or widen min/max first";
    }
    return null;
  }

  static String checkRange(String trait, Map<String, Object> s, boolean floats) {
    String common = checkLimits(s, floats);
    if (common != null) {
      return common;
    }
    if (!(s.get("value") instanceof List<?> pair) || pair.size() != 2 || !(pair.get(0) instanceof Number)
        || !(pair.get(1) instanceof Number)) {
      return "value must be two numbers [lower, upper], not " + s.get("value");
    }
    double lo = ((Number) pair.get(0)).doubleValue();
    double hi = ((Number) pair.get(1)).doubleValue();
    if (!floats && (lo != Math.rint(lo) || hi != Math.rint(hi))) {
      return "value " + pair + " must be whole numbers";
    }
    double min = ((Number) s.get("min")).doubleValue();
    double max = ((Number) s.get("max")).doubleValue();
    if (!(lo <= hi)) {
      return "lower " + text(lo, floats) + " is above upper " + text(hi, floats) + "; give [lower, upper]";
    }
    if (lo < min || hi > max) {
      return "value [" + text(lo, floats) + ", " + text(hi, floats) + "] is outside [" + text(min, floats) + ", "
          + text(max, floats) + "]; give handles within, or widen min/max first";
    }
    return null;
  }

  private static String checkLimits(Map<String, Object> s, boolean floats) {
    double min = ((Number) s.get("min")).doubleValue();
    double max = ((Number) s.get("max")).doubleValue();
    if (floats && (!Double.isFinite(min) || !Double.isFinite(max))) {
      return "min and max must be finite numbers, not " + min + " and " + max;
    }
    if (min > max) {
      return "min " + text(min, floats) + " is above max " + text(max, floats) + "; swap them";
    }
    if (s.get("step") instanceof Number step && !(step.doubleValue() > 0)) {
      return "step must be above 0, not " + step;
    }
    return null;
  }

  static String text(double v, boolean floats) {
    return floats ? String.format(Locale.ROOT, "%s", v) : String.valueOf((long) v);
  }
}
