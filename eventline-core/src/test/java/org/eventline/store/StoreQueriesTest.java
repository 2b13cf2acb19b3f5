package org.eventline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventline.store.Fixtures.DAMASCUS;
import static org.eventline.store.Fixtures.NUSRA;
import static org.eventline.store.Fixtures.RUSSIA;
import static org.eventline.store.Fixtures.SYRIA;
import static org.eventline.store.Fixtures.article;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eventline.article.Article;
import org.eventline.event.Event;
import org.eventline.event.EventStatus;
import org.eventline.event.EventType;
import org.eventline.event.Participant;
import org.eventline.event.SentenceRef;
import org.eventline.geo.Place;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filters, orders, full text and aggregates analysts ask for, on a handful of events. */
class StoreQueriesTest {
  static final Place ALEPPO = new Place("Aleppo", "Aleppo", "SYR", 36.20, 37.16, 170063L, "city", "sentence");
  static final Place MOSCOW = new Place("Moscow", "Moscow", "RUS", 55.75, 37.62, 524901L, "city", "sentence");

  @TempDir Path dir;
  EventStore store;

  @BeforeEach
  void open() {
    store = EventStore.open(dir.resolve("data"));
    Article visit = new Article("a1", "html/a1.html", null, null, "Lavrov visits Damascus", "2016-06-25", null,
        null, null, null, null, "en", "Lavrov met Assad in Damascus to discuss the ceasefire.", null);
    Article fight = new Article("a2", "html/a2.html", null, null, "Fighting in Aleppo", "2016-07-03", null,
        null, null, null, null, "en", "Nusra fighters shelled Aleppo. The army accused the rebels.", null);
    store.store(visit, List.of(ev("e1", "a1", "2016-06-25", EventType.CONSULT, 1, RUSSIA, SYRIA, DAMASCUS,
        EventStatus.ASSERTED, "Lavrov met Assad in Damascus to discuss the ceasefire.")));
    store.store(fight, List.of(
        ev("e2", "a2", "2016-07-03", EventType.ASSAULT, 4, NUSRA, null, ALEPPO, EventStatus.ASSERTED,
            "Nusra fighters shelled Aleppo."),
        ev("e3", "a2", "2016-07-04", EventType.ACCUSE, 3, SYRIA, NUSRA, null, EventStatus.NEGATED,
            "The army accused the rebels."),
        ev("e4", "a2", "2016-08-10", EventType.CONSULT, 1, SYRIA, RUSSIA, MOSCOW, EventStatus.HYPOTHETICAL,
            "Assad may visit Moscow.")));
  }

  @AfterEach
  void close() {
    store.close();
  }

  static Event ev(String id, String article, String date, EventType type, int quad, Participant s,
      Participant t, Place where, EventStatus status, String sentence) {
    return new Event(id, article, date, type, null, null, quad, 0.0, status, s, t, where,
        new SentenceRef(0, sentence, 0, sentence.length()), 0.8);
  }

  List<String> ids(EventQuery q) {
    return store.events(q).stream().map(Event::id).toList();
  }

  @Test
  void filtersByActorKindAndCountryOnEitherSide() {
    assertThat(ids(EventQuery.all().withActorKind("armed_group"))).containsExactlyInAnyOrder("e2", "e3");
    assertThat(ids(EventQuery.all().withActorCountry("rus"))).containsExactlyInAnyOrder("e1", "e4");
  }

  @Test
  void filtersByQuadClassAndStatus() {
    assertThat(ids(EventQuery.all().withQuadClass(4))).containsExactly("e2");
    assertThat(ids(EventQuery.all().withStatus(EventStatus.NEGATED))).containsExactly("e3");
  }

  @Test
  void filtersByPlaceCountryAndBoundingBox() {
    assertThat(ids(EventQuery.all().withPlaceCountry("SYR"))).containsExactlyInAnyOrder("e1", "e2");
    assertThat(ids(EventQuery.all().withBox(BoundingBox.parse("36.5,35.5,38,37")))).containsExactly("e2");
  }

  @Test
  void boxAcrossTheAntimeridianWrapsAround() {
    assertThat(ids(EventQuery.all().withBox(BoundingBox.parse("37.5,50,-170,60")))).containsExactly("e4");
  }

  @Test
  void fullTextFindsEventsByTheirArticleAndSentence() {
    assertThat(ids(EventQuery.all().withText("ceasefire"))).containsExactly("e1");
    assertThat(ids(EventQuery.all().withText("shelled"))).containsExactlyInAnyOrder("e2", "e3", "e4");
    assertThat(ids(EventQuery.all().withText("\"visit moscow\""))).containsExactly("e4");
    assertThat(ids(EventQuery.all().withText("aleppo").withType(EventType.ASSAULT))).containsExactly("e2");
  }

