package org.eventline.dedup;

import java.util.List;
import org.eventline.event.Event;

/**
 * One event as the world saw it once, with every report of it: GDELT's event with its mentions.
 *
 * @param key what makes two reports one event: date, type, source and target codes, place
 * @param event the first report, standing for the event
 * @param mentionIds ids of every coded event that reports it, in input order
 * @param numMentions reports in all, several per article counted apart
 * @param numArticles distinct articles reporting it
 * @param numSources distinct publishing sites (an article without a site counts as its own)
 * @param numStories distinct story clusters: a story reposted on ten sites counts once
 */
public record AggregatedEvent(
    String key, Event event, List<String> mentionIds, int numMentions, int numArticles, int numSources,
    int numStories) {
  public AggregatedEvent {
    mentionIds = List.copyOf(mentionIds);
  }
}
