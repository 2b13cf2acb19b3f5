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
 * @param aims when not empty, the verb must be aimed ("into", "toward", "towards") at one of these
 *     lemmas, a place that is no one ("fired two missiles into the sea")
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
    Set<String> aims,
    String cameo,
    EventType typeOverride,
    String modeOverride) {

  boolean objectDescribesAct() {
    return !objects.isEmpty();
  }

  /** The prepositions of an aim: where a shot or a launch goes. */
  static final Set<String> AIMING = Set.of("into", "toward", "towards");

  /** More specific patterns are tried first: those with aim, object, adverb or particle conditions. */
  int specificity() {
    return (aims.isEmpty() ? 0 : 8) + (objects.isEmpty() ? 0 : 4) + (adverbs.isEmpty() ? 0 : 2) + (particle == null ? 0 : 2)
        + (needsPreposition ? 1 : 0);
  }
}
