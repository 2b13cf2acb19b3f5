package org.eventline.store;

/**
 * One event as reported, GDELT-style: every stored event sharing its {@link #key} is a mention of it.
 *
 * <pre>{@code EventGroup g = store.eventGroups(List.of(eventId)).get(eventId); print(g.numMentions() + " mentions");}</pre>
 *
 * @param key what makes two mentions one event: day, CAMEO code (else PLOVER type), status, the two
 *     sides' codes (joint acts in code order), place (GeoNames id, else country); see docs/DEDUP.md
 * @param numMentions every stored mention, reposts and several in one article each counted
 * @param numArticles distinct stories among the mentions' articles: a repost is not a new article
 * @param numSources distinct publishers of those stories, a story's publisher being its original's site
 */
public record EventGroup(String key, int numMentions, int numArticles, int numSources) {
  /** An event no other mention repeats. */
  static EventGroup single(String key) {
    return new EventGroup(key, 1, 1, 1);
  }
}
