package org.eventline.event;

import java.util.Locale;

/** Whether the text says the event happened, says it did not, or only speaks of it as possible. */
public enum EventStatus {
  ASSERTED, NEGATED, HYPOTHETICAL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
