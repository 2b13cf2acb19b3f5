package org.eventline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventline.event.AnalysedSentence;
import org.eventline.geo.Gazetteer;
import org.eventline.geo.Place;
import org.eventline.nlp.Sentence;
import org.eventline.nlp.Token;
import org.junit.jupiter.api.Test;

/** The rules of {@code eval-places}: 25 km and the right country; a country-level gold needs the country. */
class PlaceScorerTest {
  private static final Gazetteer G = Gazetteer.defaults();

  private static PlaceScorer.Item judge(String name, String country, Place p) {
    GoldEvent g = new GoldEvent(null, null, List.of("ASSAULT"), new GoldEvent.GoldPlace(name, country),
        "asserted", true, "fragment");
    return PlaceScorer.judge("page.txt", g, "a sentence", p, false, G);
  }

  private static Place at(String name, String country, double lat, double lon, String kind) {
    return new Place(name, name, country, lat, lon, null, kind, "sentence");
  }

  @Test
  void withinTwentyFiveKilometresInTheRightCountryIsRight() {
    // Khan Touman's supplement point is ~13 km from GeoNames' Aleppo.
    assertThat(judge("Aleppo", "SYR", at("Khan Touman", "SYR", 36.12, 37.05, "village")).verdict()).isEqualTo("right");
    assertThat(judge("Damascus", "SYR", at("Aleppo", "SYR", 36.2012, 37.1612, "city")).verdict()).isEqualTo("too far");
    assertThat(judge("Tripoli", "LBN", at("Tripoli", "LBY", 32.8872, 13.1913, "city")).verdict()).isEqualTo("wrong country");
  }

  @Test
  void aGoldPlaceIsRightWhenAnyPlaceOfItsSentencesListIs() {
    GoldEvent g = new GoldEvent(null, null, List.of("PROTEST"), new GoldEvent.GoldPlace("Damascus", "SYR"),
        "asserted", true, "fragment");
    Place aleppo = at("Aleppo", "SYR", 36.2012, 37.1612, "city");
    Place damascus = at("Damascus", "SYR", 33.5102, 36.2913, "city");
    assertThat(PlaceScorer.judgeAny("page.txt", g, "a sentence", List.of(aleppo, damascus), false, G).right()).isTrue();
    assertThat(PlaceScorer.judgeAny("page.txt", g, "a sentence", List.of(aleppo), false, G).verdict())
        .isEqualTo("too far");
    assertThat(PlaceScorer.judgeAny("page.txt", g, "a sentence", List.of(), false, G).verdict()).isEqualTo("no place");
  }

  @Test
  void countryLevelGoldNeedsOnlyTheCountry() {
    Place idlib = at("Idlib", "SYR", 35.9306, 36.6339, "city");
    assertThat(judge("Syria", "SYR", idlib).right()).isTrue();
    assertThat(judge("north-eastern Syria", "SYR", idlib).right()).isTrue();
    assertThat(judge("Northern Syria", "SYR", idlib).right()).isTrue();
  }

  @Test
  void theStrictRuleWantsTheCountryForACountryAndThePlaceForAPlace() {
    GoldEvent iraq = new GoldEvent(null, null, List.of("ASSAULT"), new GoldEvent.GoldPlace("Iraq", "IRQ"),
        "asserted", true, "fragment");
    Place baghdad = at("Baghdad", "IRQ", 33.3406, 44.4009, "city");
    Place country = G.country("IRQ");
    assertThat(PlaceScorer.judgeAny("page.txt", iraq, "a sentence", List.of(baghdad), false, G).right()).isTrue();
    assertThat(PlaceScorer.judgeAny("page.txt", iraq, "a sentence", List.of(baghdad), false, G).strict()).isFalse();
    assertThat(PlaceScorer.judgeAny("page.txt", iraq, "a sentence", List.of(country), false, G).strict()).isTrue();
    GoldEvent city = new GoldEvent(null, null, List.of("ASSAULT"), new GoldEvent.GoldPlace("Baghdad", "IRQ"),
        "asserted", true, "fragment");
    assertThat(PlaceScorer.judgeAny("page.txt", city, "a sentence", List.of(country), false, G).strict()).isFalse();
    assertThat(PlaceScorer.judgeAny("page.txt", city, "a sentence", List.of(country, baghdad), false, G).strict()).isTrue();
  }

