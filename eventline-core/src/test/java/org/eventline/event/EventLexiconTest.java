package org.eventline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventLexiconTest {
  private static EventLexicon lexicon(String text) {
    return EventLexicon.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.txt");
  }

  @Test
  void readsConditionsAndCode() {
    EventLexicon lex = lexicon("# comment\nverb hold obj=talk|meeting to=with 040\nlight launch\n");
    EventPattern p = lex.verbPatterns("hold").get(0);
    assertThat(p.objects()).containsExactlyInAnyOrder("talk", "meeting");
    assertThat(p.targetPrepositions()).containsExactly("with");
    assertThat(p.cameo()).isEqualTo("040");
    assertThat(p.objectDescribesAct()).isTrue();
    assertThat(lex.isLightVerb("launch")).isTrue();
  }

  @Test
  void specificPatternsComeFirst() {
    EventLexicon lex = lexicon("verb send to=to 070\nverb send obj=troop to=to 154\n");
    assertThat(lex.verbPatterns("send").get(0).cameo()).isEqualTo("154");
  }

  @Test
  void badLineNamesFileAndLine() {
    assertThatThrownBy(() -> lexicon("verb visit 042\nadjective big 010\n"))
        .hasMessageContaining("test.txt:2");
  }

  @Test
  void patternWithoutCodeIsRefused() {
    assertThatThrownBy(() -> lexicon("verb visit to=with\n")).hasMessageContaining("no CAMEO code");
  }

  @Test
  void eventWordsDependOnWordClass() {
    EventLexicon lex = lexicon("verb attack 190\nnoun talk 040\n");
    assertThat(lex.isEventWord("attack", "VBD")).isTrue();
    assertThat(lex.isEventWord("attack", "NN")).isFalse();
    assertThat(lex.isEventWord("talk", "NNS")).isTrue();
  }
}
