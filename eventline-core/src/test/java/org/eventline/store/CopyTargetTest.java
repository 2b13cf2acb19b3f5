package org.eventline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CopyTargetTest {
  @Test
  void makesThePathAbsoluteAndDoublesQuotes() {
    String literal = CopyTarget.literal(Path.of("out", "o'brien.csv"));
    assertThat(literal).startsWith("'" + Path.of("").toAbsolutePath()).endsWith("o''brien.csv'");
  }

  @Test
  void keepsNonAsciiLetters() {
    assertThat(CopyTarget.literal(Path.of("/tmp/حلب.csv"))).isEqualTo("'/tmp/حلب.csv'");
  }

  @Test
  void refusesCharactersOutsideTheList() {
    for (String bad : new String[] {"/tmp/a;b", "/tmp/a\"b", "/tmp/a*b", "/tmp/a$b", "/tmp/a\u0001b"}) {
      assertThatThrownBy(() -> CopyTarget.literal(Path.of(bad)))
          .as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
