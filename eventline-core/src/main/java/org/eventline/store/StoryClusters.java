package org.eventline.store;

import java.net.URI;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBConnection;
import org.eventline.article.Article;
import org.eventline.dedup.Fingerprint;

/**
 * Story clusters kept in the store (V6: {@code article_stories}, {@code story_bands}, {@code stories}):
 * each stored article is fingerprinted once, its LSH band keys find its candidate copies among
 * every article stored before it, in this run or any earlier one, and a candidate that passes the
 * {@link Fingerprint#isDuplicate containment test} puts it in that candidate's story.
 *
 * <p>Articles are assigned in row order, in passes of {@link #PASS} articles, each pass a handful of
 * set-based statements: the store calls {@link #catchUp} after every write and on open, so an
 * article stored by a run that crashed before its story was written, or by a store older than V6,
 * gets one the next time. An article already stored is never stored again, so storing it twice
 * makes no new story.
 */
final class StoryClusters {
  /** Articles fingerprinted and matched per pass: bounds memory on a store upgraded with millions. */
  static final int PASS = 20_000;
  /**
   * A band bucket's first this many members are the candidates it gives. Pages that are all
   * boilerplate share every band; comparing each new one with thousands would make a store slower
   * the more such pages it holds, and a copy of any of them matches the first ones as well.
   */
  static final int BUCKET_CANDIDATES = 64;

  private StoryClusters() {}

  /** What a pass changed: the stories that gained members from before it (their events' counts change). */
  record Pass(int articles, Set<String> grownStories) {}

  /**
   * Assigns a story to every article past the last one assigned, pass by pass.
   *
   * @return the stories that existed before and changed (grew, merged, or got another original)
   */
  static Set<String> catchUp(Connection conn) throws SQLException {
    Set<String> grown = new HashSet<>();
    while (true) {
      Pass p = pass(conn);
      grown.addAll(p.grownStories());
      if (p.articles() < PASS) {
        return grown;
      }
    }
  }

