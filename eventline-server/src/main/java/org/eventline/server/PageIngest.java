package org.eventline.server;

import java.util.List;
import org.eventline.article.Article;
import org.eventline.event.Event;

/**
 * Codes one uploaded page into an article and its events, for {@code POST /api/pages}. The CLI
 * passes the real pipeline; tests pass a stub, so the server never needs the NLP to be tested.
 *
 * <pre>{@code PageIngest ingest = (name, bytes) -> { var c = pipeline.code(name, bytes); return new Coded(c.article(), c.events()); };}</pre>
 */
@FunctionalInterface
public interface PageIngest {
  /** What a page yielded. */
  record Coded(Article article, List<Event> events) {}

  Coded code(String name, byte[] page);
}