  @Test
  void textThatMatchesNothingFindsNothing() {
    assertThat(ids(EventQuery.all().withText("zeppelin"))).isEmpty();
  }

  @Test
  void textIndexIsRebuiltWhenItsFolderIsLost() throws Exception {
    store.close();
    Fixtures.deleteTree(dir.resolve("data").resolve("lucene"));
    store = EventStore.open(dir.resolve("data"));
    assertThat(ids(EventQuery.all().withText("ceasefire"))).containsExactly("e1");
  }

  @Test
  void sortsByTheChosenColumnThenStably() {
    assertThat(ids(EventQuery.all().withSort(EventSort.OLDEST))).containsExactly("e1", "e2", "e3", "e4");
    assertThat(ids(EventQuery.all().withSort(EventSort.TYPE))).containsExactly("e3", "e2", "e4", "e1");
  }

  @Test
  void countIgnoresThePage() {
    assertThat(store.count(EventQuery.all().withActor("SYRGOV").withLimit(1))).isEqualTo(3);
  }

  @Test
  void timelineCountsByMonthAndType() {
    assertThat(store.timeline(EventQuery.all(), Interval.MONTH)).containsExactly(
        new PeriodCount("2016-06", EventType.CONSULT, 1),
        new PeriodCount("2016-07", EventType.ACCUSE, 1),
        new PeriodCount("2016-07", EventType.ASSAULT, 1),
        new PeriodCount("2016-08", EventType.CONSULT, 1));
    assertThat(store.timeline(EventQuery.all().withType(EventType.ASSAULT), Interval.WEEK))
        .containsExactly(new PeriodCount("2016-06-27", EventType.ASSAULT, 1));
    assertThat(store.timeline(EventQuery.all().withType(EventType.ASSAULT), Interval.DAY))
        .containsExactly(new PeriodCount("2016-07-03", EventType.ASSAULT, 1));
  }

  @Test
  void actorPairsLeaveOutEventsWithoutATarget() {
    assertThat(store.actorPairs(EventQuery.all(), 10)).containsExactlyInAnyOrder(
        new ActorPair("RUSGOV", "Russia", "SYRGOV", "Syria", 1, 1),
        new ActorPair("SYRGOV", "Syria", "SYRREBNUS", "Nusra Front", 3, 1),
        new ActorPair("SYRGOV", "Syria", "RUSGOV", "Russia", 1, 1));
  }

  @Test
  void typesAndPlacesAreCounted() {
    assertThat(store.types(EventQuery.all()).get(0)).isEqualTo(new TypeCount(EventType.CONSULT, 2));
    assertThat(store.places(EventQuery.all(), 10)).hasSize(3)
        .contains(new PlaceCount("Aleppo", "SYR", 36.2, 37.16, 1));
  }

  @Test
  void sqlMetacharactersInEveryFilterAreJustText() {
    String evil = "x' OR '1'='1'; DROP TABLE events; --";
    EventQuery q = new EventQuery(evil, evil, evil, null, null, null, null, null, evil, null, evil, evil, null, 100, 0);
    assertThat(store.events(q)).isEmpty();
    assertThat(store.count(q)).isZero();
    assertThat(store.timeline(q, Interval.DAY)).isEmpty();
    assertThat(store.actorPairs(q, 10)).isEmpty();
    assertThat(store.places(q, 10)).isEmpty();
    for (String text : List.of(evil, "\"unclosed", "a AND OR NOT (", "*", "\\", "~~~")) {
      assertThat(store.events(EventQuery.all().withText(text))).isNotNull();
    }
    assertThat(store.summary().events()).isEqualTo(4);
  }

  @Test
  void appendLoadsNewRowsAndTheirActors() {
    Article a = article("b1", "Bulk", "2017-01-01");
    store.append(List.of(a), List.of(ev("b1e", "b1", "2017-01-01", EventType.AID, 2,
        new Participant("UN", "United Nations", "IGOUNO", null, "igo"), SYRIA, null, EventStatus.ASSERTED, "UN aid.")));
    store.finishAppend();
    assertThat(ids(EventQuery.all().withActor("IGOUNO"))).containsExactly("b1e");
    assertThat(ids(EventQuery.all().withText("bulk"))).containsExactly("b1e");
    assertThat(store.summary().actors()).isEqualTo(4);
    assertThat(store.events(EventQuery.all().withFrom(LocalDate.parse("2017-01-01"))).get(0).quadClass()).isEqualTo(2);
  }
}
