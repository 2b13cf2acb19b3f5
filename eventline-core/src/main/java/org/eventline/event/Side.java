package org.eventline.event;

import org.eventline.actor.ActorMention;

/**
 * An actor taking one side of an event, and how it was found.
 *
 * @param text the words that name it in the sentence (for a pronoun, the antecedent's words)
 * @param inferred true when found by a fallback (a pronoun, an earlier event, the nearest actor)
 *     rather than by a direct dependency; it lowers the event's confidence
 */
record Side(ActorMention mention, String text, boolean inferred) {
  String code() {
    return mention.actor().code();
  }

  /**
   * What tells actors apart: the code, but for actors of unknown country ("---PER", "---GOV")
   * the code and the name, since two unknown people share a code and are not one actor.
   */
  String identity() {
    String code = code();
    return code.startsWith("---") ? code + "|" + mention.actor().name().toLowerCase(java.util.Locale.ROOT) : code;
  }
}
