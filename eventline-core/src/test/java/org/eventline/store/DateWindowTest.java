package org.eventline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eventline.article.Article;
import org.eventline.event.Event;
import org.eventline.event.EventStatus;
import org.eventline.event.EventType;
import org.eventline.synth.SyntheticCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages sorted by date are looked for in widening date windows on a big store; this forces the
 * windows on a small one and checks every page equals the page one query over all rows gives.
 */
class DateWindowTest {
  @TempDir Path dir;
  final long saved = EventStore.windowMinEvents;

  @AfterEach
  void restore() {
    EventStore.windowMinEvents = saved;
  }

  @Test
  void windowedPagesEqualWholeStorePages() {
    try (EventStore store = EventStore.open(dir.resolve("data"))) {
      appendSynthetic(store, 7, 6000);
      // An undated event sorts last whichever way, so only the last resort (no window) finds it.
      store.store(Fixtures.article("undated", "No date", null),
          List.of(Fixtures.event("undated-1", "undated", null, EventType.CONSULT, Fixtures.RUSSIA, Fixtures.SYRIA)));

      List<EventQuery> queries = new ArrayList<>();
      for (EventSort sort : List.of(EventSort.NEWEST, EventSort.OLDEST)) {
        EventQuery base = EventQuery.all().withSort(sort);
        queries.add(base);
        queries.add(base.withOffset(5990).withLimit(50));
        queries.add(base.withActor("SYRGOV"));
        queries.add(base.withActor("RUSGOV").withType(EventType.ASSAULT).withLimit(20));
        queries.add(base.withActorCountry("IRQ").withStatus(EventStatus.NEGATED).withOffset(10));
        queries.add(base.withFrom(LocalDate.parse("2018-03-01")).withTo(LocalDate.parse("2018-09-30")));
        queries.add(base.withFrom(LocalDate.parse("2020-01-01")).withQuadClass(4));
        queries.add(base.withTo(LocalDate.parse("2016-01-01")).withPlaceCountry("SYR"));
        queries.add(base.withPlaceCountry("NOWHERE"));
        queries.add(base.withText("Damascus").withLimit(30));
      }
      for (EventQuery q : queries) {
        EventStore.windowMinEvents = Long.MAX_VALUE;
        List<String> whole = ids(store.events(q));
        EventStore.windowMinEvents = 0;
        assertThat(ids(store.events(q))).as(q.toString()).isEqualTo(whole);
      }
      EventStore.windowMinEvents = 0;
      assertThat(ids(store.events(EventQuery.all().withOffset(6000).withLimit(1000)))).contains("undated-1");
    }
  }

  @Test
  void textWithTypeQuadOrStatusFindsWhatTheTextAloneFindsOfThem() {
    try (EventStore store = EventStore.open(dir.resolve("data"))) {
      appendSynthetic(store, 11, 6000);
      // Stored one by one too, so that sentence documents carry facets as well as article ones.
      store.store(Fixtures.article("talks", "Talks in Damascus", "2016-07-01"),
          List.of(Fixtures.event("talks-1", "talks", "2016-07-01", EventType.CONSULT, Fixtures.RUSSIA, Fixtures.SYRIA)));
      for (String text : List.of("Damascus", "sentence", "Baghdad")) {
        List<Event> all = everyPage(store, EventQuery.all().withText(text));
        assertThat(all).as(text).isNotEmpty();
        for (EventType type : EventType.values()) {
          List<String> want = all.stream().filter(e -> e.type() == type).limit(30).map(Event::id).toList();
          assertThat(ids(store.events(EventQuery.all().withText(text).withType(type).withLimit(30))))
              .as(text + " " + type).isEqualTo(want);
        }
        for (int quad = 1; quad <= 4; quad++) {
          int q = quad;
          List<String> want = all.stream().filter(e -> e.quadClass() == q).limit(30).map(Event::id).toList();
          assertThat(ids(store.events(EventQuery.all().withText(text).withQuadClass(quad).withLimit(30))))
              .as(text + " quad " + quad).isEqualTo(want);
        }
        List<String> negated = all.stream().filter(e -> e.status() == EventStatus.NEGATED).limit(30).map(Event::id).toList();
        assertThat(ids(store.events(EventQuery.all().withText(text).withStatus(EventStatus.NEGATED).withLimit(30))))
            .as(text + " negated").isEqualTo(negated);
        assertThat(store.count(EventQuery.all().withText(text).withType(EventType.ASSAULT)))
            .isEqualTo(all.stream().filter(e -> e.type() == EventType.ASSAULT).count());
      }
    }
  }

