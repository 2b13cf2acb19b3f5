package org.eventline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BoundingBoxAndSortTest {
  @Test
  void boxReadsWestSouthEastNorth() {
    assertThat(BoundingBox.parse(" 35.5, 32.3 ,42.4,37.3")).isEqualTo(new BoundingBox(35.5, 32.3, 42.4, 37.3));
  }

  @Test
  void boxRefusesWhatIsNoBoxWithAMessageSayingWhy() {
    assertThatThrownBy(() -> BoundingBox.parse("1,2,3")).hasMessageContaining("four numbers");
    assertThatThrownBy(() -> BoundingBox.parse("1,x,3,4")).hasMessageContaining("'x' is not a number");
    assertThatThrownBy(() -> BoundingBox.parse("0,50,10,40")).hasMessageContaining("south");
    assertThatThrownBy(() -> BoundingBox.parse("0,0,190,10")).hasMessageContaining("east");
    assertThatThrownBy(() -> BoundingBox.parse("NaN,0,1,1")).hasMessageContaining("west");
  }

  @Test
  void boxWithWestEastOfEastCrossesTheAntimeridian() {
    assertThat(BoundingBox.parse("170,-10,-170,10").crossesAntimeridian()).isTrue();
  }

  @Test
  void sortAcceptsItsLabelsAndDateShorthands() {
    assertThat(EventSort.parse("GOLDSTEIN_desc")).isEqualTo(EventSort.GOLDSTEIN_DESC);
    assertThat(EventSort.parse("-date")).isEqualTo(EventSort.NEWEST);
    assertThat(EventSort.parse("date")).isEqualTo(EventSort.OLDEST);
    assertThatThrownBy(() -> EventSort.parse("id; DROP TABLE events")).hasMessageContaining("is not one of");
  }

  @Test
  void everyOrderEndsWithTheSameTieBreakersSoPagesAreStable() {
    for (EventSort s : EventSort.values()) {
      assertThat(s.orderBy("e.rowid")).endsWith(", e.rowid");
      assertThat(s.orderBy("e.event_row")).endsWith(", e.event_row");
    }
  }
}
