package org.eventline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventline.event.Event;
import org.eventline.event.EventStatus;
import org.eventline.event.EventType;
import org.eventline.event.Participant;
import org.eventline.event.SentenceRef;
import org.eventline.geo.Place;
import org.junit.jupiter.api.Test;

class HighlightsTest {
  static final String BODY = "Intro. Lavrov met Assad in Damascus. End.";

  static Event consult(Participant source, Participant target, int start, int end) {
    return new Event("e", "a", "2016-06-25", EventType.CONSULT, null, null, 1, 1.0, EventStatus.ASSERTED, source,
        target, new Place("Damascus", "Damascus", "SYR", 33.5, 36.3, null, "city", "sentence"),
        new SentenceRef(1, BODY.substring(start, end), start, end), 0.9);
  }

  @Test
  void marksActorsEventWordsAndPlaceInsideTheSentence() {
    String html = Highlights.body(BODY, List.of(consult(new Participant("Lavrov", "Russia", "RUSGOV", "RUS", "government"),
        new Participant("Assad", "Syria", "SYRGOV", "SYR", "government"), 7, 36)));
    assertThat(html).isEqualTo("Intro. <span class=\"event-sentence\" title=\"CONSULT (asserted)\">"
        + "<mark class=\"actor\" title=\"source: Russia RUSGOV\">Lavrov</mark> "
        + "<mark class=\"verb\" title=\"CONSULT (asserted)\">met</mark> "
        + "<mark class=\"actor\" title=\"target: Syria SYRGOV\">Assad</mark> in "
        + "<mark class=\"place\" title=\"place: Damascus\">Damascus</mark>.</span> End.");
  }

  @Test
  void offsetsOutsideTheBodyLeaveItPlainButEscaped() {
    String html = Highlights.body("<b>x</b>", List.of(consult(new Participant("x", null, null, null, null), null, 0, 0)));
    assertThat(html).isEqualTo("&lt;b&gt;x&lt;/b&gt;");
  }

  @Test
  void scriptInAMentionIsEscapedInsideTheMark() {
    String body = "<script>alert(1)</script> hit them.";
    Event e = new Event("e", "a", null, EventType.ASSAULT, null, null, 4, -10, EventStatus.ASSERTED,
        new Participant("<script>alert(1)</script>", "\"><img onerror=x>", null, null, null), null, null,
        new SentenceRef(0, body, 0, body.length()), 0.5);
    assertThat(Highlights.body(body, List.of(e))).doesNotContain("<script>").doesNotContain("<img")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;</mark>").contains("&quot;&gt;&lt;img onerror=x&gt;");
  }
}
