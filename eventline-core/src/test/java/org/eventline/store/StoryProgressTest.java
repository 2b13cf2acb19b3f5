package org.eventline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eventline.article.Article;
import org.eventline.event.Event;
import org.eventline.synth.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a store whose articles have no stories yet (written before V6) says how far it is. */
class StoryProgressTest {
  @TempDir Path dir;

  @Test
  void openingAStoreWithoutStoriesReportsEachPassUpToTheTotal() throws Exception {
    Path data = dir.resolve("data");
    int n = StoryClusters.PASS + 500;
    try (EventStore store = EventStore.open(data)) {
      SyntheticCorpus corpus = new SyntheticCorpus(3, LocalDate.parse("2016-01-01"), 365);
      List<Article> articles = new ArrayList<>();
      List<Event> events = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        SyntheticCorpus.Item item = corpus.next(n);
        articles.add(item.article());
        events.addAll(item.events());
      }
      store.append(articles, events);
      store.finishAppend();
    }
    // As a store written before V6 has it: articles, and no story for any of them.
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.resolve(EventStore.FILE_NAME));
        Statement st = c.createStatement()) {
      st.execute("DELETE FROM article_stories");
      st.execute("DELETE FROM story_bands");
      st.execute("DELETE FROM stories");
    }
    List<long[]> reports = new ArrayList<>();
    try (EventStore store = EventStore.open(data, (done, total) -> reports.add(new long[] {done, total}))) {
      assertThat(store.story(store.events(EventQuery.all()).get(0).articleId())).isPresent();
    }
    assertThat(reports).hasSizeGreaterThanOrEqualTo(2);
    assertThat(reports.get(0)).containsExactly(StoryClusters.PASS, n);
    assertThat(reports.get(reports.size() - 1)).containsExactly(n, n);
    // Opening it again has nothing to catch up on, and says nothing.
    reports.clear();
    try (EventStore store = EventStore.open(data, (done, total) -> reports.add(new long[] {done, total}))) {
      assertThat(reports).isEmpty();
    }
  }
}
