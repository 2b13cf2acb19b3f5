package org.eventline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eventline.store.Fixtures.RUSSIA;
import static org.eventline.store.Fixtures.SYRIA;
import static org.eventline.store.Fixtures.article;
import static org.eventline.store.Fixtures.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.eventline.event.EventType;
import org.eventline.json.EventJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
  @TempDir Path dir;
  EventStore store;

  @BeforeEach
  void open() {
    store = EventStore.open(dir.resolve("data"));
    store.store(article("a1", "Lavrov visits Damascus", "2016-06-25"), List.of(
        event("e1", "a1", "2016-06-25", EventType.CONSULT, RUSSIA, SYRIA),
        event("e2", "a1", "2016-06-26", EventType.ACCUSE, SYRIA, null)));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void csvReadsBackWithEveryRowAndQuotedText() throws Exception {
    Path out = dir.resolve("it's events.csv");
    store.export(ExportFormat.CSV, out);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement ps = c.prepareStatement(
            "SELECT id, source_code, target_code, sentence_text, article_title FROM read_csv(?, header = true)")) {
      ps.setString(1, out.toString());
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("id")).isEqualTo("e2");
        assertThat(rs.getString("target_code")).isNull();
        assertThat(rs.getString("sentence_text")).isEqualTo("Sentence of e2, with \"quotes\".");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("source_code")).isEqualTo("RUSGOV");
        assertThat(rs.getString("article_title")).isEqualTo("Lavrov visits Damascus");
        assertThat(rs.next()).isFalse();
      }
    }
  }

  @Test
  void parquetReadsBack() throws Exception {
    Path out = dir.resolve("events.parquet");
    store.export(ExportFormat.PARQUET, out);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement ps = c.prepareStatement("SELECT count(*), max(goldstein) FROM read_parquet(?)")) {
      ps.setString(1, out.toString());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(2);
        assertThat(rs.getDouble(2)).isEqualTo(1.9);
      }
    }
  }

  @Test
  void jsonlIsOneEventJsonObjectPerLine() throws Exception {
    Path out = dir.resolve("events.jsonl");
    store.export(ExportFormat.JSONL, out);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    JsonNode first = EventJson.MAPPER.readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("e2");
    assertThat(first.get("target").isNull()).isTrue();
    assertThat(first.at("/article/title").asText()).isEqualTo("Lavrov visits Damascus");
    JsonNode second = EventJson.MAPPER.readTree(lines.get(1));
    assertThat(second).isEqualTo(EventJson.MAPPER.readTree(EventJson.MAPPER.writeValueAsString(
        EventJson.event(store.events(EventQuery.all().withType(EventType.CONSULT)).get(0),
            store.eventsWithArticles(EventQuery.all()).get(1).article()))));
  }

  @Test
  void refusesACopyPathThatCouldEscapeTheLiteral() {
    assertThatThrownBy(() -> store.export(ExportFormat.CSV, dir.resolve("x\n.csv")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+000A");
    assertThatThrownBy(() -> store.export(ExportFormat.CSV, dir.resolve("x;y.csv")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("';'");
  }
}
