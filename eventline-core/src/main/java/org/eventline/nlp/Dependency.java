package org.eventline.nlp;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies, enhanced++).
 *
 * @param governor 0-based token index of the head, or -1 for the root
 * @param dependent 0-based token index of the dependent
 * @param relation the relation with its enhanced suffix where there is one ({@code nsubj},
 *     {@code obl:by}, {@code conj:and}, {@code nmod:poss})
 */
public record Dependency(int governor, int dependent, String relation) {
  /** The relation without its suffix: {@code obl} for {@code obl:by}. */
  public String base() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** The suffix after the colon (a preposition, {@code poss}, {@code pass}), or "" when none. */
  public String suffix() {
    int colon = relation.indexOf(':');
    return colon < 0 ? "" : relation.substring(colon + 1);
  }
}
