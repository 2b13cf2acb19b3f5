package org.eventline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.eventline.article.Article;
import org.eventline.event.Event;
import org.eventline.event.EventStatus;
import org.eventline.event.EventType;
import org.eventline.event.Participant;
import org.eventline.event.SentenceRef;
import org.eventline.geo.Place;
import org.eventline.store.IngestError;

/**
 * The Parquet tables the Spark job writes ({@code articles/}, {@code events/}, {@code errors/}
 * under one folder), read back as the core's records through an in-memory DuckDB, which reads
 * Parquet and Hive-style day partitions natively. The folder's globs are bound as parameters, never
 * spliced into the SQL.
 *
 * <p>Articles come sorted by id and events by article id, so a caller can merge the two streams
 * and hold one article's events at a time, whatever the size of the output.
 */
final class SparkOutput implements AutoCloseable {
  private static final String ARTICLES = "SELECT id, file, url, canonical_url, title, published, crawled, author,"
      + " source, site, site_story_id, language, body, error"
      + " FROM read_parquet(?, hive_partitioning = true, union_by_name = true) ORDER BY id";

  /** Hive writes a null partition as this name; the store wants the null back. */
  private static final String EVENTS = "SELECT * REPLACE (nullif(CAST(event_date AS VARCHAR),"
      + " '__HIVE_DEFAULT_PARTITION__') AS event_date)"
      + " FROM read_parquet(?, hive_partitioning = true, union_by_name = true) ORDER BY article_id, id";

  private static final String ERRORS = "SELECT input, stage, message"
      + " FROM read_parquet(?, hive_partitioning = true, union_by_name = true) ORDER BY input, stage";

  private final Path dir;
  private final Connection duck;

  SparkOutput(Path dir) throws SQLException {
    if (!Files.isDirectory(dir.resolve("articles")) || !Files.isDirectory(dir.resolve("events"))) {
      throw new IllegalArgumentException("folder " + dir + " has no articles/ and events/ tables;"
          + " give the output folder of the Spark job (EventlineJob ... OUTPUT_DIR)");
    }
    this.dir = dir;
    this.duck = DriverManager.getConnection("jdbc:duckdb:");
  }

  /** Every article, by id. */
  ResultSet articles() throws SQLException {
    return query(ARTICLES, "articles");
  }

  /** Every event, by article id then id. */
  ResultSet events() throws SQLException {
    return query(EVENTS, "events");
  }

  /** Every failed input; none when the job wrote no errors table. */
  ResultSet errors() throws SQLException {
    return Files.isDirectory(dir.resolve("errors")) && hasParquet("errors") ? query(ERRORS, "errors") : null;
  }

  private boolean hasParquet(String table) {
    try (var files = Files.walk(dir.resolve(table))) {
      return files.anyMatch(p -> p.toString().endsWith(".parquet"));
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private ResultSet query(String sql, String table) throws SQLException {
    PreparedStatement ps = duck.prepareStatement(sql);
    ps.setString(1, dir.resolve(table).toAbsolutePath() + "/**/*.parquet");
    return ps.executeQuery();
  }

  static Article article(ResultSet rs) throws SQLException {
    return new Article(
        rs.getString("id"), rs.getString("file"), rs.getString("url"), rs.getString("canonical_url"),
        rs.getString("title"), rs.getString("published"), rs.getString("crawled"), rs.getString("author"),
        rs.getString("source"), rs.getString("site"), rs.getString("site_story_id"),
        rs.getString("language"), rs.getString("body"), rs.getString("error"));
  }

  static Event event(ResultSet rs) throws SQLException {
    return new Event(
        rs.getString("id"), rs.getString("article_id"), rs.getString("event_date"),
        EventType.valueOf(rs.getString("type")), rs.getString("mode"), rs.getString("cameo"),
        rs.getInt("quad_class"), rs.getDouble("goldstein"),
        EventStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
        participant(rs, "source_"), participant(rs, "target_"), place(rs),
        new SentenceRef(rs.getInt("sentence_index"), rs.getString("sentence_text"),
            rs.getInt("sentence_start"), rs.getInt("sentence_end")),
        rs.getDouble("confidence"));
  }

  static IngestError error(ResultSet rs) throws SQLException {
    return new IngestError(rs.getString("input"), rs.getString("stage"), rs.getString("message"), null);
  }

  /** A target written as all nulls was no target; the source is always there. */
  private static Participant participant(ResultSet rs, String prefix) throws SQLException {
    Participant p = new Participant(rs.getString(prefix + "text"), rs.getString(prefix + "name"),
        rs.getString(prefix + "code"), rs.getString(prefix + "country"), rs.getString(prefix + "kind"));
    boolean empty = p.text() == null && p.name() == null && p.code() == null && p.country() == null && p.kind() == null;
    return empty && prefix.equals("target_") ? null : p;
  }

  private static Place place(ResultSet rs) throws SQLException {
    Place p = new Place(rs.getString("where_text"), rs.getString("where_name"), rs.getString("where_country"),
        nullable(rs, rs.getDouble("where_lat")), nullable(rs, rs.getDouble("where_lon")),
        rs.getObject("where_geonames_id") == null ? null : rs.getLong("where_geonames_id"),
        rs.getString("where_kind"), rs.getString("where_how"));
    return p.equals(new Place(null, null, null, null, null, null, null, null)) ? null : p;
  }

  private static Double nullable(ResultSet rs, double d) throws SQLException {
    return rs.wasNull() ? null : d;
  }

  @Override
  public void close() throws SQLException {
    duck.close();
  }
}
