package org.eventline.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.eventline.article.Article;
import org.eventline.event.Event;

/**
 * A row-wise copy of every event and every article header, in a Lucene index beside the DuckDB
 * file, from which a page's rows are read by row id: what a search engine keeps as each hit's
 * stored source.
 *
 * <p>Why: DuckDB is columnar, so reading a page's 100 events that lie among 50,000 others decodes
 * every 2,048-row vector between them in each of the 33 columns (15-40 ms at ten million events,
 * whatever the SQL; see docs/BENCHMARKS.md). A stored Lucene document is one compressed block
 * read: about 50 microseconds. DuckDB still chooses the page (filters and sort run on its narrow
 * columns) and stays the record of truth.
 *
 * <p>Only ever a cache: a row the copy lacks is read from DuckDB by the caller. The copy covers
 * the rows below two marks, kept in the commit data (events are only appended or updated in place,
 * articles only appended, so their row ids are stable); what lies past them is copied by
 * {@link #catchUp}. Before an event is updated in place its copy is dropped and that drop made
 * durable ({@link #forget}), so a crash between the DuckDB commit and the copy leaves the row
 * missing, never stale. A copy made under another schema version is started again. A page read
 * while an event is re-coded may show the new coding of a row its snapshot chose by the old one:
 * the copy is not part of DuckDB's snapshot.
 */
final class EventDocs implements AutoCloseable {
  /** The index folder's name inside the data folder. */
  static final String FOLDER = "rows";

  private static final String EVENT_ROW = "event_row";
  private static final String ARTICLE_ID = "article_id";
  private static final String VALUES = "values";
  private static final String NEXT_EVENT = "next_event_row";
  private static final String NEXT_ARTICLE = "next_article_row";
  private static final String SCHEMA = "schema";

  /** Every event column, after the row id: what a copy of an event holds. */
  private static final String SELECT_EVENTS = "SELECT rowid, " + String.join(", ", EventRows.COLUMNS) + " FROM events";

  /** The article columns a page shows, in the order {@link ArticleRows#header} takes them. */
  static final List<String> HEADER_COLUMNS = List.of("id", "file", "url", "title", "published", "source");

  private final FSDirectory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final String schema;
  private long nextEvent;
  private long nextArticle;

  private EventDocs(FSDirectory dir, IndexWriter writer, String schema, long nextEvent, long nextArticle)
      throws IOException {
    this.dir = dir;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
    this.schema = schema;
    this.nextEvent = nextEvent;
    this.nextArticle = nextArticle;
  }

