package org.treatylab.widgets;

import java.util.List;
import java.util.Map;
import org.treatylab.widgets.model.DropdownTraits;

/** A choice of one option from a list of labels (the page's {@code DropdownModel}, which selects by index). */
public final class Dropdown extends DropdownTraits<Dropdown> implements ValueControl<String> {
  /**
   * A dropdown of {@code options} with {@code selected} chosen.
   *
   * @throws IllegalArgumentException when the options are empty or do not contain {@code selected}
   */
  public Dropdown(String description, List<String> options, String selected) {
    if (options == null || options.isEmpty()) {
      throw new IllegalArgumentException("Dropdown '" + description + "': options are empty; give at least one label");
    }
    int index = options.indexOf(selected);
    if (index < 0) {
      throw new IllegalArgumentException("Dropdown '" + description + "': \"" + selected + "\" is not one of the options "
          + options + "; pick one of them");
    }
    setTraits(Map.of("description", description, "_options_labels", List.copyOf(options), "index", index));
  }

  /** The labels, in order. */
  @SuppressWarnings("unchecked")
  public List<String> options() {
    return (List<String>) getTrait("_options_labels");
  }

  /** The chosen label, or null when none is chosen. */
  public String selected() {
    Integer i = index();
    return i == null ? null : options().get(i);
  }

  /**
   * Chooses the label {@code label}.
   *
   * @throws IllegalArgumentException when it is not one of the options
   */
  public Dropdown select(String label) {
    int i = options().indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException(describe() + ": \"" + label + "\" is not one of the options " + options());
    }
    return index(i);
  }

  @Override
  public String currentValue() {
    return selected();
  }

  @Override
  public Widget widget() {
    return this;
  }

  @Override
  public void onValue(java.util.function.Consumer<String> action) {
    observe("index", change -> action.accept(selected()));
  }

  @Override
  protected String check(String trait, Object value, Map<String, Object> after) {
    if (after.get("index") instanceof Number i && after.get("_options_labels") instanceof List<?> labels
        && (i.intValue() < 0 || i.intValue() >= labels.size())) {
      return "index " + i + " is outside the " + labels.size() + " options (0 to " + (labels.size() - 1) + ")";
    }
    return null;
  }
}
