package org.eventline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eventline.article.Article;
import org.eventline.article.ArticleExtractor;
import org.eventline.dedup.EventAggregator;
import org.eventline.event.Event;
import org.eventline.event.EventStatus;
import org.eventline.event.EventType;
import org.eventline.event.Participant;
import org.eventline.event.SentenceRef;
import org.eventline.geo.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Story clusters and event mentions as the store keeps them, across writes and across opens. */
class StoriesTest {
  @TempDir Path dir;
  private static String seedBody;
  private static String seedTitle;

  /** Another story on the seed's topic (Aleppo, al-Nusra, Russia, Iran), written for the dedup tests. */
  static final String OTHER_STORY = org.eventline.dedup.DeduplicatorTest.otherStory();

  private static final Participant RUSSIA = new Participant("Russia", "Russia", "RUSGOV", "RUS", "government");
  private static final Participant SYRIA = new Participant("Damascus", "Syria", "SYRGOV", "SYR", "government");
  private static final Place ALEPPO = new Place("Aleppo", "Aleppo", "SYR", 36.2, 37.16, 170063L, "city", "sentence");

  @BeforeAll
  static void readSeed() throws IOException {
    try (InputStream in = StoriesTest.class.getResourceAsStream("/org/eventline/demo/alwaght-aleppo-2016.txt")) {
      Article seed = ArticleExtractor.extract("alwaght-aleppo-2016.txt", in.readAllBytes());
      seedBody = seed.body();
      seedTitle = seed.title();
    }
  }

  private static Article article(String id, String site, String credited, String published, String title, String body) {
    return new Article(id, id + ".html", "https://" + site + "/news/" + id, null, title, published, null, null,
        credited, site, null, "en", body, null);
  }

  private static Event event(String id, String articleId, EventType type, Participant source, Participant target) {
    return new Event(id, articleId, "2016-06-25", type, null, "190", 4, -10, EventStatus.ASSERTED, source, target,
        ALEPPO, new SentenceRef(1, "Russia attacked Aleppo.", 0, 23), 0.8);
  }

  @Test
  void otherBoilerplateAndAShortenedCopyJoinTheCreditedOriginal() {
    try (EventStore store = EventStore.open(dir)) {
      store.store(article("repost", "theiranproject.com", "Al Waght", "2016-06-25T10:00", seedTitle,
          "Home | World | Middle East\nShare this story\n" + seedBody + "\nRelated: more news\nSubscribe"), List.of());
      store.store(article("original", "www.alwaght.com", null, "2016-06-25T16:04", seedTitle, seedBody), List.of());
      store.store(article("short", "example.org", null, "2016-06-26", "Aleppo: Russia and Iran work together",
          seedBody.substring(0, seedBody.length() / 2)), List.of());
      Story s = store.story("short").orElseThrow();
      assertThat(s.articles()).extracting(Story.Copy::id).containsExactly("original", "repost", "short");
      // Published later than the repost, but the repost credits it.
      assertThat(s.originalId()).isEqualTo("original");
      assertThat(store.story("repost").orElseThrow()).isEqualTo(s);
    }
  }

  @Test
  void anotherStoryOnTheSameTopicStaysApart() {
    try (EventStore store = EventStore.open(dir)) {
      store.store(article("seed", "alwaght.com", null, "2016-06-25", seedTitle, seedBody), List.of());
      store.store(article("other", "example.org", null, "2016-06-25", "Syrian army advances in Aleppo", OTHER_STORY),
          List.of());
      assertThat(store.story("seed").orElseThrow().articles()).extracting(Story.Copy::id).containsExactly("seed");
      assertThat(store.story("other").orElseThrow().articles()).extracting(Story.Copy::id).containsExactly("other");
    }
  }

  @Test
  void aCopyStoredInALaterRunJoinsTheStoryAndStoringAgainAddsNothing() {
    try (EventStore store = EventStore.open(dir)) {
      store.store(article("first", "a.example", null, "2016-06-25", seedTitle, seedBody), List.of());
    }
    try (EventStore store = EventStore.open(dir)) {
      store.store(article("copy", "b.example", null, "2016-06-27", "Reposted: " + seedTitle, seedBody + "\nComments (0)"),
          List.of());
      store.store(article("first", "a.example", null, "2016-06-25", seedTitle, seedBody), List.of());
      Story s = store.story("copy").orElseThrow();
      assertThat(s.id()).isEqualTo("first");
      assertThat(s.articles()).extracting(Story.Copy::id).containsExactly("first", "copy");
    }
  }

