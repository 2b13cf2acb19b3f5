package org.eventline.store;

import java.util.List;

/** What a full-text query found: whole articles (title or body) and single event sentences. */
record TextMatches(List<String> articleIds, List<String> eventIds) {
  TextMatches {
    articleIds = List.copyOf(articleIds);
    eventIds = List.copyOf(eventIds);
  }
}
