package org.eventline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceTest {
  @Test
  void sourcesCitedInBracketsAtTheEndAreCitations() {
    boolean[] own = sentence("( NBC News ) ( The Hill )").citation();
    assertThat(own).containsOnly(true);
    boolean[] after = sentence("Gunmen killed four officers . ( Dawn ) ( Reuters )").citation();
    assertThat(after).containsExactly(false, false, false, false, false, true, true, true, true, true, true);
  }

  @Test
  void bracketsInsideASentenceAreNoCitation() {
    assertThat(sentence("Gunmen ( from Kabul ) killed four officers").citation()).containsOnly(false);
    // an aside in brackets before the full stop is the sentence's own
    assertThat(sentence("Gunmen killed four officers ( in Kabul ) .").citation()).containsOnly(false);
  }

  private static Sentence sentence(String words) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String w : words.split(" ")) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(w);
      tokens.add(new Token(tokens.size(), w, w.toLowerCase(), "NN", "O", begin, text.length()));
    }
    return new Sentence(0, text.toString(), 0, text.length(), tokens);
  }
}
