package org.eventline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eventline.event.EventType;

/**
 * Events and their mentions in the store (V6: {@code event_mentions}, {@code event_groups}): every
 * stored event is a mention, keyed by {@link #KEY}, and each key's counts are recomputed, set-based,
 * for the keys a write touched.
 *
 * <p>The counts, GDELT's NumMentions, NumArticles and NumSources with reposts folded in:
 * <ul>
 *   <li>{@code num_mentions}: every stored event with the key, several in one article and every
 *       repost counted;
 *   <li>{@code num_articles}: distinct story clusters among their articles, so a repost, a copy
 *       with other boilerplate or a shortened copy adds a mention and not an article;
 *   <li>{@code num_sources}: distinct publishers of those stories, each story's publisher being its
 *       original's site (without {@code www.}), else the story.
 * </ul>
 */
final class EventGroups {
  private EventGroups() {}

  /** One side of an event as the key names it: its actor code, else its name, else "-". */
  private static String side(String prefix) {
    return "coalesce(" + prefix + "_code, " + prefix + "_name, '-')";
  }

  private static final String SYMMETRIC = Arrays.stream(EventType.values()).filter(EventType::symmetric)
      .map(t -> "'" + t.name() + "'").collect(Collectors.joining(", "));

  /**
   * The key of an event row, the SQL twin of {@link org.eventline.dedup.EventAggregator#key}:
   * {@code date|CAMEO code (else PLOVER type)|status|side|side|place}, where a joint act (CONSULT,
   * COOPERATE, AGREE) lists its sides in code order and the place is {@code gn:<GeoNames id>}, else
   * the country code, else "-". An undated event is keyed by its article, so undated reports never
   * merge across articles.
   */
  static final String KEY = "concat_ws('|', coalesce(event_date, 'undated:' || article_id),"
      + " coalesce(nullif(cameo, ''), type), status,"
      + " CASE WHEN type IN (" + SYMMETRIC + ") AND " + side("source") + " > " + side("target")
      + " THEN " + side("target") + " ELSE " + side("source") + " END,"
      + " CASE WHEN type IN (" + SYMMETRIC + ") AND " + side("source") + " > " + side("target")
      + " THEN " + side("source") + " ELSE " + side("target") + " END,"
      + " coalesce('gn:' || where_geonames_id, where_country, '-'))";

  private static final String COUNTS = "SELECT m.event_key, count(*) AS num_mentions,"
      + " count(DISTINCT coalesce(s.story_id, m.article_id)) AS num_articles,"
      + " count(DISTINCT coalesce(st.publisher, s.story_id, m.article_id)) AS num_sources"
      + " FROM event_mentions m LEFT JOIN article_stories s ON s.article_id = m.article_id"
      + " LEFT JOIN stories st ON st.story_id = s.story_id"
      + " WHERE m.event_key IN (SELECT event_key FROM touched_keys) GROUP BY m.event_key";

  /**
   * Brings mentions and counts up to date after a write: mentions for every event past the last
   * one keyed, the mentions of {@code articleIds} again (their events may have been re-coded), and
   * the counts of every key those touch or that the changed {@code stories} hold.
   */
  static void update(Connection conn, Collection<String> articleIds, Collection<String> stories) throws SQLException {
    conn.setAutoCommit(false);
    try (Statement st = conn.createStatement()) {
      long last = Rows.one(conn, "SELECT coalesce(max(event_row), -1) FROM event_mentions");
      st.execute("CREATE OR REPLACE TEMP TABLE touched_keys (event_key VARCHAR)");
      if (!articleIds.isEmpty()) {
        try (PreparedStatement old = conn.prepareStatement("INSERT INTO touched_keys SELECT event_key FROM event_mentions"
            + " WHERE article_id IN (SELECT unnest(?))");
            PreparedStatement drop = conn.prepareStatement("DELETE FROM event_mentions WHERE article_id IN (SELECT unnest(?))"
                + " AND event_row <= ?");
            PreparedStatement add = conn.prepareStatement("INSERT INTO event_mentions SELECT rowid, article_id, " + KEY
                + " FROM events WHERE article_id IN (SELECT unnest(?)) AND rowid <= ?")) {
          List<Object> ids = new ArrayList<>(articleIds);
          Rows.bind(old, List.of(ids));
          old.executeUpdate();
          Rows.bind(drop, List.of(ids, last));
          drop.executeUpdate();
          Rows.bind(add, List.of(ids, last));
          add.executeUpdate();
        }
      }
      try (PreparedStatement add = conn.prepareStatement("INSERT INTO event_mentions SELECT rowid, article_id, " + KEY
          + " FROM events WHERE rowid > ?")) {
        add.setLong(1, last);
        add.executeUpdate();
      }
      try (PreparedStatement fresh = conn.prepareStatement("INSERT INTO touched_keys SELECT event_key FROM event_mentions"
          + " WHERE event_row > ?" + (articleIds.isEmpty() ? "" : " OR article_id IN (SELECT unnest(?))"))) {
        fresh.setLong(1, last);
        if (!articleIds.isEmpty()) {
          fresh.setArray(2, conn.createArrayOf("VARCHAR", articleIds.toArray()));
        }
        fresh.executeUpdate();
      }
      if (!stories.isEmpty()) {
        try (PreparedStatement grown = conn.prepareStatement("INSERT INTO touched_keys SELECT m.event_key FROM event_mentions m"
            + " JOIN article_stories s ON s.article_id = m.article_id WHERE s.story_id IN (SELECT unnest(?))")) {
          Rows.bind(grown, List.of(new ArrayList<Object>(stories)));
          grown.executeUpdate();
        }
      }
      st.execute("CREATE OR REPLACE TEMP TABLE touched_keys AS SELECT DISTINCT event_key FROM touched_keys");
      st.execute("INSERT INTO event_groups " + COUNTS + " ON CONFLICT (event_key) DO UPDATE SET"
          + " num_mentions = excluded.num_mentions, num_articles = excluded.num_articles, num_sources = excluded.num_sources");
      // A key none of whose mentions is left (its events were re-coded into others) is no event.
      st.execute("DELETE FROM event_groups WHERE event_key IN (SELECT event_key FROM touched_keys)"
          + " AND event_key NOT IN (SELECT event_key FROM event_mentions WHERE event_key IN (SELECT event_key FROM touched_keys))");
      st.execute("DROP TABLE touched_keys");
      conn.commit();
    } catch (SQLException | RuntimeException e) {
      conn.rollback();
      throw e;
    } finally {
      conn.setAutoCommit(true);
    }
  }

