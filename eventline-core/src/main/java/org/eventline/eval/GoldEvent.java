package org.eventline.eval;

import java.util.List;

/**
 * One event a human coder found, in the gold format of {@code shared/fixtures/README.md}.
 *
 * @param target null when the gold event has no target (then any target matches)
 * @param types accepted PLOVER types, best first
 * @param required true when an engine should certainly find it (counts for recall)
 * @param sentence a fragment of the sentence that carries it
 */
public record GoldEvent(
    GoldActor source, GoldActor target, List<String> types, GoldPlace where, String status,
    boolean required, String sentence) {

  /** One side of a gold event: accepted lower-case names, country (alpha-3 or null) and kind. */
  public record GoldActor(List<String> names, String country, String kind) {}

  /** Where the gold event happened. */
  public record GoldPlace(String name, String country) {}
}
