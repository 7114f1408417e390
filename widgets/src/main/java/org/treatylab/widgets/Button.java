package org.treatylab.widgets;

import org.treatylab.widgets.model.ButtonTraits;

/** A button (the page's {@code ButtonModel}); {@link #onClick} runs code when a person clicks it. */
public final class Button extends ButtonTraits<Button> {
  /** A button labelled {@code description}. */
  public Button(String description) {
    description(description);
  }

  /**
   * Runs {@code action} after every click, serialized with cells; an exception it throws is shown
   * under the last cell.
   */
  public Button onClick(Runnable action) {
    onCustom(content -> {
      if (content.has("event") && "click".equals(content.get("event").getAsString())) {
        action.run();
      }
    });
    return this;
  }
}
