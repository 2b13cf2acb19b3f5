package org.eventline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventline.event.Event;
import org.eventline.event.EventStatus;
import org.eventline.event.EventType;
import org.eventline.event.Participant;
import org.eventline.event.SentenceRef;
import org.eventline.geo.Place;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static final GoldEvent.GoldActor RUSSIA =
      new GoldEvent.GoldActor(List.of("russia", "moscow"), "RUS", "state");
  private static final GoldEvent.GoldActor HEZBOLLAH =
      new GoldEvent.GoldActor(List.of("hezbollah"), "LBN", "armed_group");

  private static Event event(EventType type, Participant src, Participant tgt, EventStatus status, String sentence) {
    return new Event("id", "a", "2016-01-01", type, null, "040", 1, 1.0, status, src, tgt, null,
        new SentenceRef(1, sentence, 0, sentence.length()), 0.5);
  }

  private static Participant p(String text, String name, String code, String country, String kind) {
    return new Participant(text, name, code, country, kind);
  }

  private static GoldPage page(GoldEvent... events) {
    return new GoldPage("x.txt", List.of(events));
  }

  @Test
  void countryCodeMatchesStateGold() {
    GoldEvent g = new GoldEvent(RUSSIA, null, List.of("ASSAULT"), null, "asserted", true, "struck");
    Event e = event(EventType.ASSAULT, p("the Kremlin", "Russia", "RUSGOV", "RUS", "government"), null,
        EventStatus.ASSERTED, "The Kremlin struck.");
    Score s = Scorer.score(page(g), List.of(e));
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.precision()).isEqualTo(1.0);
  }

  @Test
  void armedGroupMatchesByWholeWordsNotCountry() {
    Participant pro = p("pro-Iranian Hezbollah", "Hezbollah", "LBNHEZ", "LBN", "armed_group");
    Participant other = p("Amal", "Amal", "LBNAML", "LBN", "armed_group");
    assertThat(Scorer.actorMatches(HEZBOLLAH, pro)).isTrue();
    assertThat(Scorer.actorMatches(HEZBOLLAH, other)).isFalse();
  }

  @Test
  void symmetricTypesMayBeSwapped() {
    GoldEvent g = new GoldEvent(RUSSIA, HEZBOLLAH, List.of("CONSULT"), null, "asserted", true, "met");
    Event e = event(EventType.CONSULT, p("Hezbollah", "Hezbollah", "LBNHEZ", "LBN", "armed_group"),
        p("Russia", "Russia", "RUS", "RUS", "state"), EventStatus.ASSERTED, "Hezbollah met Russia.");
    assertThat(Scorer.score(page(g), List.of(e)).recall()).isEqualTo(1.0);
    Event accuse = event(EventType.ACCUSE, e.source(), e.target(), EventStatus.ASSERTED, "Hezbollah met Russia.");
    GoldEvent ga = new GoldEvent(RUSSIA, HEZBOLLAH, List.of("ACCUSE"), null, "asserted", true, "met");
    assertThat(Scorer.score(page(ga), List.of(accuse)).recall()).isZero();
  }

  @Test
  void goldWithNoSourceMatchesAnySourceAndIsDescribed() {
    GoldEvent g = new GoldEvent(null, null, List.of("ASSAULT"), null, "asserted", true, "a blast killed four");
    Event e = event(EventType.ASSAULT, p("a blast", "blast", "---OTH", null, "other"), null,
        EventStatus.ASSERTED, "On Monday a blast killed four people.");
    assertThat(Scorer.score(page(g), List.of(e)).recall()).isEqualTo(1.0);
    Score missed = Scorer.score(page(g), List.of());
    assertThat(missed.recall()).isZero();
    assertThat(missed.misses()).singleElement().asString().startsWith("ASSAULT - -> -");
  }

  @Test
  void eventFromAnotherSentenceDoesNotMatch() {
    GoldEvent g = new GoldEvent(RUSSIA, null, List.of("ASSAULT"), null, "asserted", true, "struck Idlib");
    Event e = event(EventType.ASSAULT, p("Russia", "Russia", "RUS", "RUS", "state"), null,
        EventStatus.ASSERTED, "Russia struck Hama.");
    Score s = Scorer.score(page(g), List.of(e));
    assertThat(s.recall()).isZero();
    assertThat(s.precision()).isZero();
  }

  @Test
  void hypotheticalGoldReportedAsAssertedIsAStatusError() {
    GoldEvent g = new GoldEvent(RUSSIA, null, List.of("MOBILIZE"), null, "hypothetical", false, "may deploy");
    Event e = event(EventType.MOBILIZE, p("Russia", "Russia", "RUS", "RUS", "state"), null,
        EventStatus.ASSERTED, "Russia may deploy troops.");
    Score s = Scorer.score(page(g), List.of(e));
    assertThat(s.statusErrors()).isEqualTo(1);
    assertThat(s.precision()).isZero();
  }

  @Test
  void hypotheticalOutputDoesNotCountForPrecision() {
    Event e = event(EventType.MOBILIZE, p("Russia", "Russia", "RUS", "RUS", "state"), null,
        EventStatus.HYPOTHETICAL, "Russia may deploy troops.");
    Score s = Scorer.score(page(), List.of(e));
    assertThat(s.assertedProduced()).isZero();
  }

  @Test
  void leadingTheIsIgnored() {
    assertThat(Scorer.bare("The Kremlin")).isEqualTo("kremlin");
  }

  @Test
  void placeWithin25KmOfTheGoldPlaceInItsCountryIsRight() {
    GoldEvent.GoldPlace khanTouman = new GoldEvent.GoldPlace("Khan Touman", "SYR");
    Place aleppo = new Place("Aleppo", "Aleppo", "SYR", 36.2012, 37.1612, 170063L, "city", "sentence");
    Place damascus = new Place("Damascus", "Damascus", "SYR", 33.5102, 36.2913, 170654L, "city", "sentence");
    assertThat(Scorer.placeRight(khanTouman, aleppo)).isTrue();
    assertThat(Scorer.placeRight(khanTouman, damascus)).isFalse();
  }
}
