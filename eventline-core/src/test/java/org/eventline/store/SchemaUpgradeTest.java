package org.eventline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.eventline.event.Event;
import org.eventline.event.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store written before V3 (event dates as strings only) opens, upgrades and answers by date. */
class SchemaUpgradeTest {
  @TempDir Path dir;

  @Test
  void aVersion2StoreGetsTypedDaysAndKeepsWorking() throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.resolve(EventStore.FILE_NAME));
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY,"
          + " applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp)");
      for (int v = 1; v <= 2; v++) {
        st.execute(script(v));
        st.execute("INSERT INTO schema_version (version) VALUES (" + v + ")");
      }
      st.execute("INSERT INTO articles (id, file, title, published, body) VALUES"
          + " ('a1', 'a1.html', 'Lavrov visits Damascus', '2016-06-25', 'Lavrov met Assad.'),"
          + " ('a2', 'a2.html', 'Nusra attacks in Idlib', '2016-07-03', 'Nusra attacked.')");
      st.execute("INSERT INTO events (id, article_id, event_date, type, quad_class, goldstein, status,"
          + " source_name, source_code, sentence_index, sentence_text, sentence_start, sentence_end, confidence)"
          + " VALUES ('e1', 'a1', '2016-06-25', 'CONSULT', 1, 1.0, 'asserted', 'Russia', 'RUSGOV', 1, 'Lavrov met Assad.', 0, 17, 0.9),"
          + " ('e2', 'a2', '2016-07-03', 'ASSAULT', 4, -9.0, 'asserted', 'Nusra Front', 'SYRREBNUS', 1, 'Nusra attacked.', 0, 15, 0.8),"
          + " ('e3', 'a2', 'sometime', 'ACCUSE', 3, -2.0, 'asserted', 'Syria', 'SYRGOV', 2, 'x', 0, 1, 0.7)");
      st.execute("INSERT INTO actors VALUES ('RUSGOV', 'Russia', 'RUS', 'government')");
    }

    try (EventStore store = EventStore.open(data)) {
      assertThat(store.summary().events()).isEqualTo(3);
      // Date filters and the date order now run on the typed day; a date that is no ISO date has none.
      assertThat(store.events(EventQuery.all().withFrom(LocalDate.parse("2016-07-01"))))
          .extracting(Event::id).containsExactly("e2");
      assertThat(store.events(EventQuery.all())).extracting(Event::id).containsExactly("e2", "e1", "e3");
      assertThat(store.events(EventQuery.all().withSort(EventSort.OLDEST))).extracting(Event::id)
          .containsExactly("e1", "e2", "e3");
      assertThat(store.events(EventQuery.all().withActor("rusgov")).get(0).date()).isEqualTo("2016-06-25");
      // Writes after the upgrade fill the day too.
      store.store(Fixtures.article("a3", "Talks in Geneva", "2016-08-01"),
          List.of(Fixtures.event("e4", "a3", "2016-08-01", EventType.CONSULT, Fixtures.RUSSIA, Fixtures.SYRIA)));
      assertThat(store.events(EventQuery.all().withTo(LocalDate.parse("2016-08-01"))
          .withFrom(LocalDate.parse("2016-08-01")))).extracting(Event::id).containsExactly("e4");
    }

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.resolve(EventStore.FILE_NAME));
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT (SELECT max(version) FROM schema_version),"
            + " (SELECT count(day) FROM events), (SELECT day FROM events WHERE id = 'e1')")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(Schema.latestKnown()).isGreaterThanOrEqualTo(3);
      assertThat(rs.getInt(2)).isEqualTo(3);
      assertThat(rs.getObject(3, LocalDate.class)).isEqualTo(LocalDate.parse("2016-06-25"));
    }
  }

  @Test
  void aVersion3StoreGetsEventKeysForItsActorsAndCountries() throws Exception {
    Path data = dir.resolve("v3");
    Files.createDirectories(data);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.resolve(EventStore.FILE_NAME));
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY,"
          + " applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp)");
      for (int v = 1; v <= 3; v++) {
        st.execute(script(v));
        st.execute("INSERT INTO schema_version (version) VALUES (" + v + ")");
      }
      st.execute("INSERT INTO articles (id, file, title, published, body) VALUES"
          + " ('a1', 'a1.html', 'Lavrov visits Damascus', '2016-06-25', 'Lavrov met Assad.')");
      st.execute("INSERT INTO events (id, article_id, event_date, day, type, quad_class, goldstein, status,"
          + " source_name, source_code, source_country, target_name, target_code, target_country,"
          + " sentence_index, sentence_text, sentence_start, sentence_end, confidence) VALUES"
          + " ('e1', 'a1', '2016-06-25', DATE '2016-06-25', 'CONSULT', 1, 1.0, 'asserted', 'Russia', 'RUSGOV', 'RUS',"
          + "  'Syria', 'SYRGOV', 'SYR', 1, 'Lavrov met Assad.', 0, 17, 0.9),"
          + " ('e2', 'a1', '2016-06-26', DATE '2016-06-26', 'ASSAULT', 4, -9.0, 'negated', 'Nusra Front', 'SYRREBNUS', 'SYR',"
          + "  'Syria', 'SYRGOV', 'SYR', 2, 'Nusra attacked.', 0, 15, 0.8),"
          + " ('e3', 'a1', NULL, NULL, 'ACCUSE', 3, -2.0, 'asserted', 'Someone', NULL, NULL, NULL, NULL, NULL, 3, 'x', 0, 1, 0.7)");
      st.execute("INSERT INTO actors VALUES ('RUSGOV', 'Russia', 'RUS', 'government'),"
          + " ('SYRGOV', 'Syria', 'SYR', 'government'), ('SYRREBNUS', 'Nusra Front', 'SYR', 'armed_group')");
    }

    try (EventStore store = EventStore.open(data)) {
      assertThat(store.events(EventQuery.all().withActor("SYRGOV"))).extracting(Event::id).containsExactly("e2", "e1");
      assertThat(store.events(EventQuery.all().withActor("RUSGOV"))).extracting(Event::id).containsExactly("e1");
      assertThat(store.count(EventQuery.all().withActorCountry("syr").withStatus(org.eventline.event.EventStatus.NEGATED)))
          .isEqualTo(1);
      // Written after the upgrade: the new event is found through its keys too.
      store.store(Fixtures.article("a3", "Talks in Geneva", "2016-08-01"),
          List.of(Fixtures.event("e4", "a3", "2016-08-01", EventType.CONSULT, Fixtures.RUSSIA, Fixtures.SYRIA)));
      assertThat(store.events(EventQuery.all().withActor("SYRGOV"))).extracting(Event::id).containsExactly("e4", "e2", "e1");
    }

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.resolve(EventStore.FILE_NAME));
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT (SELECT max(version) FROM schema_version),"
            + " (SELECT string_agg(key || '@' || event_row, ' ' ORDER BY key, event_row) FROM event_keys)")) {
      rs.next();
      assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(4);
      // Each event once per code and per country, a code or country on both sides once.
      assertThat(rs.getString(2)).isEqualTo("a:RUSGOV@0 a:RUSGOV@3 a:SYRGOV@0 a:SYRGOV@1 a:SYRGOV@3 a:SYRREBNUS@1"
          + " c:RUS@0 c:RUS@3 c:SYR@0 c:SYR@1 c:SYR@3");
    }
  }

  private static String script(int version) throws Exception {
    try (InputStream in = Schema.class.getResourceAsStream("V" + version + ".sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aStoreThatTookTheWithdrawnV5LosesItsEventIdColumnAndKeepsWriting() throws Exception {
    Path data = dir.resolve("data");
    try (EventStore store = EventStore.open(data)) {
      store.store(Fixtures.article("a1", "Talks", "2016-06-25"),
          List.of(Fixtures.event("e1", "a1", "2016-06-25", EventType.CONSULT, Fixtures.RUSSIA, Fixtures.SYRIA)));
    }
    // As a development build's V5 left it: event_keys with the event's id, versions 5 and 6 applied.
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.resolve(EventStore.FILE_NAME));
        Statement st = c.createStatement()) {
      st.execute("ALTER TABLE event_keys ADD COLUMN event_id VARCHAR");
      st.execute("UPDATE event_keys SET event_id = 'e1'");
      st.execute("DELETE FROM schema_version WHERE version >= 7");
    }
    try (EventStore store = EventStore.open(data)) {
      store.store(Fixtures.article("a2", "More talks", "2016-06-26"),
          List.of(Fixtures.event("e2", "a2", "2016-06-26", EventType.CONSULT, Fixtures.RUSSIA, Fixtures.SYRIA)));
      assertThat(store.events(EventQuery.all().withActor("SYRGOV"))).extracting(Event::id).containsExactly("e2", "e1");
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.resolve(EventStore.FILE_NAME));
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.columns"
            + " WHERE table_name = 'event_keys' AND column_name = 'event_id'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }

  @Test
  void aVersion4StoreGetsStoriesAndEventCountsForWhatItHolds() throws Exception {
    Path data = dir.resolve("v4");
    Files.createDirectories(data);
    String body = StoriesTest.OTHER_STORY.replace("'", "''");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.resolve(EventStore.FILE_NAME));
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY,"
          + " applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp)");
      for (int v = 1; v <= 4; v++) {
        st.execute(script(v));
        st.execute("INSERT INTO schema_version (version) VALUES (" + v + ")");
      }
      st.execute("INSERT INTO articles (id, file, title, published, site, body) VALUES"
          + " ('a1', 'a1.html', 'Army advances', '2016-11-29', 'levant.example', '" + body + "'),"
          + " ('a2', 'a2.html', 'Army advances', '2016-11-30', 'copy.example', 'Menu " + body + " Share')");
      for (String e : List.of("e1", "e2")) {
        st.execute("INSERT INTO events (id, article_id, event_date, day, type, cameo, quad_class, goldstein, status,"
            + " source_name, source_code, sentence_index, sentence_text, sentence_start, sentence_end, confidence) VALUES"
            + " ('" + e + "', 'a" + e.charAt(1) + "', '2016-11-29', DATE '2016-11-29', 'ASSAULT', '190', 4, -10, 'asserted',"
            + " 'Syria', 'SYRMIL', 1, 'x', 0, 1, 0.8)");
      }
    }
    try (EventStore store = EventStore.open(data)) {
      Story s = store.story("a2").orElseThrow();
      assertThat(s.originalId()).isEqualTo("a1");
      assertThat(s.articles()).extracting(Story.Copy::id).containsExactly("a1", "a2");
      EventGroup g = store.eventGroups(List.of("e2")).get("e2");
      assertThat(List.of(g.numMentions(), g.numArticles(), g.numSources())).containsExactly(2, 1, 1);
    }
  }
}