  /** Opens the copy in {@code folder}; one made under another schema version is emptied. */
  static EventDocs open(Path folder, int schemaVersion) throws IOException {
    FSDirectory dir = FSDirectory.open(folder);
    IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig()
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64));
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    String schema = Integer.toString(schemaVersion);
    if (!schema.equals(data.get(SCHEMA))) {
      writer.deleteAll();
      data.clear();
    }
    return new EventDocs(dir, writer, schema,
        Long.parseLong(data.getOrDefault(NEXT_EVENT, "0")), Long.parseLong(data.getOrDefault(NEXT_ARTICLE, "0")));
  }

  /**
   * Copies the events and articles stored past the marks, read back from DuckDB: on open (after a
   * crash, or for a store that never had the copy: minutes at ten million events) and after every
   * write. A bulk load commits once at its end; a crash before that leaves the rows to the next open.
   *
   * @return how many events were copied
   */
  long catchUp(Connection conn, boolean commit) throws SQLException, IOException {
    return catchUp(conn, commit, StoryProgress.NONE);
  }

  /** Like {@link #catchUp(Connection, boolean)}, telling {@code progress} how far the events are. */
  long catchUp(Connection conn, boolean commit, StoryProgress progress) throws SQLException, IOException {
    long events = EventRows.nextRow(conn);
    long articles = Rows.one(conn, "SELECT count(*) FROM articles");
    long from = nextEvent;
    copyRange(conn, SELECT_EVENTS, nextEvent, events, EventRows.COLUMNS, EventDocs::eventKey,
        done -> progress.rowsCopied(done - from, events - from));
    nextEvent = Math.max(nextEvent, events);
    copyRange(conn, "SELECT rowid, " + String.join(", ", HEADER_COLUMNS) + " FROM articles",
        nextArticle, articles, HEADER_COLUMNS, rs -> new StringField(ARTICLE_ID, rs.getString(2), Field.Store.NO),
        done -> { });
    nextArticle = Math.max(nextArticle, articles);
    if (commit) {
      commit();
    } else {
      searchers.maybeRefresh();
    }
    return Math.max(0, events - from);
  }

  /** Rows per query of a catch-up: one row group, so that memory stays bounded on any store. */
  private static final long STEP = 122_880;

  private interface KeyOf {
    Field key(ResultSet rs) throws SQLException;
  }

  private interface Done {
    void rows(long upTo);
  }

  /** Copies the rows {@code from} (inclusive) to {@code to} (exclusive) of a table, a row group at a time. */
  private void copyRange(Connection conn, String select, long from, long to, List<String> columns, KeyOf keyOf,
      Done done) throws SQLException, IOException {
    try (PreparedStatement ps = conn.prepareStatement(select + " WHERE rowid >= ? AND rowid < ?")) {
      for (long lo = from; lo < to; lo += STEP) {
        ps.setLong(1, lo);
        ps.setLong(2, Math.min(to, lo + STEP));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            writer.addDocument(document(keyOf.key(rs), rs, columns));
          }
        }
        done.rows(Math.min(to, lo + STEP));
      }
    }
  }

  /**
   * Drops the copies of these event rows and makes that durable: called before DuckDB commits an
   * update of them, so that no crash can leave a copy older than its row.
   */
  void forget(Collection<Long> rows) throws IOException {
    if (rows.isEmpty()) {
      return;
    }
    writer.deleteDocuments(LongField.newSetQuery(EVENT_ROW, rows.stream().mapToLong(Long::longValue).toArray()));
    commit();
  }

  /** Copies these event rows again from DuckDB (after {@link #forget}), then commits. */
  void refresh(Connection conn, Collection<Long> rows) throws SQLException, IOException {
    if (rows.isEmpty()) {
      return;
    }
    List<Long> below = rows.stream().filter(r -> r < nextEvent).toList();
    if (!below.isEmpty()) {
      try (PreparedStatement ps = conn.prepareStatement(
          SELECT_EVENTS + " WHERE rowid IN (" + Rows.placeholders(below.size()) + ")")) {
        Rows.bind(ps, new ArrayList<>(below));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            writer.deleteDocuments(LongField.newExactQuery(EVENT_ROW, rs.getLong(1)));
            addEvent(rs);
          }
        }
      }
    }
    commit();
  }

  private void addEvent(ResultSet rs) throws SQLException, IOException {
    writer.addDocument(document(eventKey(rs), rs, EventRows.COLUMNS));
  }

  private static Field eventKey(ResultSet rs) throws SQLException {
    return new LongField(EVENT_ROW, rs.getLong(1), Field.Store.NO);
  }

  /** The key field, and the row id then the columns' values as text, packed in one stored field. */
  private static Document document(Field key, ResultSet rs, List<String> columns) throws SQLException, IOException {
    ByteBuffersDataOutput packed = new ByteBuffersDataOutput();
    for (int i = 0; i <= columns.size(); i++) {
      pack(packed, rs.getString(i + 1));
    }
    Document d = new Document();
    d.add(key);
    d.add(new StoredField(VALUES, new BytesRef(packed.toArrayCopy())));
    return d;
  }

  /** A value as its UTF-8 length plus one (0 for null) in Lucene's variable-length int, then its bytes. */
  private static void pack(ByteBuffersDataOutput out, String value) throws IOException {
    if (value == null) {
      out.writeVInt(0);
      return;
    }
    byte[] b = value.getBytes(StandardCharsets.UTF_8);
    out.writeVInt(b.length + 1);
    out.writeBytes(b, 0, b.length);
  }

  /** The values {@link #pack} wrote, {@code n} of them. */
  static String[] unpack(BytesRef in, int n) throws IOException {
    ByteArrayDataInput data = new ByteArrayDataInput(in.bytes, in.offset, in.length);
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      int len = data.readVInt();
      if (len > 0) {
        out[i] = new String(in.bytes, data.getPosition(), len - 1, StandardCharsets.UTF_8);
        data.skipBytes(len - 1);
      }
    }
    return out;
  }

  /**
   * The copies of these event rows with their articles' headers; rows the copy lacks are not in
   * the map (the caller reads them from DuckDB).
   */
  Map<Long, StoredEvent> read(List<Long> rows) throws IOException, SQLException {
    Map<Long, StoredEvent> out = new HashMap<>();
    if (rows.isEmpty()) {
      return out;
    }
    IndexSearcher s = searchers.acquire();
    try {
      StoredFields stored = s.getIndexReader().storedFields();
      Query byRow = LongField.newSetQuery(EVENT_ROW, rows.stream().mapToLong(Long::longValue).toArray());
      Map<Long, Event> events = new HashMap<>();
      Set<String> articleIds = new LinkedHashSet<>();
      // Each row has at most one copy; the extra room only guards against counting wrong.
      for (ScoreDoc hit : s.search(byRow, rows.size() * 2 + 1).scoreDocs) {
        String[] v = unpack(stored.document(hit.doc).getBinaryValue(VALUES), EventRows.COLUMNS.size() + 1);
        Event e = EventRows.read(EventRows.cells(v, 1));
        events.put(Long.parseLong(v[0]), e);
        articleIds.add(e.articleId());
      }
      Map<String, Article> headers = new HashMap<>();
      List<BytesRef> terms = articleIds.stream().map(BytesRef::new).toList();
      for (ScoreDoc hit : s.search(new TermInSetQuery(ARTICLE_ID, terms), terms.size() * 2 + 1).scoreDocs) {
        String[] v = unpack(stored.document(hit.doc).getBinaryValue(VALUES), HEADER_COLUMNS.size() + 1);
        headers.put(v[1], ArticleRows.header(v[1], v[2], v[3], v[4], v[5], v[6]));
      }
      events.forEach((row, e) -> out.put(row, new StoredEvent(e, headers.get(e.articleId()))));
      return out;
    } finally {
      searchers.release(s);
    }
  }

  /** How many event rows the copy holds (for tests and the bench). */
  long events() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.count(LongField.newRangeQuery(EVENT_ROW, Long.MIN_VALUE, Long.MAX_VALUE));
    } finally {
      searchers.release(s);
    }
  }

  private void commit() throws IOException {
    writer.setLiveCommitData(Map.of(SCHEMA, schema, NEXT_EVENT, Long.toString(nextEvent),
        NEXT_ARTICLE, Long.toString(nextArticle)).entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  @Override
  public void close() throws IOException {
    try (dir; writer; searchers) {
      commit();
    }
  }
}
