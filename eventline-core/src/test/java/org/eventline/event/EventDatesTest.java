package org.eventline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eventline.nlp.Token;
import org.junit.jupiter.api.Test;

class EventDatesTest {
  private static final LocalDate FRIDAY = LocalDate.of(2024, 3, 15);

  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    for (String w : text.split(" ")) {
      out.add(new Token(i++, w, w.toLowerCase(), "NN", "O", 0, 0));
    }
    return out;
  }

  @Test
  void undatedSentenceTakesArticleDate() {
    assertThat(EventDates.dateOf(tokens("Troops attacked the town"), FRIDAY)).isEqualTo(FRIDAY);
  }

  @Test
  void weekdayCountsBackFromArticleDate() {
    assertThat(EventDates.dateOf(tokens("On Monday troops attacked"), FRIDAY)).isEqualTo(LocalDate.of(2024, 3, 11));
  }

  @Test
  void yesterdayIsTheDayBefore() {
    assertThat(EventDates.dateOf(tokens("Troops attacked yesterday"), FRIDAY)).isEqualTo(LocalDate.of(2024, 3, 14));
  }

  @Test
  void dayAndMonthInEitherOrder() {
    assertThat(EventDates.dateOf(tokens("on 2 March the talks began"), FRIDAY)).isEqualTo(LocalDate.of(2024, 3, 2));
    assertThat(EventDates.dateOf(tokens("on March 2 the talks began"), FRIDAY)).isEqualTo(LocalDate.of(2024, 3, 2));
  }

  @Test
  void laterDayBelongsToPreviousYear() {
    assertThat(EventDates.dateOf(tokens("on 28 December rebels attacked"), FRIDAY))
        .isEqualTo(LocalDate.of(2023, 12, 28));
  }

  @Test
  void mayAsModalIsNotAMonth() {
    assertThat(EventDates.dateOf(tokens("Rebels may attack 5 towns"), FRIDAY)).isEqualTo(FRIDAY);
  }

  @Test
  void noArticleDateGivesNoDate() {
    assertThat(EventDates.dateOf(tokens("On Monday troops attacked"), null)).isNull();
  }
}