  @Test
  void noPlaceAndUnknownGoldAreWrong() {
    assertThat(judge("Aleppo", "SYR", null).verdict()).isEqualTo("no place");
    assertThat(judge("Nowhereville Qqq", "SYR", at("Aleppo", "SYR", 36.2012, 37.1612, "city")).verdict())
        .isEqualTo("gold not in gazetteer");
  }

  @Test
  void regionLevelGoldIsRightAnywhereInTheRegion() {
    Place milwaukee = at("Milwaukee", "USA", 43.0389, -87.9065, "city");
    assertThat(judge("Wisconsin", "USA", milwaukee).right()).isTrue();
    assertThat(judge("Texas", "USA", milwaukee).right()).isFalse();
  }

  @Test
  void landmarkGoldIsMeasuredFromTheCityItIsNamedAfter() {
    Place baghdad = at("Baghdad", "IRQ", 33.3406, 44.4009, "city");
    assertThat(judge("Baghdad Central Station", "IRQ", baghdad).right()).isTrue();
    assertThat(judge("Freedom Plaza", "USA", at("Alliance", "USA", 40.9153, -81.1059, "city")).verdict())
        .isEqualTo("gold not in gazetteer");
  }

  private static AnalysedSentence said(int i, String text) {
    return new AnalysedSentence(i, false, new Sentence(i, text, 0, text.length(), List.of()), List.of(), null);
  }

  @Test
  void aFragmentIsFoundByItsStartOrElseByTheSentenceItsEndOpens() {
    List<AnalysedSentence> page = List.of(said(0, "A gunman kills two people in El Ejido, Andalusia, Spain."),
        said(1, "The perpetrator is arrested."), said(2, "Police say the perpetrator is a local man."));
    assertThat(PlaceScorer.sentenceOf("kills two people in El Ejido", page)).isEqualTo(0);
    assertThat(PlaceScorer.sentenceOf("El Ejido, Andalusia, Spain. The perpetrator", page)).isEqualTo(0);
    assertThat(PlaceScorer.sentenceOf("Andalusia, Spain. The perpetrator is arrested", page)).isEqualTo(1);
    assertThat(PlaceScorer.sentenceOf("Spain. A bus crashes in Cuenca", page)).isEqualTo(-1);
  }

  @Test
  void aFragmentStartsAtTheTokenItsFirstWordsBegin() {
    String text = "A man is detained in  Poland, and two others are arrested in Romania.";
    String[] words = {"A", "man", "is", "detained", "in", "Poland", ",", "and", "two", "others", "are", "arrested", "in",
        "Romania", "."};
    List<Token> tokens = new java.util.ArrayList<>();
    int from = 0;
    for (String w : words) {
      int begin = text.indexOf(w, from);
      tokens.add(new Token(tokens.size(), w, w, "NN", "O", 100 + begin, 100 + begin + w.length()));
      from = begin + w.length();
    }
    AnalysedSentence s = new AnalysedSentence(0, false, new Sentence(0, text, 100, 100 + text.length(), tokens), List.of(), null);
    assertThat(PlaceScorer.startToken("and two others are arrested in Romania", s)).isEqualTo(7);
    assertThat(PlaceScorer.startToken("two others are arrested", s)).isEqualTo(8);
    assertThat(PlaceScorer.startToken("A man is detained in Poland", s)).isEqualTo(0);
    assertThat(PlaceScorer.startToken("Poland, and two others", s)).as("after a double space").isEqualTo(5);
    assertThat(PlaceScorer.startToken("a bus crashes in Cuenca", s)).isEqualTo(-1);
  }
}
