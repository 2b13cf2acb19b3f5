package org.eventline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {
  @Test
  void resultsComeInInputOrderWhateverTheFinishingOrder() {
    List<Integer> inputs = IntStream.range(0, 50).boxed().toList();
    List<Integer> out = new ArrayList<>();
    InOrder.map(inputs, 4, i -> {
      try {
        Thread.sleep((50 - i) % 7);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return i * 2;
    }, out::add);
    assertThat(out).isEqualTo(inputs.stream().map(i -> i * 2).toList());
  }

  @Test
  void oneThreadRunsInTheCallersThread() {
    List<String> names = new ArrayList<>();
    InOrder.map(List.of(1, 2), 1, i -> Thread.currentThread().getName(), names::add);
    assertThat(names).containsOnly(Thread.currentThread().getName());
  }

  @Test
  void aFailingWorkerIsReported() {
    assertThatThrownBy(() -> InOrder.map(List.of(1, 2, 3), 2, i -> {
      if (i == 2) {
        throw new IllegalArgumentException("boom");
      }
      return i;
    }, x -> { })).hasMessageContaining("boom");
  }
}
