package org.eventline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads stories and mentions back: what an article page and an event's detail show. */
final class StoryRows {
  private StoryRows() {}

  static Optional<Story> story(Connection conn, String articleId) throws SQLException {
    String sql = "SELECT st.original_id, s.story_id, a.id, a.title, a.url, a.site, a.source, a.published"
        + " FROM article_stories s JOIN articles a ON a.id = s.article_id LEFT JOIN stories st ON st.story_id = s.story_id"
        + " WHERE s.story_id = (SELECT story_id FROM article_stories WHERE article_id = ?) ORDER BY s.article_row";
    String storyId = null;
    String originalId = null;
    List<Story.Copy> copies = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setString(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          originalId = rs.getString(1);
          storyId = rs.getString(2);
          copies.add(new Story.Copy(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
              rs.getString(7), rs.getString(8)));
        }
      }
    }
    if (copies.isEmpty()) {
      return Optional.empty();
    }
    String first = originalId != null ? originalId : copies.get(0).id();
    List<Story.Copy> ordered = new ArrayList<>(copies.size());
    copies.stream().filter(c -> c.id().equals(first)).forEach(ordered::add);
    copies.stream().filter(c -> !c.id().equals(first)).forEach(ordered::add);
    return Optional.of(new Story(storyId, ordered.get(0).id(), ordered));
  }

  static List<StoredEvent> mentions(Connection conn, String eventId) throws SQLException {
    String key = null;
    try (PreparedStatement ps = conn.prepareStatement("SELECT m.event_key FROM events e JOIN event_mentions m"
        + " ON m.event_row = e.rowid WHERE e.id = ?")) {
      ps.setString(1, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          key = rs.getString(1);
        }
      }
    }
    if (key == null) {
      return List.of();
    }
    List<StoredEvent> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(EventGroups.SELECT_MENTIONS)) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new StoredEvent(EventRows.read(rs), ArticleRows.readHeader(rs)));
        }
      }
    }
    return out;
  }
}
