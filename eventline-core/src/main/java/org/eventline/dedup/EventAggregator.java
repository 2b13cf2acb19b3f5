package org.eventline.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eventline.article.Article;
import org.eventline.event.Event;
import org.eventline.event.Participant;
import org.eventline.geo.Place;

/**
 * Folds the same who-did-what-to-whom-where-when, reported by many articles, into one event with
 * many mentions.
 *
 * <pre>{@code
 * List<AggregatedEvent> events = EventAggregator.aggregate(coded, articles, dedup.clusters());
 * }</pre>
 *
 * <p>Two reports are one event when they share date, CAMEO code (else PLOVER type), status, source
 * and target codes and place (GeoNames id, else country; no place matches only no place), as GDELT
 * keys its events on actors, event code, location and day; see {@link #key}. Symmetric types
 * (CONSULT, COOPERATE, AGREE) key their sides in code order, so "A met B" and "B met A" are one meeting.
 */
public final class EventAggregator {
  private EventAggregator() {}

  /**
   * @param articles the articles the events came from (for their sources); an event whose article
   *     is missing counts its article id as its source
   * @param stories story clusters over those articles, or an empty list to count every article as its own story
   */
  public static List<AggregatedEvent> aggregate(List<Event> events, List<Article> articles, List<StoryCluster> stories) {
    Map<String, Article> articleById = new HashMap<>();
    for (Article a : articles) {
      articleById.put(a.id(), a);
    }
    Map<String, String> storyOf = new HashMap<>();
    for (StoryCluster c : stories) {
      for (String id : c.articleIds()) {
        storyOf.put(id, c.originalId());
      }
    }
    Map<String, List<Event>> byKey = new LinkedHashMap<>();
    for (Event e : events) {
      byKey.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e);
    }
    List<AggregatedEvent> out = new ArrayList<>(byKey.size());
    for (Map.Entry<String, List<Event>> entry : byKey.entrySet()) {
      List<Event> mentions = entry.getValue();
      List<String> mentionIds = new ArrayList<>();
      Set<String> articleIds = new HashSet<>();
      Set<String> sources = new HashSet<>();
      Set<String> storyIds = new HashSet<>();
      for (Event e : mentions) {
        mentionIds.add(e.id());
        articleIds.add(e.articleId());
        sources.add(publisher(articleById.get(e.articleId()), e.articleId()));
        storyIds.add(storyOf.getOrDefault(e.articleId(), e.articleId()));
      }
      out.add(new AggregatedEvent(entry.getKey(), mentions.get(0), mentionIds, mentions.size(), articleIds.size(),
          sources.size(), storyIds.size()));
    }
    return out;
  }

  /**
   * {@code date|code|status|side|side|place}: the event date (an undated event is keyed by its
   * article, so undated reports never merge across articles), the CAMEO code (else the PLOVER
   * type), the status, each side's actor code (else name, else "-"; a joint act's sides in code
   * order) and the place's GeoNames id ({@code gn:170063}), else its country, else "-". GDELT keys
   * its events on actors, event code, location and day in the same way. The store computes the
   * same key in SQL (EventGroups.KEY); public for the Spark job.
   */
  public static String key(Event e) {
    String source = side(e.source());
    String target = side(e.target());
    if (e.type().symmetric() && source.compareTo(target) > 0) {
      String t = source;
      source = target;
      target = t;
    }
    String date = e.date() != null ? e.date() : "undated:" + e.articleId();
    String code = e.cameo() != null && !e.cameo().isEmpty() ? e.cameo() : e.type().name();
    return date + "|" + code + "|" + e.status().label() + "|" + source + "|" + target + "|" + place(e.where());
  }

  private static String side(Participant p) {
    return p == null ? "-" : p.code() != null ? p.code() : p.name() != null ? p.name() : "-";
  }

  private static String place(Place p) {
    if (p == null) {
      return "-";
    }
    return p.geonamesId() != null ? "gn:" + p.geonamesId() : p.country() != null ? p.country() : "-";
  }

  /** The site that published the article (a repost's site, not the source it credits: that is what stories count). */
  private static String publisher(Article a, String articleId) {
    if (a == null || a.site() == null) {
      return "article:" + articleId;
    }
    String site = a.site().toLowerCase(Locale.ROOT);
    return site.startsWith("www.") ? site.substring(4) : site;
  }
}
