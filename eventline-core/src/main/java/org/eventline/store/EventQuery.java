package org.eventline.store;

import java.time.LocalDate;
import org.eventline.event.EventType;

/**
 * Which events to list: every filter is optional (null), and the filters that are set must all hold.
 *
 * <pre>{@code
 * store.events(EventQuery.all().withActor("RUSGOV").withType(EventType.CONSULT)
 *     .withFrom(LocalDate.parse("2016-06-01")).withLimit(50));
 * }</pre>
 *
 * @param actor an actor code ({@code RUSGOV}) or name ({@code russia}), either side of the event,
 *     compared without regard to case
 * @param from first event date included
 * @param to last event date included
 * @param limit how many events at most: {@value #DEFAULT_LIMIT} by default, capped at {@value #MAX_LIMIT}
 * @param offset how many matching events to skip, for paging
 */
public record EventQuery(
    String actor, EventType type, LocalDate from, LocalDate to, String articleId, int limit, int offset) {
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 1000;

  public EventQuery {
    actor = blankToNull(actor);
    articleId = blankToNull(articleId);
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

  /** No filters, the default limit, from the first event. */
  public static EventQuery all() {
    return new EventQuery(null, null, null, null, null, DEFAULT_LIMIT, 0);
  }

  public EventQuery withActor(String actor) {
    return new EventQuery(actor, type, from, to, articleId, limit, offset);
  }

  public EventQuery withType(EventType type) {
    return new EventQuery(actor, type, from, to, articleId, limit, offset);
  }

  public EventQuery withFrom(LocalDate from) {
    return new EventQuery(actor, type, from, to, articleId, limit, offset);
  }

  public EventQuery withTo(LocalDate to) {
    return new EventQuery(actor, type, from, to, articleId, limit, offset);
  }

  public EventQuery withArticleId(String articleId) {
    return new EventQuery(actor, type, from, to, articleId, limit, offset);
  }

  public EventQuery withLimit(int limit) {
    return new EventQuery(actor, type, from, to, articleId, limit, offset);
  }

  public EventQuery withOffset(int offset) {
    return new EventQuery(actor, type, from, to, articleId, limit, offset);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
