package org.eventline.ingest;

import java.util.List;
import org.eventline.article.Article;
import org.eventline.event.Event;
import org.eventline.event.EventStatus;
import org.eventline.event.EventType;
import org.eventline.event.Participant;
import org.eventline.event.SentenceRef;
import org.eventline.pipeline.Pipeline.Coded;

/**
 * A coder that needs no CoreNLP: one made-up event per article, derived from its id, so tests of
 * ingesting (and the kill test's child process) can compare stores event by event in milliseconds.
 */
final class FakeCoder {
  private static final Participant RUSSIA = new Participant("Russia", "Russia", "RUS", "RUS", "country");

  private FakeCoder() {}

  static Coded code(Article a) {
    String first = a.body().lines().findFirst().orElse("");
    Event e = new Event(a.id() + "-e1", a.id(), "2016-06-25", EventType.CONSULT, "visit", "042", 1, 1.9,
        EventStatus.ASSERTED, RUSSIA, null, null, new SentenceRef(0, first, 0, first.length()), 0.5);
    return new Coded(a, List.of(e), 1, 1);
  }
}
