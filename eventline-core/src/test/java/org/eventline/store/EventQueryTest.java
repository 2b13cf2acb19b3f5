package org.eventline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventQueryTest {
  @Test
  void defaultsToAHundredFromTheStart() {
    assertThat(EventQuery.all().limit()).isEqualTo(100);
    assertThat(EventQuery.all().offset()).isZero();
  }

  @Test
  void capsTheLimitAtAThousand() {
    assertThat(EventQuery.all().withLimit(50_000).limit()).isEqualTo(1000);
  }

  @Test
  void refusesANonPositiveLimitOrNegativeOffset() {
    assertThatThrownBy(() -> EventQuery.all().withLimit(0)).hasMessageContaining("limit");
    assertThatThrownBy(() -> EventQuery.all().withOffset(-1)).hasMessageContaining("offset");
  }

  @Test
  void refusesFromAfterTo() {
    assertThatThrownBy(() -> EventQuery.all().withTo(LocalDate.parse("2016-01-01"))
        .withFrom(LocalDate.parse("2016-02-01"))).hasMessageContaining("after");
  }

  @Test
  void blankFiltersMeanNoFilter() {
    assertThat(EventQuery.all().withActor("  ").actor()).isNull();
  }
}
