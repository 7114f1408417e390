package org.treatylab.widgets;

import java.util.List;
import java.util.Objects;

/**
 * One trait of a widget model as the Jupyter widget schema ({@code @jupyter-widgets/schema},
 * {@code jupyterwidgetmodels.latest.json}) states it: its name, its type, its default, whether it may
 * be null, the values it may take. The generated classes in {@code org.treatylab.widgets.model} hold
 * these; {@link Widget} checks every value against them, from Java and from the page alike.
 *
 * <p>Values are held as: {@code INT} a {@link Long}, {@code FLOAT} a {@link Double}, {@code BOOL} a
 * {@link Boolean}, {@code STRING} a {@link String}, {@code ARRAY} a {@link List}, {@code OBJECT} a
 * {@link java.util.Map}, {@code REFERENCE} a {@link Widget}.
 *
 * @param name the trait's name in the protocol ({@code continuous_update})
 * @param kind its type
 * @param defaultValue its default; null for a reference to a new instance, which the widget makes
 * @param allowNone whether null is a value of the trait
 * @param allowed for strings with a fixed set of values, the set; else empty
 * @param widget for references, the schema's name of the referenced model without "Model"
 * @param itemKind for arrays, the type of the items ({@code ANY} when the schema does not say)
 * @param help the schema's description of the trait
 */
public record TraitSpec(
    String name, Kind kind, Object defaultValue, boolean allowNone, List<String> allowed, String widget,
    Kind itemKind, String help) {
  /** The value types of the schema. */
  public enum Kind {
    STRING, BOOL, INT, FLOAT, ARRAY, OBJECT, REFERENCE, ANY
  }

  public TraitSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    allowed = List.copyOf(allowed);
  }

  /** True for the protocol's own traits ({@code _model_name}, {@code _view_module}, …), which the page may not change. */
  public boolean isPrivate() {
    return name.startsWith("_");
  }
}
