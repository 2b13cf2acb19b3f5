package org.eventline.store;

import org.eventline.article.Article;
import org.eventline.event.Event;

/**
 * An event with the article it came from, for listings. The article carries its metadata but not
 * its body (empty), so a page of events does not drag a page of article bodies along;
 * {@link EventStore#article(String)} gives the whole article.
 */
public record StoredEvent(Event event, Article article) {}
