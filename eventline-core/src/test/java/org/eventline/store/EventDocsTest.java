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
import org.eventline.event.Participant;
import org.eventline.event.SentenceRef;
import org.eventline.synth.SyntheticCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages are read from the row copies ({@link EventDocs}) when they hold the rows: every page must
 * equal, event and article header alike, what DuckDB alone gives, after bulk appends, single
 * stores, events re-coded in place, and a lost copy rebuilt.
 */
class EventDocsTest {
  @TempDir Path dir;

  @AfterEach
  void restore() {
    EventStore.useCopies = true;
  }

  @Test
  void pagesFromTheCopiesEqualPagesFromDuckDb() {
    try (EventStore store = EventStore.open(dir.resolve("data"))) {
      fill(store);
      assertThat(store.copiedEvents()).isEqualTo(store.summary().events());
      for (EventQuery q : queries()) {
        same(store, q);
      }
      // Re-coded in place: the page must show the new coding, not the copy made before it.
      Participant iraq = new Participant("Iraq", "Iraq", "IRQGOV", "IRQ", "government");
      store.store(Fixtures.article("a1", "Talks", "2016-06-25"),
          List.of(Fixtures.event("e1", "a1", "2016-06-25", EventType.ASSAULT, Fixtures.RUSSIA, iraq)));
      List<StoredEvent> page = store.eventsWithArticles(EventQuery.all().withArticleId("a1"));
      assertThat(page).filteredOn(se -> se.event().id().equals("e1")).singleElement()
          .satisfies(se -> {
            assertThat(se.event().type()).isEqualTo(EventType.ASSAULT);
            assertThat(se.event().target()).isEqualTo(iraq);
            assertThat(se.article().title()).isEqualTo("Talks");
          });
      assertThat(store.copiedEvents()).isEqualTo(store.summary().events());
      for (EventQuery q : queries()) {
        same(store, q);
      }
    }
  }

  @Test
  void aLostCopyIsRebuiltOnOpen() throws Exception {
    Path data = dir.resolve("data");
    List<StoredEvent> before;
    try (EventStore store = EventStore.open(data)) {
      fill(store);
      before = store.eventsWithArticles(EventQuery.all().withLimit(1000));
    }
    Fixtures.deleteTree(data.resolve(EventDocs.FOLDER));
    List<long[]> reported = new ArrayList<>();
    StoryProgress progress = new StoryProgress() {
      @Override
      public void storiesAssigned(long done, long total) {}

      @Override
      public void rowsCopied(long done, long total) {
        reported.add(new long[] {done, total});
      }
    };
    try (EventStore store = EventStore.open(data, progress)) {
      assertThat(store.copiedEvents()).isEqualTo(store.summary().events()).isPositive();
      assertThat(reported).last().isEqualTo(new long[] {store.summary().events(), store.summary().events()});
      assertThat(store.eventsWithArticles(EventQuery.all().withLimit(1000))).isEqualTo(before);
    }
  }

  @Test
  void aCopyMadeUnderAnotherSchemaIsStartedAgain() throws Exception {
    Path data = dir.resolve("data");
    try (EventStore store = EventStore.open(data)) {
      fill(store);
    }
    try (EventDocs docs = EventDocs.open(data.resolve(EventDocs.FOLDER), 999)) {
      assertThat(docs.events()).isZero();
    }
    // Reopened by this build, the copy is made again from the store.
    try (EventStore store = EventStore.open(data)) {
      assertThat(store.copiedEvents()).isEqualTo(store.summary().events());
      same(store, EventQuery.all().withLimit(1000));
    }
  }

  @Test
  void valuesSurviveThePackingAsTheyWere() {
    try (EventStore store = EventStore.open(dir.resolve("data"))) {
      Article a = Fixtures.article("u1", "Ünïcödé <b>\"title\"</b>", "2016-06-25");
      // No target, no place, an empty string, a long sentence, exact doubles.
      Event e = new Event("u1-1", "u1", "2016-06-25", EventType.PROTEST, null, null, 1, -6.5,
          EventStatus.NEGATED, Fixtures.RUSSIA, null, null,
          new SentenceRef(0, "é".repeat(70_000) + " \u0000\t\n", 0, 70_003), 0.1 + 0.2);
      Event f = new Event("u1-2", "u1", "not a date", EventType.AID, "", "073", 2, 7.4,
          EventStatus.HYPOTHETICAL, new Participant("", "", "", "", ""), Fixtures.SYRIA, Fixtures.DAMASCUS,
          new SentenceRef(3, "", 5, 5), 1e-7);
      store.store(a, List.of(e, f));
      assertThat(store.events(EventQuery.all().withArticleId("u1"))).containsExactlyInAnyOrder(e, f);
      same(store, EventQuery.all().withArticleId("u1"));
    }
  }

  private static void fill(EventStore store) {
    SyntheticCorpus corpus = new SyntheticCorpus(5, LocalDate.parse("2015-01-01"), 1000);
    List<Article> articles = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    while (events.size() < 3000) {
      SyntheticCorpus.Item item = corpus.next(1000);
      articles.add(item.article());
      events.addAll(item.events());
    }
    store.append(articles, events);
    store.finishAppend();
    store.store(Fixtures.article("a1", "Talks", "2016-06-25"),
        List.of(Fixtures.event("e1", "a1", "2016-06-25", EventType.CONSULT, Fixtures.RUSSIA, Fixtures.SYRIA),
            Fixtures.event("e2", "a1", "2016-06-25", EventType.ASSAULT, Fixtures.NUSRA, null)));
  }

  private static List<EventQuery> queries() {
    List<EventQuery> out = new ArrayList<>();
    for (EventSort sort : EventSort.values()) {
      EventQuery base = EventQuery.all().withSort(sort);
      out.add(base);
      out.add(base.withOffset(900).withLimit(300));
      out.add(base.withActor("SYRGOV"));
      out.add(base.withType(EventType.ASSAULT).withStatus(EventStatus.ASSERTED));
      out.add(base.withText("talks"));
    }
    return out;
  }

  private static void same(EventStore store, EventQuery q) {
    EventStore.useCopies = false;
    List<StoredEvent> plain = store.eventsWithArticles(q);
    EventStore.useCopies = true;
    assertThat(store.eventsWithArticles(q)).as(q.toString()).isEqualTo(plain);
  }
}
