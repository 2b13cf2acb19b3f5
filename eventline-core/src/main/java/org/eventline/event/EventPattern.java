package org.eventline.event;

import java.util.Set;

/**
 * One line of {@code patterns.txt}: an event word and the conditions under which it codes an event.
 *
 * @param noun true for a nominal event ("an attack on"), false for a verb
 * @param objects when not empty, the direct object must be one of these lemmas and then describes
 *     the act ("hold talks") rather than naming the target
 * @param notObjects the direct object must not be one of these lemmas
 * @param adverbs when not empty, the verb must carry one of these adverbs
 * @param particle when not null, the verb's particle ("out" in "pull out")
 * @param targetPrepositions prepositions whose object is the target
 * @param needsPreposition the pattern applies only when one of the target prepositions is present
 */
record EventPattern(
    boolean noun,
    String lemma,
    Set<String> objects,
    Set<String> notObjects,
    Set<String> adverbs,
    String particle,
    Set<String> targetPrepositions,
    boolean needsPreposition,
    String cameo,
    EventType typeOverride,
    String modeOverride) {

  boolean objectDescribesAct() {
    return !objects.isEmpty();
  }

  /** More specific patterns are tried first: those with object, adverb or particle conditions. */
  int specificity() {
    return (objects.isEmpty() ? 0 : 4) + (adverbs.isEmpty() ? 0 : 2) + (particle == null ? 0 : 2)
        + (needsPreposition ? 1 : 0);
  }
}
