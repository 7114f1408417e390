package org.treatylab.widgets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A widget model of the Jupyter widget schema: its name, module and version, its view, and its traits
 * in the schema's order. Generated from {@code @jupyter-widgets/schema} (see {@code
 * widgets/generate_models.py}); the front end finds the JavaScript model by these names.
 */
public final class ModelSpec {
  private final String modelName;
  private final String modelModule;
  private final String modelModuleVersion;
  private final String viewName;
  private final String viewModule;
  private final String viewModuleVersion;
  private final Map<String, TraitSpec> traits;

  public ModelSpec(String modelName, String modelModule, String modelModuleVersion, String viewName,
      String viewModule, String viewModuleVersion, List<TraitSpec> traits) {
    this.modelName = modelName;
    this.modelModule = modelModule;
    this.modelModuleVersion = modelModuleVersion;
    this.viewName = viewName;
    this.viewModule = viewModule;
    this.viewModuleVersion = viewModuleVersion;
    Map<String, TraitSpec> byName = new LinkedHashMap<>();
    for (TraitSpec t : traits) {
      byName.put(t.name(), t);
    }
    this.traits = Collections.unmodifiableMap(byName);
  }

  /** The model's name ({@code IntSliderModel}). */
  public String modelName() {
    return modelName;
  }

  /** The JavaScript module holding the model ({@code @jupyter-widgets/controls}). */
  public String modelModule() {
    return modelModule;
  }

  /** The module's version the model needs ({@code 2.0.0}). */
  public String modelModuleVersion() {
    return modelModuleVersion;
  }

  /** The view's name, or null for models without a view (layouts, styles). */
  public String viewName() {
    return viewName;
  }

  /** The JavaScript module holding the view, or null. */
  public String viewModule() {
    return viewModule;
  }

  /** The view module's version, or null. */
  public String viewModuleVersion() {
    return viewModuleVersion;
  }

  /** The traits by name, in the schema's order. */
  public Map<String, TraitSpec> traits() {
    return traits;
  }

  /** The trait {@code name}, or null. */
  public TraitSpec trait(String name) {
    return traits.get(name);
  }
}
