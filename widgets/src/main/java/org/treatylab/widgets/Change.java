package org.treatylab.widgets;

/**
 * A trait's change, as an {@link Widget#observe observer} receives it.
 *
 * @param widget the widget that changed
 * @param trait the trait's protocol name ({@code value})
 * @param oldValue the value before
 * @param newValue the value now
 * @param fromPage true when the person at the page made the change, false when code did
 */
public record Change(Widget widget, String trait, Object oldValue, Object newValue, boolean fromPage) {}
