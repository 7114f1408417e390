package org.treatylab.teaching;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import tech.tablesaw.api.Table;

/**
 * Names a value in a short phrase for a student ("a list of 156 participants", "an Optional holding a
 * threshold crossing"), never with its {@code toString()}, which for a list of records runs to tens of
 * thousands of characters, and says how to get a number or a date out of it.
 */
final class Describe {
  private Describe() {}

  private static final int MAX_TEXT = 40;

  /** A short phrase naming the value: its kind and size, or its value when it is short. */
  static String what(Object value) {
    if (value == null) {
      return "nothing (null)";
    }
    if (value instanceof CharSequence s) {
      String text = s.length() > MAX_TEXT ? s.subSequence(0, MAX_TEXT) + "…" : s.toString();
      return "the text \"" + text + "\"";
    }
    if (value instanceof Number n) {
      return "the number " + Exercises.show(n.doubleValue());
    }
    if (value instanceof LocalDate d) {
      return "the date " + d;
    }
    if (value instanceof Boolean b) {
      return b + " (a yes/no value)";
    }
    if (value instanceof Collection<?> c) {
      return c.isEmpty() ? "an empty list" : "a list of " + c.size() + " " + plural(noun(c.iterator().next()), c.size());
    }
    if (value instanceof Map<?, ?> m) {
      return "a map of " + m.size() + " " + plural("entry", m.size());
    }
    if (value.getClass().isArray()) {
      int n = java.lang.reflect.Array.getLength(value);
      return "an array of " + n + " " + plural(noun(value.getClass().getComponentType()), n);
    }
    if (value instanceof Table t) {
      return "a table of " + t.rowCount() + " " + plural("row", t.rowCount());
    }
    if (value instanceof Optional<?> o) {
      return o.isPresent() ? "an Optional holding " + what(o.get()) : "an empty Optional (nothing was found)";
    }
    if (value instanceof OptionalInt || value instanceof OptionalLong || value instanceof OptionalDouble) {
      return "an " + value.getClass().getSimpleName() + (value.equals(OptionalInt.empty())
          || value.equals(OptionalLong.empty()) || value.equals(OptionalDouble.empty()) ? " that is empty" : "");
    }
    String noun = noun(value);
    String simple = value.getClass().getSimpleName();
    return article(noun) + " " + noun + (noun.equalsIgnoreCase(simple) || simple.isEmpty() ? "" : " (" + simple + ")");
  }

  /** How to get a value of the asked kind out of this one: " — count it with `.size()`", etc. */
  static String howToGet(Object value, Exercises.Kind kind) {
    boolean wantsNumber = kind != Exercises.Kind.DATE;
    if (value instanceof Collection<?>) {
      return wantsNumber ? " — count it with `.size()`" : "; the answer is one date";
    }
    if (value instanceof Map<?, ?>) {
      return wantsNumber ? " — count it with `.size()`" : "; the answer is one date";
    }
    if (value != null && value.getClass().isArray()) {
      return wantsNumber ? " — count it with `.length`" : "; the answer is one date";
    }
    if (value instanceof Table) {
      return wantsNumber ? " — count its rows with `.rowCount()`" : "; the answer is one date";
    }
    if (value instanceof Optional<?> o) {
      return o.isPresent() ? " — take it out with `.orElseThrow()`" + howToGet(o.get(), kind).replaceFirst("^ — ", ", then ")
          : "; the answer is " + kind.noun;
    }
    if (value instanceof OptionalInt || value instanceof OptionalLong || value instanceof OptionalDouble) {
      return " — take the number out with `.orElseThrow()`";
    }
    List<String> accessors = accessors(value, kind);
    if (!accessors.isEmpty()) {
      return " — take " + kind.noun + " from it with " + String.join(" or ", accessors);
    }
    return "; the answer is " + kind.noun;
  }

  /** Up to three no-argument methods of the value's class that return the asked kind, record components first. */
  private static List<String> accessors(Object value, Exercises.Kind kind) {
    List<String> names = new ArrayList<>();
    if (value == null) {
      return names;
    }
    Class<?> type = value.getClass();
    if (!Modifier.isPublic(type.getModifiers())) {
      return names;
    }
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        if (fits(c.getType(), kind)) {
          names.add("`." + c.getName() + "()`");
        }
      }
    }
    List<Method> others = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
          && fits(m.getReturnType(), kind) && !m.getName().equals("hashCode")
          && !names.contains("`." + m.getName() + "()`")) {
        others.add(m);
      }
    }
    others.sort((a, b) -> a.getName().compareTo(b.getName()));
    others.forEach(m -> names.add("`." + m.getName() + "()`"));
    return names.size() > 3 ? names.subList(0, 3) : names;
  }

  private static boolean fits(Class<?> type, Exercises.Kind kind) {
    if (kind == Exercises.Kind.DATE) {
      return type == LocalDate.class;
    }
    if (kind == Exercises.Kind.COUNT) {
      return type == int.class || type == long.class || type == Integer.class || type == Long.class;
    }
    return type == double.class || type == int.class || type == long.class || Number.class.isAssignableFrom(type);
  }

  /** "Participant" → "participant", "ClaimCheck" → "claim check". */
  private static String noun(Object value) {
    return noun(value instanceof Class<?> c ? c : value == null ? Object.class : value.getClass());
  }

  private static String noun(Class<?> type) {
    String simple = type.getSimpleName();
    if (simple.isEmpty()) {
      simple = "value";
    }
    if (type == org.treatylab.analysis.adoption.Thresholds.Crossing.class) {
      return "threshold crossing";
    }
    return simple.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  private static String plural(String noun, int n) {
    if (n == 1) {
      return noun;
    }
    if (noun.endsWith("y") && !noun.endsWith("ey")) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    return noun.endsWith("s") ? noun + "es" : noun + "s";
  }

  private static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }
}
