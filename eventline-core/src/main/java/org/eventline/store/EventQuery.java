package org.eventline.store;

import java.time.LocalDate;
import org.eventline.event.EventStatus;
import org.eventline.event.EventType;

/**
 * Which events to list and in what order: every filter is optional (null), and the filters that
 * are set must all hold.
 *
 * <pre>{@code
 * store.events(EventQuery.all().withActor("RUSGOV").withType(EventType.CONSULT)
 *     .withFrom(LocalDate.parse("2016-06-01")).withText("aleppo").withLimit(50));
 * }</pre>
 *
 * @param actor an actor code ({@code RUSGOV}) or name ({@code russia}), either side of the event,
 *     compared without regard to case
 * @param actorKind an actor kind ({@code government}, {@code armed_group}), either side
 * @param actorCountry an ISO alpha-3 country of an actor ({@code SYR}), either side
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param from first event date included
 * @param to last event date included
 * @param placeCountry the ISO alpha-3 country of the event's place
 * @param box the event's place lies inside this box
 * @param text a full-text query (Lucene's simple syntax: words, "phrases", -not, prefix*) over the
 *     event's sentence and its article's title and body
 * @param sort the order; newest first when null
 * @param limit how many events at most: {@value #DEFAULT_LIMIT} by default, capped at {@value #MAX_LIMIT}
 * @param offset how many matching events to skip, for paging
 */
public record EventQuery(
    String actor, String actorKind, String actorCountry, EventType type, Integer quadClass,
    EventStatus status, LocalDate from, LocalDate to, String placeCountry, BoundingBox box,
    String text, String articleId, EventSort sort, int limit, int offset) {
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 1000;

  public EventQuery {
    actor = blankToNull(actor);
    actorKind = blankToNull(actorKind);
    actorCountry = blankToNull(actorCountry);
    placeCountry = blankToNull(placeCountry);
    text = blankToNull(text);
    articleId = blankToNull(articleId);
    if (sort == null) {
      sort = EventSort.NEWEST;
    }
    if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
      throw new IllegalArgumentException("quad class is 1..4, not " + quadClass);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
    // A cap, not an error: a client asking for "everything" gets the largest page instead.
    limit = Math.min(limit, MAX_LIMIT);
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  /** The first filters this record had, kept so that callers written against them still compile. */
  public EventQuery(String actor, EventType type, LocalDate from, LocalDate to, String articleId, int limit, int offset) {
    this(actor, null, null, type, null, null, from, to, null, null, null, articleId, null, limit, offset);
  }

  /** No filters, the default limit, from the first event, newest first. */
  public static EventQuery all() {
    return new EventQuery(null, null, null, null, null, null, null, null, null, null, null, null, null,
        DEFAULT_LIMIT, 0);
  }

  public EventQuery withActor(String actor) {
    return new EventQuery(actor, actorKind, actorCountry, type, quadClass, status, from, to, placeCountry, box, text, articleId, sort, limit, offset);
  }

  public EventQuery withActorKind(String actorKind) {
    return new EventQuery(actor, actorKind, actorCountry, type, quadClass, status, from, to, placeCountry, box, text, articleId, sort, limit, offset);
  }

  public EventQuery withActorCountry(String actorCountry) {
    return new EventQuery(actor, actorKind, actorCountry, type, quadClass, status, from, to, placeCountry, box, text, articleId, sort, limit, offset);
  }

  public EventQuery withType(EventType type) {
    return new EventQuery(actor, actorKind, actorCountry, type, quadClass, status, from, to, placeCountry, box, text, articleId, sort, limit, offset);
  }

  public EventQuery withQuadClass(Integer quadClass) {
    return new EventQuery(actor, actorKind, actorCountry, type, quadClass, status, from, to, placeCountry, box, text, articleId, sort, limit, offset);
  }

  public EventQuery withStatus(EventStatus status) {
    return new EventQuery(actor, actorKind, actorCountry, type, quadClass, status, from, to, placeCountry, box, text, articleId, sort, limit, offset);
  }

  public EventQuery withFrom(LocalDate from) {
    return new EventQuery(actor, actorKind, actorCountry, type, quadClass, status, from, to, placeCountry, box, text, articleId, sort, limit, offset);
  }

  public EventQuery withTo(LocalDate to) {
    return new EventQuery(actor, actorKind, actorCountry, type, quadClass, status, from, to, placeCountry, box, text, articleId, sort, limit, offset);
  }

  public EventQuery withPlaceCountry(String placeCountry) {
    return new EventQuery(actor, actorKind, actorCountry, type, quadClass, status, from, to, placeCountry, box, text, articleId, sort, limit, offset);
  }

  public EventQuery withBox(BoundingBox box) {
    return new EventQuery(actor, actorKind, actorCountry, type, quadClass, status, from, to, placeCountry, box, text, articleId, sort, limit, offset);
  }

  public EventQuery withText(String text) {
    return new EventQuery(actor, actorKind, actorCountry, type, quadClass, status, from, to, placeCountry, box, text, articleId, sort, limit, offset);
  }

  public EventQuery withArticleId(String articleId) {
    return new EventQuery(actor, actorKind, actorCountry, type, quadClass, status, from, to, placeCountry, box, text, articleId, sort, limit, offset);
  }

  public EventQuery withSort(EventSort sort) {
    return new EventQuery(actor, actorKind, actorCountry, type, quadClass, status, from, to, placeCountry, box, text, articleId, sort, limit, offset);
  }

  public EventQuery withLimit(int limit) {
    return new EventQuery(actor, actorKind, actorCountry, type, quadClass, status, from, to, placeCountry, box, text, articleId, sort, limit, offset);
  }

  public EventQuery withOffset(int offset) {
    return new EventQuery(actor, actorKind, actorCountry, type, quadClass, status, from, to, placeCountry, box, text, articleId, sort, limit, offset);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
