package org.eventline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest ledger and the errors table of V2.sql, through EventStore. */
class LedgerTest {
  @TempDir Path dir;

  @Test
  void anArticleStoredWithItsInputMarksTheInputAsDone() {
    try (EventStore store = EventStore.open(dir)) {
      InputRecord in = new InputRecord("crawl.warc.gz#1234", "crawl.warc.gz", "https://example.org/news/a1", "abc123");
      assertThat(store.hasInput("abc123", "https://example.org/news/a1")).isFalse();
      store.store(Fixtures.article("a1", "Talks", "2016-06-25"), List.of(), in);
      assertThat(store.hasInput("abc123", "https://example.org/news/a1")).isTrue();
      assertThat(store.hasInput("abc123", null)).as("same bytes, another URL").isFalse();
    }
  }

  @Test
  void theSameErrorRecordedTwiceIsOneRowWithTheLatestMessage() {
    try (EventStore store = EventStore.open(dir)) {
      store.recordError(new IngestError("a.html", "page", "first", null), null);
      store.recordError(new IngestError("a.html", "page", "second", null), null);
      store.recordError(new IngestError("a.html", "code", "other stage", null), null);
      assertThat(store.errors(10, 0)).extracting(IngestError::stage, IngestError::message)
          .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("page", "second"),
              org.assertj.core.groups.Tuple.tuple("code", "other stage"));
      assertThat(store.errorCount()).isEqualTo(2);
      assertThat(store.errors(10, 0)).allMatch(e -> e.failedAt() != null);
    }
  }

  @Test
  void anErrorWithItsInputMarksTheInputAsDoneSoAResumeSkipsIt() {
    try (EventStore store = EventStore.open(dir)) {
      store.recordError(new IngestError("empty.html", "page", "empty", null),
          new InputRecord("empty.html", null, null, "e3b0c442"));
      assertThat(store.hasInput("e3b0c442", null)).isTrue();
    }
  }
}
