package org.eventline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyEdgesTest {
  private static final String FIRST = "Delegations from both governments met again in Vienna on Monday, diplomats said, "
      + "and the talks went on late into the night, with a draft text close.";
  private static final String LAST = "Neither side spoke to reporters after the session, which ended shortly before "
      + "midnight, and a further round is expected next week.";

  private static List<String> trim(String... paragraphs) {
    List<String> body = new ArrayList<>(List.of(paragraphs));
    BodyEdges.trim(body);
    return body;
  }

  @Test
  void toolbarsBylinesAndPhotoCreditsAboveTheStoryGo() {
    assertThat(trim("text size: T T Business September 20, 2011, 6:37 PM EDT", "Story Tools",
        "Email Print By Jane Roe Archive | Contact", "Win McNamee / Getty Images", FIRST, LAST))
        .containsExactly(FIRST, LAST);
  }

  @Test
  void callsToActionAndNoticesBelowTheStoryGo() {
    assertThat(trim(FIRST, LAST, "Follow us on Twitter!", "Produced by:",
        "Copyright 2011 Gulf Wire. All rights reserved. This material may not be published or broadcast."))
        .containsExactly(FIRST, LAST);
  }

  @Test
  void subheadingAndBriefClosingSentenceStay() {
    assertThat(trim(FIRST, "What comes next", "Engineers will survey the sites next month, officials said."))
        .containsExactly(FIRST, "What comes next", "Engineers will survey the sites next month, officials said.");
  }

  @Test
  void closingSourceCreditStaysForTheReader() {
    assertThat(trim(FIRST, LAST, "Source: Reuters")).containsExactly(FIRST, LAST, "Source: Reuters");
  }

  @Test
  void standfirstThatReadsAsASentenceStays() {
    assertThat(trim("Are the talks in Vienna closer to a deal than either side admits?", FIRST))
        .containsExactly("Are the talks in Vienna closer to a deal than either side admits?", FIRST);
  }
}