  @Test
  void aRepostAddsAMentionButNotAnArticleOrASource() {
    try (EventStore store = EventStore.open(dir)) {
      store.store(article("original", "alwaght.com", null, "2016-06-25", seedTitle, seedBody),
          List.of(event("o1", "original", EventType.ASSAULT, RUSSIA, SYRIA)));
      store.store(article("repost", "theiranproject.com", "Al Waght", "2016-06-25", seedTitle, "Share\n" + seedBody),
          List.of(event("r1", "repost", EventType.ASSAULT, RUSSIA, SYRIA)));
      EventGroup g = store.eventGroups(List.of("o1")).get("o1");
      assertThat(g).isEqualTo(store.eventGroups(List.of("r1")).get("r1"));
      assertThat(List.of(g.numMentions(), g.numArticles(), g.numSources())).containsExactly(2, 1, 1);
      assertThat(store.mentions("r1")).extracting(se -> se.event().id()).containsExactly("o1", "r1");

      // Independent reporting of the same attack is another article from another source.
      store.store(article("other", "example.org", null, "2016-06-25", "Syrian army advances", OTHER_STORY),
          List.of(event("x1", "other", EventType.ASSAULT, RUSSIA, SYRIA)));
      g = store.eventGroups(List.of("o1")).get("o1");
      assertThat(List.of(g.numMentions(), g.numArticles(), g.numSources())).containsExactly(3, 2, 2);
    }
  }

  @Test
  void jointActsWithSidesSwappedAreOneEventAndTheKeyIsTheAggregatorsKey() {
    Event meets = new Event("m1", "a", "2016-06-25", EventType.CONSULT, null, "040", 1, 1, EventStatus.ASSERTED,
        RUSSIA, SYRIA, ALEPPO, new SentenceRef(0, "x", 0, 1), 0.8);
    Event metBy = new Event("m2", "b", "2016-06-25", EventType.CONSULT, null, "040", 1, 1, EventStatus.ASSERTED,
        SYRIA, RUSSIA, ALEPPO, new SentenceRef(0, "x", 0, 1), 0.8);
    Event undated = new Event("u1", "b", null, EventType.ACCUSE, null, null, 3, -2, EventStatus.NEGATED,
        new Participant("someone", "Someone", null, null, null), null, null, new SentenceRef(1, "y", 0, 1), 0.5);
    Event placedInACountry = new Event("p1", "b", "2016-06-26", EventType.ASSAULT, null, "190", 4, -10,
        EventStatus.ASSERTED, RUSSIA, null, new Place("Syria", "Syria", "SYR", null, null, null, "country", "sentence"),
        new SentenceRef(2, "z", 0, 1), 0.5);
    try (EventStore store = EventStore.open(dir)) {
      store.store(article("a", "a.example", null, "2016-06-25", "A", "Russia met Syria."), List.of(meets));
      store.store(article("b", "b.example", null, "2016-06-25", "B", "Syria met Russia."),
          List.of(metBy, undated, placedInACountry));
      Map<String, EventGroup> groups = store.eventGroups(List.of("m1", "m2", "u1", "p1"));
      for (Event e : List.of(meets, metBy, undated, placedInACountry)) {
        assertThat(groups.get(e.id()).key()).isEqualTo(EventAggregator.key(e));
      }
      assertThat(groups.get("m1").numMentions()).isEqualTo(2);
      assertThat(groups.get("m1").numSources()).isEqualTo(2);
      assertThat(groups.get("u1").numMentions()).isEqualTo(1);
    }
  }

  @Test
  void reCodingAnArticleMovesItsMentions() {
    try (EventStore store = EventStore.open(dir)) {
      Article a = article("a", "a.example", null, "2016-06-25", "A", seedBody);
      store.store(a, List.of(event("e1", "a", EventType.ASSAULT, RUSSIA, SYRIA)));
      store.store(article("b", "b.example", null, "2016-06-25", "B", OTHER_STORY),
          List.of(event("e2", "b", EventType.ASSAULT, RUSSIA, SYRIA)));
      assertThat(store.eventGroups(List.of("e2")).get("e2").numMentions()).isEqualTo(2);
      // e1 re-coded with another target: the attack on Syria has one mention left.
      store.store(a, List.of(event("e1", "a", EventType.ASSAULT, RUSSIA, null)));
      assertThat(store.eventGroups(List.of("e2")).get("e2").numMentions()).isEqualTo(1);
      assertThat(store.eventGroups(List.of("e1")).get("e1").key()).endsWith("|RUSGOV|-|gn:170063");
    }
  }

  @Test
  void bulkAppendedCopiesFormStoriesAndEventGroupsToo() {
    try (EventStore store = EventStore.open(dir)) {
      store.append(List.of(article("a1", "a.example", null, "2016-06-25", seedTitle, seedBody),
              article("a2", "b.example", null, "2016-06-24", seedTitle, "Menu\n" + seedBody)),
          List.of(event("e1", "a1", EventType.ASSAULT, RUSSIA, SYRIA), event("e2", "a2", EventType.ASSAULT, RUSSIA, SYRIA)));
      store.append(List.of(article("a3", "c.example", null, "2016-06-26", "Other", OTHER_STORY)),
          List.of(event("e3", "a3", EventType.ASSAULT, RUSSIA, SYRIA)));
      store.finishAppend();
      Story s = store.story("a1").orElseThrow();
      assertThat(s.originalId()).isEqualTo("a2");
      assertThat(s.articles()).extracting(Story.Copy::id).containsExactly("a2", "a1");
      EventGroup g = store.eventGroups(List.of("e3")).get("e3");
      assertThat(List.of(g.numMentions(), g.numArticles(), g.numSources())).containsExactly(3, 2, 2);
    }
  }
}
