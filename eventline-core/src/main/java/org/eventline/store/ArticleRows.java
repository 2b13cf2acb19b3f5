package org.eventline.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eventline.article.Article;

/** Maps {@link Article} to and from the {@code articles} table. */
final class ArticleRows {
  static final List<String> COLUMNS = List.of(
      "id", "file", "url", "canonical_url", "title", "published", "crawled", "author", "source",
      "site", "site_story_id", "language", "body", "error");

  /** Insert if new; an article id is a hash of its content, so a known id means a known article. */
  static final String INSERT = "INSERT INTO articles (" + String.join(", ", COLUMNS) + ") VALUES ("
      + COLUMNS.stream().map(c -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT (id) DO NOTHING";

  static final String SELECT_BY_ID =
      "SELECT " + String.join(", ", COLUMNS) + " FROM articles WHERE id = ?";

  /** The headers {@link #readHeader} reads, for a bound list of ids. */
  /** Article headers by id, one placeholder per id, so that DuckDB looks them up in the key's index. */
  static String selectHeaders(int n) {
    return "SELECT id AS article_id, file AS a_file, url AS a_url, title AS a_title,"
        + " published AS a_published, source AS a_source FROM articles WHERE id IN (" + Rows.placeholders(n) + ")";
  }

  static final String SELECT_ALL = "SELECT " + String.join(", ", COLUMNS) + " FROM articles";

  /** Every article with the distinct types, quad classes and statuses of its events, for {@link #readFacets}. */
  static final String SELECT_ALL_WITH_FACETS = "SELECT " + String.join(", ", COLUMNS.stream().map(c -> "a." + c).toList())
      + ", f.facet_rows FROM articles a LEFT JOIN (SELECT article_id, string_agg(DISTINCT type || ' ' || quad_class"
      + " || ' ' || status, '\n') AS facet_rows FROM events GROUP BY article_id) f ON f.article_id = a.id";

  /** The facet terms of a row of {@link #SELECT_ALL_WITH_FACETS}. */
  static java.util.Set<String> readFacets(ResultSet rs) throws SQLException {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    String rows = rs.getString("facet_rows");
    if (rows != null) {
      for (String row : rows.split("\n")) {
        String[] f = row.split(" ");
        out.addAll(TextIndex.facetsOf(f[0], Integer.parseInt(f[1]), f[2]));
      }
    }
    return out;
  }

  private ArticleRows() {}

  static List<Object> values(Article a) {
    return Arrays.asList(
        a.id(), a.file(), a.url(), a.canonicalUrl(), a.title(), a.published(), a.crawled(), a.author(),
        a.source(), a.site(), a.siteStoryId(), a.language(), a.body(), a.error());
  }

  static Article read(ResultSet rs) throws SQLException {
    return new Article(
        rs.getString("id"), rs.getString("file"), rs.getString("url"), rs.getString("canonical_url"),
        rs.getString("title"), rs.getString("published"), rs.getString("crawled"), rs.getString("author"),
        rs.getString("source"), rs.getString("site"), rs.getString("site_story_id"),
        rs.getString("language"), rs.getString("body"), rs.getString("error"));
  }

  /**
   * The article header a listing joins in as {@code a_*} columns, without its body: enough for
   * {@link org.eventline.json.EventJson#event}. Null when the event's article is not stored.
   */
  static Article readHeader(ResultSet rs) throws SQLException {
    return header(rs.getString("article_id"), rs.getString("a_file"), rs.getString("a_url"),
        rs.getString("a_title"), rs.getString("a_published"), rs.getString("a_source"));
  }

  /** A header from its values ({@link EventDocs#HEADER_COLUMNS}); null when there is no file (no article). */
  static Article header(String id, String file, String url, String title, String published, String source) {
    if (file == null) {
      return null;
    }
    return new Article(id, file, url, null, title, published, null, null, source, null, null, null, "", null);
  }
}
