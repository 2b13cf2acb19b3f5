package org.eventline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eventline.article.Article;
import org.eventline.event.Event;
import org.eventline.event.EventStatus;
import org.eventline.event.EventType;
import org.eventline.event.Participant;
import org.eventline.synth.SyntheticCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filters on one actor or one actor country read event_keys instead of events; every page, count,
 * timeline and type count must equal what the plain filter over events gives, after bulk appends
 * (sorted and unsorted), single stores, and re-stored events whose actors changed.
 */
class EventKeysTest {
  @TempDir Path dir;
  final long savedWindow = EventStore.windowMinEvents;

  @AfterEach
  void restore() {
    EventStore.useKeys = true;
    EventStore.windowMinEvents = savedWindow;
  }

  @Test
  void keyedFiltersGiveWhatThePlainFiltersGive() {
    try (EventStore store = EventStore.open(dir.resolve("data"))) {
      SyntheticCorpus corpus = new SyntheticCorpus(11, LocalDate.parse("2015-01-01"), 3650);
      append(store, corpus, 6000, 2000);
      // A second, small append stays unsorted at the end of event_keys.
      append(store, corpus, 600, 2000);
      store.store(Fixtures.article("undated", "No date", null),
          List.of(Fixtures.event("undated-1", "undated", null, EventType.CONSULT, Fixtures.RUSSIA, Fixtures.SYRIA)));
      store.store(Fixtures.article("a1", "Talks", "2016-06-25"),
          List.of(Fixtures.event("e1", "a1", "2016-06-25", EventType.CONSULT, Fixtures.RUSSIA, Fixtures.SYRIA),
              Fixtures.event("e2", "a1", "2016-06-25", EventType.ASSAULT, Fixtures.NUSRA, Fixtures.NUSRA)));
      // Re-coded: e1 now names Iraq instead of Syria; its old keys must go.
      Participant iraq = new Participant("Iraq", "Iraq", "IRQGOV", "IRQ", "government");
      store.store(Fixtures.article("a1", "Talks", "2016-06-25"),
          List.of(Fixtures.event("e1", "a1", "2016-06-25", EventType.CONSULT, Fixtures.RUSSIA, iraq)));
      // The same new event twice in one store: the second write updates a row not yet committed.
      store.store(Fixtures.article("a2", "Twice", "2016-06-27"),
          List.of(Fixtures.event("x1", "a2", "2016-06-27", EventType.CONSULT, Fixtures.RUSSIA, Fixtures.SYRIA),
              Fixtures.event("x1", "a2", "2016-06-27", EventType.CONSULT, Fixtures.NUSRA, iraq)));

      List<EventQuery> queries = new ArrayList<>();
      for (EventSort sort : List.of(EventSort.NEWEST, EventSort.OLDEST)) {
        EventQuery base = EventQuery.all().withSort(sort);
        queries.add(base.withActor("SYRGOV"));
        queries.add(base.withActor("syrgov").withOffset(700).withLimit(50));
        queries.add(base.withActor("RUSGOV").withType(EventType.ASSAULT).withLimit(20));
        queries.add(base.withActor("NGAMIL").withType(EventType.COOPERATE));
        queries.add(base.withActor("IGOUNO").withStatus(EventStatus.HYPOTHETICAL));
        queries.add(base.withActor("SYRREBNUS"));
        queries.add(base.withActor("IRQGOV").withFrom(LocalDate.parse("2016-01-01")).withTo(LocalDate.parse("2016-12-31")));
        queries.add(base.withActor("NOSUCHCODE"));
        queries.add(base.withActorCountry("irq").withStatus(EventStatus.NEGATED).withOffset(10));
        queries.add(base.withActorCountry("NGA").withQuadClass(2).withStatus(EventStatus.ASSERTED));
        queries.add(base.withActorCountry("SYR").withTo(LocalDate.parse("2016-07-01")).withLimit(1000));
        queries.add(base.withActorCountry("SYR").withFrom(LocalDate.parse("2020-01-01")).withType(EventType.CONSULT));
      }
      for (EventQuery q : queries) {
        // A value that is no stored code is compared with names, over events.
        boolean code = !"NOSUCHCODE".equals(q.actor());
        assertThat(EventFilter.keyed(q, code) != null).as(q.toString()).isEqualTo(code);
        // Compared with date windows on and off: the windows bound the keyed table's day too.
        for (long window : new long[] {Long.MAX_VALUE, 0}) {
          EventStore.windowMinEvents = window;
          same(store, q, s -> s.events(q).stream().map(Event::id).toList());
        }
        same(store, q, s -> s.count(q));
        same(store, q, s -> s.types(q));
        for (Interval interval : Interval.values()) {
          same(store, q, s -> s.timeline(q, interval));
        }
      }
      EventStore.useKeys = true;
      assertThat(store.events(EventQuery.all().withActor("SYRGOV").withArticleId("a1"))).isEmpty();
      assertThat(store.events(EventQuery.all().withActor("IRQGOV").withFrom(LocalDate.parse("2016-06-25"))
          .withTo(LocalDate.parse("2016-06-25")))).extracting(Event::id).contains("e1");
      assertThat(store.count(EventQuery.all().withActor("SYRREBNUS"))).isEqualTo(2);
    }
  }

  private static void append(EventStore store, SyntheticCorpus corpus, int n, long expectedArticles) {
    List<Article> articles = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    while (events.size() < n) {
      SyntheticCorpus.Item item = corpus.next(expectedArticles);
      articles.add(item.article());
      events.addAll(item.events());
    }
    store.append(articles, events);
    store.finishAppend();
  }

  private static <T> void same(EventStore store, EventQuery q, Function<EventStore, T> read) {
    EventStore.useKeys = false;
    T plain = read.apply(store);
    EventStore.useKeys = true;
    assertThat(read.apply(store)).as(q.toString()).isEqualTo(plain);
  }
}
