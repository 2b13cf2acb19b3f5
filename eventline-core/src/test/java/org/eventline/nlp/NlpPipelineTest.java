package org.eventline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NlpPipelineTest {
  private final NlpPipeline nlp = NlpPipeline.shared();

  @Test
  void splitsSentencesWithOffsetsIntoTheText() {
    String text = "Troops entered the town. Residents fled north.";
    List<Sentence> sentences = nlp.analyse(text);
    assertThat(sentences).hasSize(2);
    Sentence second = sentences.get(1);
    assertThat(text.substring(second.begin(), second.end())).isEqualTo("Residents fled north.");
    Token fled = second.tokens().get(1);
    assertThat(text.substring(fled.begin(), fled.end())).isEqualTo("fled");
    assertThat(fled.lemma()).isEqualTo("flee");
    assertThat(fled.pos()).isEqualTo("VBD");
  }

  @Test
  void paragraphBreakEndsAHeadlineWithoutAStop() {
    assertThat(nlp.analyse("Rebels seize airport\n\nThe rebels seized the airport on Monday.")).hasSize(2);
  }

  @Test
  void aBriefsPresentTenseVerbThatIsAlsoAPluralNounIsTaggedAVerb() {
    // CoreNLP's tagger reads "summons" as a plural noun here, leaving the brief without a main verb
    Sentence s = nlp.analyse("The Iranian foreign ministry summons the British envoy to protest the arrests.").get(0);
    Token summons = s.tokens().get(4);
    assertThat(summons.word()).isEqualTo("summons");
    assertThat(summons.pos()).isEqualTo("VBZ");
    assertThat(summons.lemma()).isEqualTo("summon");
    // a noun after a determiner stays a noun, and so does one after a finite verb
    Sentence noun = nlp.analyse("He ignored the summons the court sent.").get(0);
    assertThat(noun.tokens().get(3).pos()).startsWith("NN");
  }


  @Test
  void aBriefsBaseFormVerbThatIsAlsoASingularNounIsTaggedAVerb() {
    // the tagger reads "capture" as a noun after the plural subject, and "and capture" with it
    Sentence s = nlp.analyse("M23 rebels advance on the city of Goma and capture Kamanyola in South Kivu").get(0);
    Token advance = s.tokens().get(2);
    assertThat(advance.word()).isEqualTo("advance");
    assertThat(advance.pos()).isEqualTo("VBP");
    Token capture = s.tokens().get(9);
    assertThat(capture.word()).isEqualTo("capture");
    assertThat(capture.pos()).isEqualTo("VBP");
    // a headline without a finite verb: "fire" before its object's noun is the verb
    Sentence fire = nlp.analyse("Police fire tear gas at demonstrators in Nairobi").get(0);
    assertThat(fire.tokens().get(1).pos()).isEqualTo("VBP");
    // a plural noun before a preposition in a label stays a noun
    Sentence label = nlp.analyse("Gaza war protests in Australia").get(0);
    assertThat(label.tokens().get(2).pos()).isEqualTo("NNS");
  }

  @Test
  void openBeforeFireAfterAPluralSubjectIsTheVerb() {
    // the tagger reads "open fire" as an adjective and its noun, leaving the brief without a verb
    Sentence s = nlp.analyse("Security forces open fire on protesters in Nairobi.").get(0);
    Token open = s.tokens().get(2);
    assertThat(open.word()).isEqualTo("open");
    assertThat(open.pos()).isEqualTo("VBP");
    // an adjective after a determiner stays one
    assertThat(nlp.analyse("The open fire pit was cold.").get(0).tokens().get(1).pos()).isEqualTo("JJ");
  }

  @Test
  void aNounTheTaggerReadsAsAVerbInsideANounPhraseIsANoun() {
    // "drone" tagged VB leaves "A Russian drone attack" without its attack noun and its attacker
    assertThat(posOf("A Russian drone attack on Kharkiv killed two people.", "drone")).isEqualTo("NN");
    assertThat(posOf("Israeli drone strikes killed five people in Gaza.", "drone")).isEqualTo("NN");
    assertThat(posOf("A Houthi drone struck a ship in the Red Sea.", "drone")).isEqualTo("NN");
    assertThat(posOf("Ukrainian drone strikes on Belgorod killed a woman.", "drone")).isEqualTo("NN");
    // a gerund heading the subject, a finite verb right after it
    assertThat(posOf("Russian shelling killed three civilians in Kherson.", "shelling")).isEqualTo("NN");
    assertThat(posOf("The ruling party won the vote.", "ruling")).isEqualTo("VBG");
    // a verb after "to", a modal or a common noun stays one
    assertThat(posOf("Russia plans to further attack Ukrainian ports.", "attack")).startsWith("VB");
    assertThat(posOf("The strikes helped the army retake Palmyra.", "retake")).startsWith("VB");
    assertThat(posOf("The Taliban retake government buildings.", "retake")).startsWith("VB");
  }

  private String posOf(String text, String word) {
    return nlp.analyse(text).get(0).tokens().stream().filter(t -> t.word().equals(word)).findFirst()
        .orElseThrow().pos();
  }

  @Test
  void aBaseFormAfterAPluralSubjectIsPresentTense() {
    // tagged VB, as after "to" or a modal; with neither before it, it is the brief's finite verb
    Sentence s = nlp.analyse("Islamic Front rebels seize Abu al-Duhur air base in Idlib.").get(0);
    Token seize = s.tokens().get(3);
    assertThat(seize.word()).isEqualTo("seize");
    assertThat(seize.pos()).isEqualTo("VBP");
    Sentence modal = nlp.analyse("The rebels will seize the base.").get(0);
    assertThat(modal.tokens().get(3).pos()).isEqualTo("VB");
  }

  @Test
  void aBaseFormAfterAPluralNameIsPresentTense() {
    // "Houthis" is tagged a singular name, and "launch" after it a noun
    Sentence s = nlp.analyse("The Houthis launch a ballistic missile at Israel.").get(0);
    Token launch = s.tokens().get(2);
    assertThat(launch.word()).isEqualTo("launch");
    assertThat(launch.pos()).isEqualTo("VBP");
    // a name in -s without "the" before it is no plural ("Tunis")
    Sentence place = nlp.analyse("Tunis launch pad was closed.").get(0);
    assertThat(place.tokens().get(1).pos()).startsWith("NN");
  }

  @Test
  void aVerbAfterAPlaceInAppositionIsPresentTense() {
    Sentence s = nlp.analyse("A court in Lima, Peru, sentences former president Ollanta Humala to 15 years.").get(0);
    assertThat(s.tokens().get(7).word()).isEqualTo("sentences");
    assertThat(s.tokens().get(7).pos()).isEqualTo("VBZ");
    // a list of places and plural nouns stays nouns
    Sentence list = nlp.analyse("Floods in Lima, Peru, sentences and fines were reported.").get(0);
    assertThat(list.tokens().get(6).pos()).isEqualTo("NNS");
  }

  @Test
  void aBaseFormAfterPoliceIsPresentTense() {
    // "police" takes a plural verb, but the tagger reads "police arrest" as a compound noun
    Sentence s = nlp.analyse("French police arrest nine people in Lyon.").get(0);
    assertThat(s.tokens().get(2).word()).isEqualTo("arrest");
    assertThat(s.tokens().get(2).pos()).isEqualTo("VBP");
    // a second verb after "and" tells the first is one too
    Sentence two = nlp.analyse("Sri Lanka police arrest and detain the former president.").get(0);
    assertThat(two.tokens().get(3).pos()).isEqualTo("VBP");
    // a police arrest is still a noun
    Sentence noun = nlp.analyse("The police arrest was filmed.").get(0);
    assertThat(noun.tokens().get(2).pos()).startsWith("NN");
  }

  @Test
  void tagsPeopleAndPlaces() {
    Sentence s = nlp.analyse("Angela Merkel arrived in Paris.").get(0);
    assertThat(s.tokens().get(0).ner()).isEqualTo("PERSON");
    assertThat(s.tokens().get(4).ner()).isEqualTo("LOCATION");
  }

  @Test
  void enhancedParseSharesSubjectsAcrossConjunctsAndControl() {
    Sentence s = nlp.analyse("Russia and Iran agreed to expand trade.").get(0);
    Parse p = nlp.parse(s);
    int agreed = 3;
    int expand = 5;
    assertThat(p.children(agreed, "nsubj")).containsExactlyInAnyOrder(0, 2);
    assertThat(p.children(expand).stream().filter(d -> d.relation().equals("nsubj:xsubj")).map(Dependency::dependent))
        .containsExactlyInAnyOrder(0, 2);
  }

  @Test
  void passiveAgentIsMarked() {
    Sentence s = nlp.analyse("The convoy was attacked by militants.").get(0);
    Parse p = nlp.parse(s);
    assertThat(p.children(3).stream().map(Dependency::relation)).contains("nsubj:pass", "obl:agent");
  }

  @Test
  void parsingFromSeveralThreadsGivesTheSameTrees() throws InterruptedException {
    Sentence s = nlp.analyse("The minister said the army would withdraw from the border region next week.").get(0);
    String expected = nlp.parse(s).toString();
    String[] got = new String[4];
    Thread[] threads = new Thread[4];
    for (int i = 0; i < threads.length; i++) {
      int k = i;
      threads[i] = new Thread(() -> {
        String last = null;
        for (int j = 0; j < 20; j++) {
          last = nlp.parse(s).toString();
          if (!last.equals(expected)) {
            break;
          }
        }
        got[k] = last;
      });
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(got).containsOnly(expected);
  }
}
