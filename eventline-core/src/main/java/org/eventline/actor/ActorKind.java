package org.eventline.actor;

import java.util.Locale;

/** What sort of actor a code stands for; the gold format's {@code kind}. */
public enum ActorKind {
  STATE, GOVERNMENT, MILITARY, ARMED_GROUP, IGO, PERSON, CIVILIANS, OTHER;

  /** The lower-case name used in JSON and resource files ({@code armed_group}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ActorKind of(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
