package org.treatylab.data.importer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One column of a curated dataset, described once and used both for the CSV header and for the
 * Frictionless Table Schema field in {@code datapackage.json}.
 *
 * @param name column name
 * @param type Frictionless type: string, integer, number, boolean, date, year
 * @param description what the column holds
 * @param unit the unit, or null when the column has none
 * @param isRequired whether every row has a value
 * @param minimum the smallest allowed value, or null
 * @param maximum the largest allowed value, or null
 * @param allowed the allowed values, or an empty list for any
 * @param pattern a regular expression every value must match, or null
 */
public record Column(
    String name,
    String type,
    String description,
    String unit,
    boolean isRequired,
    Number minimum,
    Number maximum,
    List<String> allowed,
    String pattern) {

  /** Returns an optional column without unit or constraints. */
  public static Column of(String name, String type, String description) {
    return new Column(name, type, description, null, false, null, null, List.of(), null);
  }

  /** Returns this column with a unit. */
  public Column unit(String unit) {
    return new Column(name, type, description, unit, isRequired, minimum, maximum, allowed, pattern);
  }

  /** Returns this column marked as required in every row. */
  public Column required() {
    return new Column(name, type, description, unit, true, minimum, maximum, allowed, pattern);
  }

  /** Returns this column with a numeric range constraint. */
  public Column range(Number min, Number max) {
    return new Column(name, type, description, unit, isRequired, min, max, allowed, pattern);
  }

  /** Returns this column restricted to the given values. */
  public Column oneOf(String... values) {
    return new Column(name, type, description, unit, isRequired, minimum, maximum, List.of(values), pattern);
  }

  /** Returns this column with a pattern every non-empty value must match (Table Schema {@code pattern}). */
  public Column pattern(String regex) {
    return new Column(name, type, description, unit, isRequired, minimum, maximum, allowed, regex);
  }

  /** An ISO 3166-1 alpha-3 code (or Kosovo's user-assigned XKX). */
  public static final String ISO3 = "[A-Z]{3}";
  /** A row id of FIGURES.md, e.g. C09. */
  public static final String FIGURE_ID = "[A-Z][0-9]{2}";

  /** Returns the Table Schema field descriptor. */
  public ObjectNode field() {
    ObjectNode f = DataPackage.field(name, type, description, isRequired);
    if (unit != null) {
      f.put("unit", unit);
    }
    if (minimum != null || maximum != null || !allowed.isEmpty() || pattern != null) {
      ObjectNode c = f.has("constraints") ? (ObjectNode) f.get("constraints") : f.putObject("constraints");
      if (minimum != null) {
        putNumber(c, "minimum", minimum);
      }
      if (maximum != null) {
        putNumber(c, "maximum", maximum);
      }
      if (!allowed.isEmpty()) {
        allowed.forEach(c.putArray("enum")::add);
      }
      if (pattern != null) {
        c.put("pattern", pattern);
      }
    }
    return f;
  }

  // Integer bounds are written as JSON integers: a Table Schema integer field needs integer constraints.
  private static void putNumber(ObjectNode node, String key, Number n) {
    if (n instanceof Integer || n instanceof Long) {
      node.put(key, n.longValue());
    } else {
      node.put(key, n.doubleValue());
    }
  }
}