  /** The groups of some events, by event id; an event stored before its mention was keyed is missing. */
  static Map<String, EventGroup> of(Connection conn, Collection<String> eventIds) throws SQLException {
    Map<String, EventGroup> out = new HashMap<>();
    if (eventIds.isEmpty()) {
      return out;
    }
    // Three lookups, each by a key or a narrow range: ids to rows through the events' primary key,
    // rows to keys within the rows' span, keys to counts through event_groups' primary key.
    Map<Long, String> idOfRow = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT rowid, id FROM events WHERE id IN ("
        + Rows.placeholders(eventIds.size()) + ")")) {
      Rows.bind(ps, new ArrayList<>(eventIds));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          idOfRow.put(rs.getLong(1), rs.getString(2));
        }
      }
    }
    if (idOfRow.isEmpty()) {
      return out;
    }
    List<Long> rows = new ArrayList<>(idOfRow.keySet());
    Map<String, List<String>> idsOfKey = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT event_row, event_key FROM event_mentions"
        + " WHERE event_row BETWEEN ? AND ? AND event_row IN (" + Rows.placeholders(rows.size()) + ")")) {
      Rows.bind(ps, EventRows.rowIdParams(rows));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          idsOfKey.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(idOfRow.get(rs.getLong(1)));
        }
      }
    }
    if (idsOfKey.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps = conn.prepareStatement("SELECT event_key, num_mentions, num_articles, num_sources"
        + " FROM event_groups WHERE event_key IN (" + Rows.placeholders(idsOfKey.size()) + ")")) {
      Rows.bind(ps, new ArrayList<>(idsOfKey.keySet()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          EventGroup g = read(rs);
          idsOfKey.get(g.key()).forEach(id -> out.put(id, g));
        }
      }
    }
    return out;
  }

  static EventGroup read(ResultSet rs) throws SQLException {
    return new EventGroup(rs.getString("event_key"), rs.getInt("num_mentions"), rs.getInt("num_articles"),
        rs.getInt("num_sources"));
  }

  /** Every mention of one key with its article's header, in stored order; the first 1,000. */
  static final String SELECT_MENTIONS = "SELECT e.*, a.file AS a_file, a.url AS a_url, a.title AS a_title,"
      + " a.published AS a_published, a.source AS a_source FROM event_mentions m JOIN events e ON e.rowid = m.event_row"
      + " LEFT JOIN articles a ON a.id = e.article_id WHERE m.event_key = ? ORDER BY m.event_row LIMIT 1000";

  /**
   * One row per event, for exports: the mention standing for it (the first in its story's
   * original, else the first stored) with its article's header and the counts. Newest first.
   */
  static final String SELECT_EVENTS = "WITH rep AS (SELECT m.event_key,"
      + " coalesce(min(CASE WHEN st.original_id = m.article_id THEN m.event_row END), min(m.event_row)) AS event_row"
      + " FROM event_mentions m LEFT JOIN article_stories s ON s.article_id = m.article_id"
      + " LEFT JOIN stories st ON st.story_id = s.story_id GROUP BY m.event_key)"
      + " SELECT e.*, a.file AS a_file, a.url AS a_url, a.title AS a_title, a.published AS a_published,"
      + " a.source AS a_source, g.event_key, g.num_mentions, g.num_articles, g.num_sources"
      + " FROM rep JOIN event_groups g ON g.event_key = rep.event_key JOIN events e ON e.rowid = rep.event_row"
      + " LEFT JOIN articles a ON a.id = e.article_id" + EventRows.ORDER;
}