  @Test
  void aRebuiltIndexCarriesTheFacetsOfEachArticlesEvents() throws Exception {
    EventQuery raids = EventQuery.all().withText("Damascus").withType(EventType.ASSAULT).withLimit(50);
    List<String> before;
    try (EventStore store = EventStore.open(dir.resolve("data"))) {
      appendSynthetic(store, 13, 2000);
      before = ids(store.events(raids));
    }
    Fixtures.deleteTree(dir.resolve("data").resolve(TextIndex.FOLDER));
    try (EventStore store = EventStore.open(dir.resolve("data"))) {
      assertThat(ids(store.events(raids))).isNotEmpty().isEqualTo(before);
    }
    try (TextIndex index = TextIndex.open(dir.resolve("data").resolve(TextIndex.FOLDER))) {
      assertThat(index.hasFacets()).isTrue();
      List<String> assault = TextIndex.facetsOf(EventQuery.all().withType(EventType.ASSAULT));
      int unfiltered = index.search("damascus", List.of(), true, 10_000).articleIds().size();
      assertThat(index.search("damascus", assault, true, 10_000).articleIds().size()).isBetween(1, unfiltered - 1);
    }
  }

  @Test
  void aValueNoEventHasMatchesNothingUntilAnEventHasIt() {
    try (EventStore store = EventStore.open(dir.resolve("data"))) {
      store.store(Fixtures.article("a1", "Talks", "2016-06-25"),
          List.of(Fixtures.event("e1", "a1", "2016-06-25", EventType.CONSULT, Fixtures.RUSSIA, Fixtures.SYRIA)));
      assertThat(store.events(EventQuery.all().withType(EventType.ASSAULT))).isEmpty();
      assertThat(store.count(EventQuery.all().withActorCountry("irq"))).isZero();
      assertThat(store.count(EventQuery.all().withActorCountry("syr"))).isOne();
      assertThat(store.events(EventQuery.all().withPlaceCountry("FRA"))).isEmpty();
      // The known values follow the writes: the next event's type, countries and kind are found.
      store.store(Fixtures.article("a2", "Raid", "2016-06-26"),
          List.of(Fixtures.event("e2", "a2", "2016-06-26", EventType.ASSAULT, Fixtures.NUSRA,
              new org.eventline.event.Participant("Iraq", "Iraq", "IRQGOV", "IRQ", "government"))));
      assertThat(ids(store.events(EventQuery.all().withType(EventType.ASSAULT)))).containsExactly("e2");
      assertThat(store.count(EventQuery.all().withActorCountry("irq"))).isOne();
    }
  }

  /** Bulk-appends at least {@code events} synthetic events over ten years, drawn with {@code seed}. */
  private static void appendSynthetic(EventStore store, long seed, int events) {
    SyntheticCorpus corpus = new SyntheticCorpus(seed, LocalDate.parse("2015-01-01"), 3650);
    List<Article> articles = new ArrayList<>();
    List<Event> all = new ArrayList<>();
    while (all.size() < events) {
      SyntheticCorpus.Item item = corpus.next(1500);
      articles.add(item.article());
      all.addAll(item.events());
    }
    store.append(articles, all);
    store.finishAppend();
  }

  /** Every event the query matches, newest first, page after page. */
  private static List<Event> everyPage(EventStore store, EventQuery q) {
    List<Event> out = new ArrayList<>();
    for (List<Event> page; !(page = store.events(q.withLimit(EventQuery.MAX_LIMIT).withOffset(out.size()))).isEmpty(); ) {
      out.addAll(page);
    }
    return out;
  }

  private static List<String> ids(List<Event> events) {
    return events.stream().map(Event::id).toList();
  }
}