  private static Pass pass(Connection conn) throws SQLException {
    conn.setAutoCommit(true);
    long last = one(conn, "SELECT coalesce(max(article_row), -1) FROM article_stories");
    List<Member> fresh = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT rowid AS article_row, " + String.join(", ", ArticleRows.COLUMNS)
        + " FROM articles WHERE rowid > ? ORDER BY rowid LIMIT " + PASS)) {
      ps.setLong(1, last);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Article a = ArticleRows.read(rs);
          fresh.add(new Member(rs.getLong("article_row"), a.id(), a.id(), a.failed() ? null : Fingerprint.of(a)));
        }
      }
    }
    if (fresh.isEmpty()) {
      return new Pass(0, Set.of());
    }
    DuckDBConnection duck = conn.unwrap(DuckDBConnection.class);
    try (BulkAppender stories = new BulkAppender(duck, "article_stories"); BulkAppender bands = new BulkAppender(duck, "story_bands")) {
      for (Member m : fresh) {
        boolean comparable = m.print() != null && m.print().shingles() > 0;
        stories.row(java.util.Arrays.asList(m.row(), m.id(), m.id(), comparable ? m.print().shingles() : 0,
            comparable ? m.print().signature() : null), 0);
        if (comparable) {
          for (long key : m.print().bandKeys()) {
            bands.row(List.of(key, m.row()), 0);
          }
        }
      }
    }
    Map<Long, Member> byRow = new HashMap<>();
    fresh.forEach(m -> byRow.put(m.row(), m));
    List<long[]> candidates = candidates(conn, last);
    Set<Long> older = new HashSet<>();
    for (long[] c : candidates) {
      if (!byRow.containsKey(c[1])) {
        older.add(c[1]);
      }
    }
    byRow.putAll(members(conn, older));
    List<long[]> duplicates = new ArrayList<>();
    for (long[] c : candidates) {
      if (byRow.get(c[0]).print().isDuplicate(byRow.get(c[1]).print(), Fingerprint.MIN_CONTAINMENT)) {
        duplicates.add(c);
      }
    }
    Set<String> involved = new HashSet<>();
    duplicates.forEach(d -> {
      involved.add(byRow.get(d[0]).story());
      involved.add(byRow.get(d[1]).story());
    });
    Map<String, Long> firstRows = firstRows(conn, involved);
    // Union-find over story ids: a fresh article starts as its own story; merged stories keep the older id.
    Map<String, String> parent = new HashMap<>();
    for (long[] d : duplicates) {
      union(parent, byRow.get(d[0]).story(), byRow.get(d[1]).story(), firstRows);
    }
    Map<String, String> renames = new LinkedHashMap<>();
    for (String story : parent.keySet()) {
      String root = find(parent, story);
      if (!root.equals(story)) {
        renames.put(story, root);
      }
    }
    Set<String> grown = new HashSet<>();
    for (long r : older) {
      String story = byRow.get(r).story();
      if (parent.containsKey(story)) {
        grown.add(find(parent, story));
      }
    }
    rename(conn, renames);
    Set<String> changed = new HashSet<>(grown);
    for (Member m : fresh) {
      changed.add(renames.getOrDefault(m.story(), m.story()));
    }
    writeOriginals(conn, changed, renames.keySet());
    return new Pass(fresh.size(), grown);
  }

  /** One article as matching needs it; {@code story} is its story when the pass began. */
  private record Member(long row, String id, String story, Fingerprint print) {}

  /**
   * Pairs (fresh article, earlier article) sharing a band key, each once: every article past
   * {@code last} against the first {@link #BUCKET_CANDIDATES} members of each of its buckets.
   */
  private static List<long[]> candidates(Connection conn, long last) throws SQLException {
    String sql = "WITH fresh AS (SELECT band_key, article_row FROM story_bands WHERE article_row > ?),"
        + " bucket AS (SELECT band_key, article_row, row_number() OVER (PARTITION BY band_key ORDER BY article_row) AS n"
        + "   FROM story_bands WHERE band_key IN (SELECT band_key FROM fresh))"
        + " SELECT DISTINCT f.article_row, b.article_row FROM fresh f JOIN bucket b"
        + "   ON b.band_key = f.band_key AND b.article_row < f.article_row AND b.n <= " + BUCKET_CANDIDATES
        + " ORDER BY 1, 2";
    List<long[]> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setLong(1, last);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new long[] {rs.getLong(1), rs.getLong(2)});
        }
      }
    }
    return out;
  }

  /** Earlier articles with their stories and signatures. */
  private static Map<Long, Member> members(Connection conn, Set<Long> rows) throws SQLException {
    Map<Long, Member> out = new HashMap<>();
    if (rows.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps = conn.prepareStatement("SELECT article_row, article_id, story_id, shingles, signature"
        + " FROM article_stories WHERE article_row IN (SELECT unnest(?))")) {
      Rows.bind(ps, List.of(new ArrayList<>(rows)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Array sig = rs.getArray(5);
          Object[] values = (Object[]) sig.getArray();
          int[] signature = new int[values.length];
          for (int i = 0; i < values.length; i++) {
            signature[i] = ((Number) values[i]).intValue();
          }
          out.put(rs.getLong(1), new Member(rs.getLong(1), rs.getString(2), rs.getString(3),
              new Fingerprint(rs.getInt(4), signature)));
        }
      }
    }
    return out;
  }

  /** Joins two stories under the older one's id: the id of the article stored first. */
  private static void union(Map<String, String> parent, String a, String b, Map<String, Long> firstRows) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (ra.equals(rb)) {
      return;
    }
    if (firstRows.get(ra) <= firstRows.get(rb)) {
      parent.put(rb, ra);
    } else {
      parent.put(ra, rb);
    }
  }

  /** The row of each story's first article. */
  private static Map<String, Long> firstRows(Connection conn, Set<String> stories) throws SQLException {
    Map<String, Long> out = new HashMap<>();
    if (stories.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps = conn.prepareStatement("SELECT story_id, min(article_row) FROM article_stories"
        + " WHERE story_id IN (SELECT unnest(?)) GROUP BY story_id")) {
      Rows.bind(ps, List.of(new ArrayList<Object>(stories)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return out;
  }

  private static String find(Map<String, String> parent, String s) {
    String p = parent.getOrDefault(s, s);
    while (!p.equals(s)) {
      String next = parent.getOrDefault(p, p);
      parent.put(s, next);
      s = p;
      p = next;
    }
    return s;
  }

  private static void rename(Connection conn, Map<String, String> renames) throws SQLException {
    if (renames.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = conn.prepareStatement("UPDATE article_stories SET story_id = ? WHERE story_id = ?")) {
      for (Map.Entry<String, String> r : renames.entrySet()) {
        ps.setString(1, r.getValue());
        ps.setString(2, r.getKey());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Rewrites the {@code stories} rows of the changed stories, and drops those merged into others. */
  private static void writeOriginals(Connection conn, Set<String> changed, Set<String> mergedAway) throws SQLException {
    List<Object> ids = new ArrayList<>(changed);
    ids.addAll(mergedAway);
    try (PreparedStatement del = conn.prepareStatement("DELETE FROM stories WHERE story_id IN (SELECT unnest(?))")) {
      Rows.bind(del, List.of(ids));
      del.executeUpdate();
    }
    Map<String, List<Candidate>> byStory = new LinkedHashMap<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT s.story_id, s.article_row, a.id, a.site, a.url, a.source, a.published"
        + " FROM article_stories s JOIN articles a ON a.id = s.article_id WHERE s.story_id IN (SELECT unnest(?))"
        + " ORDER BY s.story_id, s.article_row")) {
      Rows.bind(ps, List.of(new ArrayList<Object>(changed)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byStory.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Candidate(rs.getLong(2),
              rs.getString(3), publisher(rs.getString(4), rs.getString(5)), rs.getString(6), rs.getString(7)));
        }
      }
    }
    try (BulkAppender out = new BulkAppender(conn.unwrap(DuckDBConnection.class), "stories")) {
      for (Map.Entry<String, List<Candidate>> s : byStory.entrySet()) {
        Candidate original = original(s.getValue());
        out.row(java.util.Arrays.asList(s.getKey(), original.id(),
            original.publisher() != null ? original.publisher() : "story:" + s.getKey(), s.getValue().size()), 0);
      }
    }
  }

  /** A member as choosing the original needs it; {@code publisher} is its site, or its URL's host. */
  record Candidate(long row, String id, String publisher, String credited, String published) {}

  /**
   * The member most others credit as their source ("By Al Waght" below a repost names alwaght.com),
   * else the earliest published, else the first stored. Members are given in stored order.
   */
  static Candidate original(List<Candidate> members) {
    Comparator<Candidate> order = Comparator.<Candidate>comparingInt(c -> -credits(c, members))
        .thenComparing(Candidate::published, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingLong(Candidate::row);
    return members.stream().min(order).orElseThrow();
  }

  private static int credits(Candidate c, List<Candidate> members) {
    int n = 0;
    for (Candidate other : members) {
      if (other != c && Fingerprint.credits(other.credited(), c.publisher())) {
        n++;
      }
    }
    return n;
  }

  /** A site as publishers are counted: lower case, without {@code www.}; the URL's host when no site was read. */
  static String publisher(String site, String url) {
    String s = site;
    if (s == null && url != null) {
      try {
        s = URI.create(url).getHost();
      } catch (IllegalArgumentException e) {
        s = null;
      }
    }
    if (s == null || s.isBlank()) {
      return null;
    }
    s = s.strip().toLowerCase(Locale.ROOT);
    return s.startsWith("www.") ? s.substring(4) : s;
  }

  private static long one(Connection conn, String sql) throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
