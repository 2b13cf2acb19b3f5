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
  static final int BUCKET_CANDIDATES = 16;

  private StoryClusters() {}

  /** What a pass did: how many articles it assigned, and the stories whose events' counts it moved. */
  record Pass(int articles, Set<String> grownStories) {}

  /**
   * Assigns a story to every article past the last one assigned, pass by pass.
   *
   * @return the stories stored before whose events' counts changed: merged, or with another publisher
   */
  static Set<String> catchUp(Connection conn) throws SQLException {
    return catchUp(conn, StoryProgress.NONE);
  }

  /** Like {@link #catchUp(Connection)}, reporting each pass when more than one pass is due. */
  static Set<String> catchUp(Connection conn, StoryProgress progress) throws SQLException {
    Set<String> grown = new HashSet<>();
    long total = progress == StoryProgress.NONE ? 0
        : Rows.one(conn, "SELECT (SELECT count(*) FROM articles) - (SELECT count(*) FROM article_stories)");
    long done = 0;
    while (true) {
      Pass p = pass(conn);
      grown.addAll(p.grownStories());
      done += p.articles();
      if (total > PASS) {
        progress.storiesAssigned(done, total);
      }
      if (p.articles() < PASS) {
        return grown;
      }
    }
  }

  private static Pass pass(Connection conn) throws SQLException {
    conn.setAutoCommit(true);
    long last = Rows.one(conn, "SELECT coalesce(max(article_row), -1) FROM article_stories");
    try (PreparedStatement ps = conn.prepareStatement("DELETE FROM story_bands WHERE article_row > ?")) {
      ps.setLong(1, last); // left by a pass that did not finish
      ps.executeUpdate();
    }
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
    try (BulkAppender bands = new BulkAppender(duck, "story_bands")) {
      for (Member m : fresh) {
        if (comparable(m)) {
          for (long key : m.print().bandKeys()) {
            bands.row(List.of(key, m.row()), 0);
          }
        }
      }
    }
    Map<Long, Member> byRow = new HashMap<>();
    Map<String, Long> firstRows = new HashMap<>();
    for (Member m : fresh) {
      byRow.put(m.row(), m);
      firstRows.put(m.story(), m.row());
    }
    List<long[]> candidates;
    // The buckets of this pass's band keys, ranked once: candidates and pruning both read them, and
    // finding them is a scan of every band row stored (54 M at 4 M articles, seconds a pass).
    try (Statement st = conn.createStatement()) {
      st.execute(rankedBuckets(last));
      try {
        candidates = candidates(conn, last);
        pruneBuckets(conn, last);
      } finally {
        st.execute("DROP TABLE IF EXISTS " + RANKED);
      }
    }
    Set<Long> older = new HashSet<>();
    for (long[] c : candidates) {
      if (!byRow.containsKey(c[1])) {
        older.add(c[1]);
      }
    }
    byRow.putAll(members(conn, older));
    List<long[]> duplicates = new ArrayList<>();
    Set<String> olderStories = new HashSet<>();
    for (long[] c : candidates) {
      if (byRow.get(c[0]).print().isDuplicate(byRow.get(c[1]).print(), Fingerprint.MIN_CONTAINMENT)) {
        duplicates.add(c);
        if (c[1] <= last) {
          olderStories.add(byRow.get(c[1]).story());
        }
      }
    }
    firstRows.putAll(firstRows(conn, olderStories));
    // Union-find over story ids: a fresh article starts as its own story; merged stories keep the older id.
    Map<String, String> parent = new HashMap<>();
    for (long[] d : duplicates) {
      union(parent, byRow.get(d[0]).story(), byRow.get(d[1]).story(), firstRows);
    }
    try (BulkAppender stories = new BulkAppender(duck, "article_stories")) {
      for (Member m : fresh) {
        stories.row(java.util.Arrays.asList(m.row(), m.id(), find(parent, m.story()),
            comparable(m) ? m.print().shingles() : 0, comparable(m) ? m.print().signature() : null), 0);
      }
    }
    Map<String, String> renames = new LinkedHashMap<>();
    Set<String> changed = new HashSet<>();
    for (Member m : fresh) {
      changed.add(find(parent, m.story()));
    }
    for (String story : olderStories) {
      String root = find(parent, story);
      changed.add(root);
      if (!root.equals(story)) {
        renames.put(story, root);
      }
    }
    rename(conn, renames);
    return new Pass(fresh.size(), writeOriginals(conn, changed, renames, last));
  }

  private static boolean comparable(Member m) {
    return m.print() != null && m.print().shingles() > 0;
  }

  /** One article as matching needs it; {@code story} is its story when the pass began. */
  private record Member(long row, String id, String story, Fingerprint print) {}

  /**
   * A fresh article is tested against at most this many candidates, those sharing the most band
   * keys with it (the more bands two signatures share, the more alike they are). Boilerplate-only
   * pages fill all 32 of an article's buckets: 32 x 64 candidates each made a bulk load spend its
   * time testing pairs, while a copy shares most bands with its original and ranks first.
   */
  static final int ARTICLE_CANDIDATES = 32;

  /** The temporary table of {@link #rankedBuckets}, dropped at the end of each pass. */
  private static final String RANKED = "pass_buckets";

  /**
   * Every band row in a bucket of this pass's articles, with its rank in the bucket by article row
   * (stored order): what {@link #candidates} and {@link #pruneBuckets} read.
   */
  private static String rankedBuckets(long last) {
    return "CREATE OR REPLACE TEMP TABLE " + RANKED + " AS SELECT rowid AS band_rowid, band_key, article_row,"
        + " row_number() OVER (PARTITION BY band_key ORDER BY article_row) AS n FROM story_bands"
        + " WHERE band_key IN (SELECT band_key FROM story_bands WHERE article_row > " + last + ")";
  }

  /**
   * Pairs (fresh article, earlier article) sharing a band key, each once: every article past
   * {@code last} against the first {@link #BUCKET_CANDIDATES} members of each of its buckets, the
   * {@link #ARTICLE_CANDIDATES} sharing most bands with it.
   */
  private static List<long[]> candidates(Connection conn, long last) throws SQLException {
    String sql = "WITH pairs AS (SELECT f.article_row AS fresh_row, b.article_row AS earlier_row, count(*) AS shared"
        + "   FROM " + RANKED + " f JOIN " + RANKED + " b"
        + "   ON b.band_key = f.band_key AND b.article_row < f.article_row AND b.n <= " + BUCKET_CANDIDATES
        + "   WHERE f.article_row > ?"
        + "   GROUP BY 1, 2)"
        + " SELECT fresh_row, earlier_row FROM pairs"
        + " QUALIFY row_number() OVER (PARTITION BY fresh_row ORDER BY shared DESC, earlier_row) <= " + ARTICLE_CANDIDATES
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

  /**
   * Drops the band rows of this pass's articles that rank past {@link #BUCKET_CANDIDATES} in their
   * bucket. Such a row can never be a candidate (only a bucket's first members are), and keeping it
   * made every later pass rank the whole bucket again: on pages that are all boilerplate, whose
   * buckets hold everything, loading grew quadratic. Rows of earlier passes were pruned by theirs.
   */
  private static void pruneBuckets(Connection conn, long last) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("DELETE FROM story_bands WHERE rowid IN ("
        + " SELECT band_rowid FROM " + RANKED + " WHERE article_row > ? AND n > " + BUCKET_CANDIDATES + ")")) {
      ps.setLong(1, last);
      ps.executeUpdate();
    }
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

  /** Stories stored before this pass that merged into another: their copies take its id. */
  private static void rename(Connection conn, Map<String, String> renames) throws SQLException {
    if (renames.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = conn.prepareStatement("UPDATE article_stories SET story_id = r.root"
        + " FROM (SELECT unnest(?) AS old, unnest(?) AS root) r WHERE article_stories.story_id = r.old")) {
      Rows.bind(ps, List.of(new ArrayList<Object>(renames.keySet()), new ArrayList<Object>(renames.values())));
      ps.executeUpdate();
    }
  }

  /** Above this many copies, a story's original is chosen between the current one and the pass's new copies only. */
  static final int LARGE_STORY = 1_000;

  /**
   * Rewrites the {@code stories} rows of the changed stories, and drops those merged into others.
   *
   * @return the stories whose publisher changed or that absorbed a story stored before this pass:
   *     the only changes that move their events' counts (a story that only gains copies does not)
   */
  private static Set<String> writeOriginals(Connection conn, Set<String> changed, Map<String, String> renames, long last)
      throws SQLException {
    List<Object> ids = new ArrayList<>(changed);
    ids.addAll(renames.keySet());
    Map<String, String[]> before = new HashMap<>(); // story -> {original, publisher, articles}
    try (PreparedStatement ps = conn.prepareStatement("SELECT story_id, original_id, publisher, articles FROM stories"
        + " WHERE story_id IN (SELECT unnest(?))")) {
      Rows.bind(ps, List.of(ids));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          before.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
    }
    Set<String> moved = new HashSet<>();
    renames.forEach((from, to) -> {
      if (before.containsKey(from)) {
        moved.add(to);
      }
    });
    Map<String, Integer> sizes = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT story_id, count(*) FROM article_stories"
        + " WHERE story_id IN (SELECT unnest(?)) GROUP BY story_id")) {
      Rows.bind(ps, List.of(new ArrayList<Object>(changed)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sizes.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    // Large stories are read as their current original and this pass's copies: re-reading every
    // copy of a story that grows in every pass would make loading quadratic.
    List<Object> small = new ArrayList<>();
    List<Object> large = new ArrayList<>();
    List<Object> largeOriginals = new ArrayList<>();
    for (String story : changed) {
      if (sizes.getOrDefault(story, 0) > LARGE_STORY && before.containsKey(story)) {
        large.add(story);
        largeOriginals.add(before.get(story)[0]);
      } else {
        small.add(story);
      }
    }
    Map<String, List<Candidate>> byStory = new LinkedHashMap<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT s.story_id, s.article_row, a.id, a.site, a.url, a.source, a.published"
        + " FROM article_stories s JOIN articles a ON a.id = s.article_id WHERE s.story_id IN (SELECT unnest(?))"
        + " OR (s.story_id IN (SELECT unnest(?)) AND (s.article_row > ? OR s.article_id IN (SELECT unnest(?))))"
        + " ORDER BY s.story_id, s.article_row")) {
      Rows.bind(ps, List.of(small, large, last, largeOriginals));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byStory.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Candidate(rs.getLong(2),
              rs.getString(3), publisher(rs.getString(4), rs.getString(5)), rs.getString(6), rs.getString(7)));
        }
      }
    }
    try (PreparedStatement del = conn.prepareStatement("DELETE FROM stories WHERE story_id IN (SELECT unnest(?))")) {
      Rows.bind(del, List.of(ids));
      del.executeUpdate();
    }
    try (BulkAppender out = new BulkAppender(conn.unwrap(DuckDBConnection.class), "stories")) {
      for (Map.Entry<String, List<Candidate>> s : byStory.entrySet()) {
        Candidate original = original(s.getValue());
        String publisher = original.publisher() != null ? original.publisher() : "story:" + s.getKey();
        String[] was = before.get(s.getKey());
        if (was != null && !was[1].equals(publisher)) {
          moved.add(s.getKey());
        }
        out.row(java.util.Arrays.asList(s.getKey(), original.id(), publisher, sizes.getOrDefault(s.getKey(), s.getValue().size())), 0);
      }
    }
    return moved;
  }

  /** A member as choosing the original needs it; {@code publisher} is its site, or its URL's host. */
  record Candidate(long row, String id, String publisher, String credited, String published) {}

  /**
   * The member most others credit as their source ("By Al Waght" below a repost names alwaght.com),
   * else the earliest published, else the first stored. Members are given in stored order.
   */
  static Candidate original(List<Candidate> members) {
    // Credited names are few (most copies credit none, reposts credit the one original), so each
    // member is tested against the distinct names rather than against every other member.
    Map<String, Integer> credited = new HashMap<>();
    for (Candidate c : members) {
      if (c.credited() != null) {
        credited.merge(c.credited(), 1, Integer::sum);
      }
    }
    Map<Candidate, Integer> credits = new HashMap<>();
    for (Candidate c : members) {
      int n = 0;
      for (Map.Entry<String, Integer> name : credited.entrySet()) {
        if (Fingerprint.credits(name.getKey(), c.publisher())) {
          // A copy crediting its own site is not another's credit.
          n += name.getValue() - (name.getKey().equals(c.credited()) ? 1 : 0);
        }
      }
      credits.put(c, n);
    }
    Comparator<Candidate> order = Comparator.<Candidate>comparingInt(c -> -credits.get(c))
        .thenComparing(Candidate::published, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingLong(Candidate::row);
    return members.stream().min(order).orElseThrow();
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
}
