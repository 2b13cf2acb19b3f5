package org.eventline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eventline.store.Fixtures.NUSRA;
import static org.eventline.store.Fixtures.RUSSIA;
import static org.eventline.store.Fixtures.SYRIA;
import static org.eventline.store.Fixtures.article;
import static org.eventline.store.Fixtures.event;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eventline.article.Article;
import org.eventline.event.Event;
import org.eventline.event.EventStatus;
import org.eventline.event.EventType;
import org.eventline.event.SentenceRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {
  @TempDir Path dir;
  EventStore store;

  final Article aleppo = article("a1", "Lavrov visits Damascus", "2016-06-25T16:04");
  final Article idlib = article("a2", "Nusra attacks in Idlib", "2016-07-03");
  final Event consult = event("e1", "a1", "2016-06-25", EventType.CONSULT, RUSSIA, SYRIA);
  final Event assault = event("e2", "a2", "2016-07-03", EventType.ASSAULT, NUSRA, null);
  final Event accuse = event("e3", "a2", "2016-07-02", EventType.ACCUSE, SYRIA, NUSRA);

  @BeforeEach
  void open() {
    store = EventStore.open(dir.resolve("data"));
    store.store(aleppo, List.of(consult));
    store.store(idlib, List.of(assault, accuse));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void createsTheFileInTheDataFolder() {
    assertThat(store.file()).isEqualTo(dir.resolve("data").resolve("eventline.duckdb").toAbsolutePath());
    assertThat(store.file()).exists();
  }

  @Test
  void articleRoundTripsWithEveryField() {
    assertThat(store.article("a1")).contains(aleppo);
    assertThat(store.article("nope")).isEmpty();
  }

  @Test
  void eventRoundTripsWithEveryField() {
    assertThat(store.events(EventQuery.all().withArticleId("a1"))).containsExactly(consult);
  }

  @Test
  void nullTargetAndPlaceStayNull() {
    Event bare = new Event("e9", "a1", null, EventType.PROTEST, null, null, 2, -3.5,
        EventStatus.HYPOTHETICAL, RUSSIA, null, null, new SentenceRef(0, "Title", -1, -1), 0.5);
    store.store(aleppo, List.of(bare));
    assertThat(store.events(EventQuery.all().withType(EventType.PROTEST))).containsExactly(bare);
  }

  @Test
  void storingTheSameArticleTwiceStoresItOnce() {
    assertThat(store.store(aleppo, List.of(consult))).isFalse();
    assertThat(store.summary()).isEqualTo(new Summary(2, 3, 3));
  }

  @Test
  void storingAgainUpsertsEventsById() {
    Event recoded = new Event("e1", "a1", "2016-06-25", EventType.CONSULT, "visit", "042", 1, 1.9,
        EventStatus.NEGATED, RUSSIA, SYRIA, null, consult.sentence(), 0.4);
    store.store(aleppo, List.of(recoded));
    assertThat(store.events(EventQuery.all().withArticleId("a1"))).containsExactly(recoded);
  }

  @Test
  void eventsOfAnotherArticleAreRefused() {
    assertThatThrownBy(() -> store.store(aleppo, List.of(assault)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e2");
  }

  @Test
  void listsNewestFirstWithArticleHeaders() {
    List<StoredEvent> all = store.eventsWithArticles(EventQuery.all());
    assertThat(all).extracting(s -> s.event().id()).containsExactly("e2", "e3", "e1");
    assertThat(all.get(0).article().title()).isEqualTo("Nusra attacks in Idlib");
    assertThat(all.get(0).article().body()).isEmpty();
  }

  @Test
  void filtersByActorCodeOnEitherSide() {
    assertThat(ids(EventQuery.all().withActor("SYRREBNUS"))).containsExactly("e2", "e3");
    assertThat(ids(EventQuery.all().withActor("syrgov"))).containsExactly("e3", "e1");
  }

  @Test
  void filtersByActorNameIgnoringCase() {
    assertThat(ids(EventQuery.all().withActor("rUSSIA"))).containsExactly("e1");
  }

  @Test
  void filtersByType() {
    assertThat(ids(EventQuery.all().withType(EventType.ACCUSE))).containsExactly("e3");
  }

  @Test
  void filtersByDateRangeInclusive() {
    assertThat(ids(EventQuery.all().withFrom(LocalDate.parse("2016-07-02")))).containsExactly("e2", "e3");
    assertThat(ids(EventQuery.all().withTo(LocalDate.parse("2016-07-02")))).containsExactly("e3", "e1");
    assertThat(ids(EventQuery.all().withFrom(LocalDate.parse("2016-07-02"))
        .withTo(LocalDate.parse("2016-07-02")))).containsExactly("e3");
  }

  @Test
  void filtersByArticle() {
    assertThat(ids(EventQuery.all().withArticleId("a2"))).containsExactly("e2", "e3");
  }

  @Test
  void filtersCombine() {
    assertThat(ids(EventQuery.all().withActor("SYRGOV").withType(EventType.CONSULT))).containsExactly("e1");
  }

  @Test
  void pagesWithLimitAndOffset() {
    assertThat(ids(EventQuery.all().withLimit(2))).containsExactly("e2", "e3");
    assertThat(ids(EventQuery.all().withLimit(2).withOffset(2))).containsExactly("e1");
  }

  @Test
  void sqlMetacharactersInFiltersAreJustText() {
    for (String evil : List.of("x' OR 1=1 --", "'; DROP TABLE events; --", "\" OR \"\"=\"", "%", "_", "\\")) {
      assertThat(ids(EventQuery.all().withActor(evil))).as(evil).isEmpty();
      assertThat(ids(EventQuery.all().withArticleId(evil))).as(evil).isEmpty();
      assertThat(store.article(evil)).as(evil).isEmpty();
    }
    assertThat(store.summary().events()).isEqualTo(3);
  }

  @Test
  void storesTextWithQuotesVerbatim() {
    Article odd = article("a3", "It's \"odd\"; DROP TABLE articles; --", "2016-07-04");
    store.store(odd, List.of());
    assertThat(store.article("a3")).contains(odd);
  }

  @Test
  void countsArticlesEventsAndActors() {
    assertThat(store.summary()).isEqualTo(new Summary(2, 3, 3));
  }

  @Test
  void listsActorsByEventCount() {
    assertThat(store.actors(10, 0)).containsExactly(
        new ActorCount("SYRGOV", "Syria", "SYR", "government", 2),
        new ActorCount("SYRREBNUS", "Nusra Front", "SYR", "armed_group", 2),
        new ActorCount("RUSGOV", "Russia", "RUS", "government", 1));
  }

  @Test
  void reopensWithTheDataAndTheSchemaVersion() throws Exception {
    store.close();
    store = EventStore.open(dir.resolve("data"));
    assertThat(store.summary()).isEqualTo(new Summary(2, 3, 3));
    store.close();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("data/eventline.duckdb"));
        ResultSet rs = c.createStatement().executeQuery("SELECT max(version) FROM schema_version")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(Schema.latestKnown()).isPositive();
    }
  }

  @Test
  void refusesAStoreFromANewerSchema() throws Exception {
    store.close();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("data/eventline.duckdb"))) {
      c.createStatement().execute("INSERT INTO schema_version (version) VALUES (999)");
    }
    assertThatThrownBy(() -> EventStore.open(dir.resolve("data")))
        .isInstanceOf(StoreException.class).hasMessageContaining("999").hasMessageContaining("newer");
  }

  @Test
  void storesAndReadsFromManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String id = "t" + i;
        work.add(pool.submit(() -> store.store(article(id, "T " + id, "2016-08-01"),
            List.of(event("e" + id, id, "2016-08-01", EventType.AID, RUSSIA, SYRIA)))));
        work.add(pool.submit(() -> store.events(EventQuery.all().withActor("RUSGOV"))));
      }
      for (Future<?> f : work) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.summary()).isEqualTo(new Summary(22, 23, 3));
  }

  @Test
  void callsAfterCloseSayTheStoreIsClosed() {
    store.close();
    assertThatThrownBy(() -> store.summary()).isInstanceOf(StoreException.class).hasMessageContaining("closed");
  }

  private List<String> ids(EventQuery q) {
    return store.events(q).stream().map(Event::id).toList();
  }
}
