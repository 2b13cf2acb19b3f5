package org.eventline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventline.article.Article;
import org.eventline.event.Event;
import org.eventline.event.EventStatus;
import org.eventline.event.EventType;
import org.eventline.event.Participant;
import org.eventline.event.SentenceRef;
import org.eventline.geo.Place;
import org.junit.jupiter.api.Test;

class EventAggregatorTest {
  private static final Participant RUSSIA = new Participant("Russia", "Russia", "RUS", "RUS", "state");
  private static final Participant SYRIA = new Participant("Damascus", "Syria", "SYRGOV", "SYR", "government");
  private static final Place DAMASCUS = new Place("Damascus", "Damascus", "SYR", 33.51, 36.29, 170654L, "city", "target");
  private static final Place ALEPPO = new Place("Aleppo", "Aleppo", "SYR", 36.2, 37.16, 170063L, "city", "sentence");

  private static Event event(String id, String article, EventType type, Participant source, Participant target, Place where) {
    // Each type its own CAMEO code, as the ontology maps them: the key is the code, else the type.
    String cameo = type == EventType.CONSULT ? "040" : type == EventType.ASSAULT ? "190" : "010";
    return new Event(id, article, "2016-06-25", type, null, cameo, 1, 1.0, EventStatus.ASSERTED, source, target, where,
        new SentenceRef(0, "text", 0, 4), 0.8);
  }

  private static Article article(String id, String site) {
    return new Article(id, id + ".html", null, null, "t", "2016-06-25", null, null, null, site, null, "en", "body", null);
  }

  @Test
  void sameEventInManyArticlesIsOneEventWithItsMentions() {
    List<Event> events = List.of(
        event("e1", "a1", EventType.CONSULT, RUSSIA, SYRIA, DAMASCUS),
        event("e2", "a1", EventType.CONSULT, RUSSIA, SYRIA, DAMASCUS),
        event("e3", "a2", EventType.CONSULT, RUSSIA, SYRIA, DAMASCUS),
        event("e4", "a3", EventType.CONSULT, RUSSIA, SYRIA, DAMASCUS));
    List<Article> articles = List.of(article("a1", "alwaght.com"), article("a2", "www.alwaght.com"), article("a3", "other.org"));
    AggregatedEvent e = EventAggregator.aggregate(events, articles, List.of()).get(0);
    assertThat(e.numMentions()).isEqualTo(4);
    assertThat(e.numArticles()).isEqualTo(3);
    assertThat(e.numSources()).isEqualTo(2);
    assertThat(e.mentionIds()).containsExactly("e1", "e2", "e3", "e4");
  }

  @Test
  void repostsOfOneStoryCountAsOneStory() {
    List<Event> events = List.of(
        event("e1", "a1", EventType.ASSAULT, RUSSIA, null, ALEPPO),
        event("e2", "a2", EventType.ASSAULT, RUSSIA, null, ALEPPO));
    List<StoryCluster> stories = List.of(new StoryCluster("a1", List.of("a1", "a2")));
    AggregatedEvent e = EventAggregator.aggregate(events, List.of(), stories).get(0);
    assertThat(e.numArticles()).isEqualTo(2);
    assertThat(e.numStories()).isEqualTo(1);
  }

  @Test
  void jointActsMatchWithSidesSwapped() {
    List<Event> events = List.of(
        event("e1", "a1", EventType.CONSULT, RUSSIA, SYRIA, DAMASCUS),
        event("e2", "a2", EventType.CONSULT, SYRIA, RUSSIA, DAMASCUS));
    assertThat(EventAggregator.aggregate(events, List.of(), List.of())).hasSize(1);
  }

  @Test
  void sameActorsElsewhereOrOtherwiseAreOtherEvents() {
    List<Event> events = List.of(
        event("e1", "a1", EventType.ASSAULT, RUSSIA, SYRIA, DAMASCUS),
        event("e2", "a2", EventType.ASSAULT, RUSSIA, SYRIA, ALEPPO),
        event("e3", "a3", EventType.ASSAULT, SYRIA, RUSSIA, DAMASCUS),
        event("e4", "a4", EventType.COERCE, RUSSIA, SYRIA, DAMASCUS));
    assertThat(EventAggregator.aggregate(events, List.of(), List.of())).hasSize(4);
  }
}
