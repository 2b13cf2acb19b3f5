package org.eventline.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;
import org.eventline.article.Article;
import org.eventline.event.Event;
import org.eventline.event.EventType;
import org.eventline.json.EventJson;

/**
 * Articles and their coded events in one DuckDB file, {@code eventline.duckdb} in a data folder,
 * with a Lucene full-text index of their text in the folder {@code lucene} beside it.
 *
 * <pre>{@code
 * try (EventStore store = EventStore.open(Path.of("eventline-data"))) {
 *   store.store(article, events);
 *   List<Event> consults = store.events(EventQuery.all().withType(EventType.CONSULT).withText("aleppo"));
 *   List<PeriodCount> weekly = store.timeline(EventQuery.all().withActor("SYRGOV"), Interval.WEEK);
 * }
 * }</pre>
 *
 * <p><b>One process at a time.</b> DuckDB lets a single process open a database file for writing;
 * a second process opening the same folder gets a {@link StoreException} until the first closes it.
 * Within the process the store is thread-safe: each call runs on its own DuckDB connection, reads
 * run side by side, and writes take turns.
 *
 * <p>Every value a caller gives is bound as a parameter, never written into SQL; the one exception,
 * the path of a CSV or Parquet export, is validated strictly (see {@link #export}).
 */
public final class EventStore implements AutoCloseable {
  /** The database file's name inside the data folder. */
  public static final String FILE_NAME = "eventline.duckdb";

  private final Path file;
  private final DuckDBConnection primary;
  private final TextIndex text;
  private final EventDocs docs;
  // DuckDB would let two writers race and fail one with a conflict; taking turns is simpler.
  private final ReentrantLock writeLock = new ReentrantLock();
  private volatile boolean closed;

  private EventStore(Path file, DuckDBConnection primary, TextIndex text, EventDocs docs) {
    this.file = file;
    this.primary = primary;
    this.text = text;
    this.docs = docs;
  }

  /**
   * Opens the store in {@code dataDir}, creating the folder, the file and the schema as needed,
   * and bringing an older schema up to date.
   *
   * @throws StoreException when the folder cannot be created, another process holds the file, or
   *     the file was written by a newer Eventline
   */
  public static EventStore open(Path dataDir) {
    return open(dataDir, StoryProgress.NONE);
  }

  /**
   * Opens the store like {@link #open(Path)}, reporting to {@code progress} while it assigns story
   * clusters to articles stored without them (a store written before V6: minutes for millions).
   */
  public static EventStore open(Path dataDir, StoryProgress progress) {
    Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new StoreException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
    }
    DuckDBConnection conn;
    try {
      conn = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file);
    } catch (SQLException e) {
      String hint = String.valueOf(e.getMessage()).contains("lock")
          ? "; another process has it open (DuckDB allows one process per file): stop it, or use another data folder"
          : "";
      throw new StoreException("cannot open store " + file + ": " + e.getMessage() + hint, e);
    }
    TextIndex index = null;
    EventDocs docs = null;
    try {
      int version = Schema.migrate(conn, file.toString());
      index = TextIndex.open(dataDir.resolve(TextIndex.FOLDER));
      docs = EventDocs.open(dataDir.resolve(EventDocs.FOLDER), version);
      EventStore store = new EventStore(file, conn, index, docs);
      try (Connection c = conn.duplicate()) {
        addMissingKeys(c);
        // Stories and mentions of what a crash or an older store left without them (all, after V5).
        EventGroups.update(c, List.of(), StoryClusters.catchUp(c, progress));
        // The row copy of what a crash left uncopied, or of a whole store that never had one.
        docs.catchUp(c, true, progress);
      }
      store.reindexIfMissing();
      return store;
    } catch (IOException e) {
      closeQuietly(conn);
      closeQuietly(index);
      closeQuietly(docs);
      throw new StoreException("cannot open the indexes " + dataDir.resolve(TextIndex.FOLDER) + " and "
          + dataDir.resolve(EventDocs.FOLDER) + ": " + e.getMessage()
          + "; delete those folders and they are rebuilt from the store", e);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(conn);
      closeQuietly(index);
      closeQuietly(docs);
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot prepare the schema of store " + file + ": " + e.getMessage(), e);
    }
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  /**
   * Stores an article and the events coded from it, in one transaction.
   *
   * <p>Idempotent: an article already stored (same id) is kept as it is, and this returns false;
   * events are upserted by id either way, so storing a re-coded article updates its events. The
   * events' actors are recorded (or updated) in the actor table.
   *
   * @return true if the article was new
   */
  public boolean store(Article article, List<Event> events) {
    return store(article, events, null);
  }

  /**
   * Stores an article and its events like {@link #store(Article, List)}, and records in the same
   * transaction the input it came from, so that a crash leaves either both or neither: a resumed
   * ingest then skips exactly the inputs that are fully stored (see {@link #hasInput}).
   *
   * @param from where the article came from; null stores no provenance
   * @return true if the article was new
   */
  public boolean store(Article article, List<Event> events, InputRecord from) {
    for (Event e : events) {
      if (!article.id().equals(e.articleId())) {
        throw new IllegalArgumentException("event " + e.id() + " belongs to article " + e.articleId()
            + ", not " + article.id());
      }
    }
    writeLock.lock();
    dateSpan = null;
    try (Connection conn = connection()) {
      long firstNew = EventRows.nextRow(conn);
      conn.setAutoCommit(false);
      boolean added;
      Set<String> fresh = new java.util.HashSet<>();
      List<Long> updated = new ArrayList<>();
      try (PreparedStatement art = conn.prepareStatement(ArticleRows.INSERT);
          PreparedStatement ev = conn.prepareStatement(EventRows.UPSERT);
          PreparedStatement actor = conn.prepareStatement(EventRows.UPSERT_ACTOR);
          PreparedStatement rowOf = conn.prepareStatement("SELECT rowid FROM events WHERE id = ?");
          PreparedStatement dropKeys = conn.prepareStatement(EventKeys.DELETE_ROW);
          PreparedStatement addKeys = conn.prepareStatement(EventKeys.INSERT_ROW)) {
        Rows.bind(art, ArticleRows.values(article));
        added = art.executeUpdate() > 0;
        for (Event e : events) {
          // An event new in this transaction has a temporary row id until the commit.
          Long row = fresh.contains(e.id()) ? null : rowOf(rowOf, e.id());
          Rows.bind(ev, EventRows.values(e));
          ev.executeUpdate();
          if (row != null) {
            // An update keeps the event's row (DuckDB updates in place), but its keys may change.
            Rows.bind(dropKeys, List.of(row));
            dropKeys.executeUpdate();
            Rows.bind(addKeys, java.util.Collections.nCopies(EventKeys.BRANCHES, row));
            addKeys.executeUpdate();
            updated.add(row);
          } else {
            fresh.add(e.id());
          }
          upsertActor(actor, EventRows.actorValues(e.source()));
          upsertActor(actor, EventRows.actorValues(e.target()));
        }
        if (from != null) {
          try (PreparedStatement in = conn.prepareStatement(LedgerRows.INSERT_INPUT)) {
            Rows.bind(in, LedgerRows.inputValues(from, article.id()));
            in.executeUpdate();
          }
        }
        // The row copies of updated events go before the update does: a crash now leaves them
        // missing (read from DuckDB), never older than their rows.
        docs.forget(updated);
        conn.commit();
      } catch (SQLException | IOException | RuntimeException e) {
        conn.rollback();
        try {
          docs.refresh(conn, updated); // the rows are as they were: copy them again
        } catch (SQLException | IOException | RuntimeException again) {
          e.addSuppressed(again); // the write's own failure is the one to report
        }
        throw e;
      }
      if (!fresh.isEmpty()) {
        addKeysFrom(conn, firstNew);
      }
      docs.refresh(conn, updated);
      docs.catchUp(conn, true);
      // Like the keys, after the commit: row ids are final, and a crash leaves them to the next open.
      EventGroups.update(conn, List.of(article.id()), StoryClusters.catchUp(conn));
      noteWritten(events);
      // After the DuckDB commit: the index follows the record of truth, and is rebuilt from it if lost.
      text.add(article, events);
      text.commit();
      return added;
    } catch (SQLException e) {
      throw failure("store article " + article.id() + " (" + article.file() + ")", e);
    } catch (IOException e) {
      throw new StoreException("store " + file + ": article " + article.id() + " is stored but its text"
          + " could not be indexed: " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Adds the keys of the events stored after the last keyed row. New events get their final row ids
   * only when their transaction commits (inside it they have temporary ones), so their keys follow
   * the commit, as the text index does; a store opened after a crash between the two adds them here.
   * Events are only ever appended, so every event past the last keyed row has no keys yet.
   */
  private static int addMissingKeys(Connection conn) throws SQLException {
    long last = Rows.one(conn, "SELECT coalesce(max(event_row), -1) FROM event_keys");
    return addKeysFrom(conn, last + 1);
  }

  /** Adds the keys of the events from row {@code first} on, which have none yet. */
  private static int addKeysFrom(Connection conn, long first) throws SQLException {
    conn.setAutoCommit(true);
    try (PreparedStatement keys = conn.prepareStatement(EventKeys.INSERT_FROM)) {
      Rows.bind(keys, java.util.Collections.nCopies(EventKeys.BRANCHES, first));
      return keys.executeUpdate();
    }
  }

  private static Long rowOf(PreparedStatement ps, String eventId) throws SQLException {
    ps.setString(1, eventId);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : null;
    }
  }

  private static void upsertActor(PreparedStatement ps, List<Object> values) throws SQLException {
    if (values != null) {
      Rows.bind(ps, values);
      ps.executeUpdate();
    }
  }

  /** True when an input with this content hash and URL (null for none) is already stored. */
  public boolean hasInput(String contentHash, String url) {
    return query(LedgerRows.HAS_INPUT, List.of(contentHash, LedgerRows.key(url)), rs -> rs.getLong(1)).get(0) > 0;
  }

  /**
   * Records an input that yielded no article: a file that could not be read, a WARC record that
   * could not be parsed, a failed fetch. With an {@code from}, the input is also marked as done, so
   * that a resumed run does not try it again; without one (no bytes were read), a rerun retries it.
   */
  public void recordError(IngestError error, InputRecord from) {
    writeLock.lock();
    try (Connection conn = connection()) {
      conn.setAutoCommit(false);
      try (PreparedStatement err = conn.prepareStatement(LedgerRows.UPSERT_ERROR);
          PreparedStatement in = conn.prepareStatement(LedgerRows.INSERT_INPUT)) {
        Rows.bind(err, List.of(error.input(), error.stage(), error.message()));
        err.executeUpdate();
        if (from != null) {
          Rows.bind(in, LedgerRows.inputValues(from, null));
          in.executeUpdate();
        }
        conn.commit();
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw failure("record the error of " + error.input(), e);
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Appends articles and events known to be new, much faster than {@link #store}: for loading a
   * fresh store or a benchmark. Only article text is indexed (not each sentence); actors, story
   * clusters and event counts are brought up to date once, by {@link #finishAppend} (or by the
   * next open, if the run ends before it). A duplicate id fails the whole batch.
   */
  public void append(List<Article> articles, List<Event> events) {
    writeLock.lock();
    dateSpan = null;
    try (Connection conn = connection()) {
      DuckDBConnection duck = conn.unwrap(DuckDBConnection.class);
      long firstNew = EventRows.nextRow(conn);
      try (BulkAppender art = new BulkAppender(duck, "articles"); BulkAppender ev = new BulkAppender(duck, "events")) {
        for (Article a : articles) {
          art.row(ArticleRows.values(a), 1);
        }
        for (Event e : events) {
          ev.row(EventRows.appendValues(e), 0);
        }
      }
      unsortedKeys += addKeysFrom(conn, firstNew);
      // Copied now, committed by finishAppend: a crash in between leaves them to the next open.
      docs.catchUp(conn, false);
      noteWritten(events);
      Map<String, List<Event>> eventsByArticle = new HashMap<>();
      for (Event e : events) {
        eventsByArticle.computeIfAbsent(e.articleId(), k -> new ArrayList<>()).add(e);
      }
      for (Article a : articles) {
        text.addArticle(a, TextIndex.facetsOf(eventsByArticle.getOrDefault(a.id(), List.of())));
      }
    } catch (SQLException e) {
      throw failure("append " + articles.size() + " articles and " + events.size() + " events", e);
    } catch (IOException e) {
      throw new StoreException("store " + file + ": cannot index appended articles: " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  /** Keeps the facets a superset of the stored values; called with the write lock held. */
  private void noteWritten(List<Event> events) {
    dateSpan = null;
    Facets f = facets;
    if (f != null) {
      events.forEach(f::add);
    }
  }

  /** Failed inputs, oldest first, one page of a listing. */
  public List<IngestError> errors(int limit, int offset) {
    return query(LedgerRows.SELECT_ERRORS, List.of(limit, offset), LedgerRows::readError);
  }

  /** How many inputs failed (one count per input and stage). */
  public long errorCount() {
    return query("SELECT count(*) FROM errors", List.of(), rs -> rs.getLong(1)).get(0);
  }

  /** Ends a run of {@link #append} calls: records the actors and makes the text searchable. */
  public void finishAppend() {
    finishAppend(StoryProgress.NONE);
  }

  /**
   * Ends a run of {@link #append} calls: records the actors, assigns the appended articles their
   * story clusters (minutes for millions, reported to {@code progress}) and makes the text searchable.
   */
  public void finishAppend(StoryProgress progress) {
    writeLock.lock();
    try (Connection conn = connection(); Statement st = conn.createStatement()) {
      st.execute(EventRows.REFRESH_ACTORS);
      sortKeysIfNeeded(conn);
      // Once for the whole load: counting every batch's keys again over the growing mentions made
      // a bulk load of a million events six times slower.
      EventGroups.update(conn, List.of(), StoryClusters.catchUp(conn, progress));
      text.commit();
      docs.catchUp(conn, true);
    } catch (SQLException e) {
      throw failure("record the actors of appended events", e);
    } catch (IOException e) {
      throw new StoreException("store " + file + ": cannot commit the indexes: " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  /** Key rows appended by this process since event_keys was last sorted. */
  private long unsortedKeys;

  /**
   * Sorts event_keys again when appends since the last sort are an eighth of it or more: unsorted
   * rows have zonemaps spanning every key, so each is read by every keyed filter. A few thousand
   * rows from ingests cost little; a bulk load of millions would undo the table.
   */
  private void sortKeysIfNeeded(Connection conn) throws SQLException {
    if (unsortedKeys == 0) {
      return;
    }
    long total = Rows.one(conn, "SELECT count(*) FROM event_keys");
    if (unsortedKeys * 8 >= total) {
      try (Statement st = conn.createStatement()) {
        st.execute(EventKeys.REBUILD);
      }
      unsortedKeys = 0;
    }
  }

  /** A store whose index folder was deleted, or that predates the index, gets it rebuilt on open. */
  private void reindexIfMissing() throws SQLException, IOException {
    if (!text.isEmpty() || summary().articles() == 0) {
      return;
    }
    try (Connection conn = connection(); Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery(ArticleRows.SELECT_ALL_WITH_FACETS)) {
      while (rs.next()) {
        text.addArticle(ArticleRows.read(rs), ArticleRows.readFacets(rs));
      }
    }
    forEach(se -> {
      try {
        text.addSentence(se.event());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    text.commit();
  }

  /** The whole article, body included, or empty when no article has that id. */
  public Optional<Article> article(String id) {
    return query(ArticleRows.SELECT_BY_ID, List.of(id), ArticleRows::read).stream().findFirst();
  }

  /** The events the query matches, newest first. */
  public List<Event> events(EventQuery q) {
    return eventsWithArticles(q).stream().map(StoredEvent::event).toList();
  }

  /**
   * The events the query matches, in its order, each with its article's metadata.
   *
   * <p>Three steps in one snapshot, because sorting whole rows is what makes a page slow on a big
   * store: the page's row ids are chosen sorting only the narrow columns, then those rows are read,
   * then their articles' headers are looked up by primary key.
   */
  public List<StoredEvent> eventsWithArticles(EventQuery q) {
    if (cannotMatch(q)) {
      return List.of();
    }
    Boolean latestFirst = q.sort() == EventSort.NEWEST ? Boolean.TRUE : q.sort() == EventSort.OLDEST ? Boolean.FALSE : null;
    // A date-sorted page first tries the latest (earliest) few text hits: reading a hit is what a
    // text query costs, and a page is usually filled long before the ten-thousandth.
    int firstHits = latestFirst != null && q.offset() + q.limit() <= FIRST_TEXT_HITS / 4 ? FIRST_TEXT_HITS : TextIndex.MAX_HITS;
    List<String> facetTerms = TextIndex.facetsOf(q);
    TextMatches matches = q.text() == null ? null : text.search(q.text(), facetTerms, latestFirst, firstHits);
    boolean actorIsCode = actorIsCode(q);
    try (Connection conn = connection()) {
      conn.setAutoCommit(false);
      try {
        List<Long> rowIds = pageRowIds(conn, q, matches, actorIsCode);
        if (matches != null && rowIds.size() < q.limit() && firstHits < TextIndex.MAX_HITS
            && matches.articleIds().size() + matches.eventIds().size() >= firstHits) {
          matches = text.search(q.text(), facetTerms, latestFirst, TextIndex.MAX_HITS);
          rowIds = pageRowIds(conn, q, matches, actorIsCode);
        }
        if (rowIds.isEmpty()) {
          return List.of();
        }
        Map<Long, StoredEvent> byRow = useCopies ? docs.read(rowIds) : new HashMap<>();
        List<Long> uncopied = rowIds.stream().filter(r -> !byRow.containsKey(r)).toList();
        if (!uncopied.isEmpty()) {
          byRow.putAll(storedRows(conn, uncopied));
        }
        List<StoredEvent> out = new ArrayList<>(rowIds.size());
        for (Long id : rowIds) {
          StoredEvent e = byRow.get(id);
          if (e != null) {
            out.add(e);
          }
        }
        return out;
      } finally {
        conn.rollback();
      }
    } catch (SQLException e) {
      throw failure("query", e);
    } catch (IOException e) {
      throw new StoreException("store " + file + ": cannot read the row copies in " + EventDocs.FOLDER + ": "
          + e.getMessage() + "; delete that folder and it is rebuilt from the store", e);
    }
  }

  /** Events by row id from DuckDB itself, with their articles' headers looked up by primary key. */
  private static Map<Long, StoredEvent> storedRows(Connection conn, List<Long> rowIds) throws SQLException {
    Map<Long, Event> byRow = new HashMap<>();
    for (Object[] row : select(conn, EventRows.selectByRowIds(rowIds.size()), EventRows.rowIdParams(rowIds),
        rs -> new Object[] {rs.getLong("row_id"), EventRows.read(rs)})) {
      byRow.put((Long) row[0], (Event) row[1]);
    }
    List<String> articleIds = byRow.values().stream().map(Event::articleId).distinct().toList();
    Map<String, Article> articles = new HashMap<>();
    for (Article a : select(conn, ArticleRows.selectHeaders(articleIds.size()), articleIds, ArticleRows::readHeader)) {
      articles.put(a.id(), a);
    }
    Map<Long, StoredEvent> out = new HashMap<>();
    byRow.forEach((row, e) -> out.put(row, new StoredEvent(e, articles.get(e.articleId()))));
    return out;
  }

  /** How many text hits a date-sorted page of up to a quarter of this many events tries first. */
  static final int FIRST_TEXT_HITS = 1_000;

  /** Below this many dated events a page is one query: windows only pay off on a big store. */
  static volatile long windowMinEvents = 200_000;

  /**
   * The row ids of one page. Sorted by date, a page of a big store is first looked for among the
   * latest (or, oldest first, the earliest) days only, a window that widens eightfold until it
   * holds a full page or covers every date: the window is one more bound on the sort key, so a
   * full page found inside it is the page the whole store would give, and the date zonemaps make
   * DuckDB read only the row groups of those days instead of ten million rows.
   */
  private List<Long> pageRowIds(Connection conn, EventQuery q, TextMatches matches, boolean actorIsCode)
      throws SQLException {
    DateSpan span = q.sort() == EventSort.NEWEST || q.sort() == EventSort.OLDEST ? dateSpan(conn) : null;
    if (span != null && span.events() >= windowMinEvents) {
      LocalDate lo = q.from() == null || q.from().isBefore(span.min()) ? span.min() : q.from();
      LocalDate hi = q.to() == null || q.to().isAfter(span.max()) ? span.max() : q.to();
      long days = ChronoUnit.DAYS.between(lo, hi) + 1;
      long needed = (long) q.limit() + q.offset();
      for (long w = Math.max(1, span.days() / 128); w < days; ) {
        EventQuery windowed = q.sort() == EventSort.NEWEST ? q.withFrom(hi.minusDays(w - 1)) : q.withTo(lo.plusDays(w - 1));
        List<Long> ids = pageRowIds(conn, pageFilter(windowed, matches, actorIsCode), q);
        if (ids.size() == q.limit()) {
          return ids;
        }
        // The next window is sized from what this one held (twice what the page still needs),
        // at least eight times as wide; nothing at all found jumps sixteen times as wide.
        long found = ids.size() + (ids.isEmpty() ? 0 : q.offset());
        long grow = found == 0 ? 16 : Math.max(8, 2 * needed / found + 1);
        w = w > Long.MAX_VALUE / grow ? Long.MAX_VALUE : w * grow;
      }
    }
    return pageRowIds(conn, pageFilter(q, matches, actorIsCode), q);
  }

  /** Off only in tests, to compare pages read from the row copies with pages read from DuckDB. */
  static volatile boolean useCopies = true;

  /** How many events the row copy holds (for tests). */
  long copiedEvents() {
    try {
      return docs.events();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Off only in tests, to compare keyed filters with the plain ones they replace. */
  static volatile boolean useKeys = true;

  /** A date-sorted page reads event_keys when the filter fits it; any other order needs whole events. */
  private static EventFilter pageFilter(EventQuery q, TextMatches matches, boolean actorIsCode) {
    EventFilter keyed = useKeys && q.sort().byDate() ? EventFilter.keyed(q, actorIsCode) : null;
    return keyed != null ? keyed : EventFilter.of(q, matches, actorIsCode);
  }

  private static List<Long> pageRowIds(Connection conn, EventFilter f, EventQuery q) throws SQLException {
    List<Object> params = new ArrayList<>(f.params);
    params.add(q.limit());
    params.add(q.offset());
    return select(conn, EventRows.pageRowIds(f, q.sort()), params, rs -> rs.getLong(1));
  }

  /**
   * The values stored in the small-vocabulary columns (types, statuses, countries, kinds): a filter
   * asking for a value no event has matches nothing, known without scanning ten million rows.
   * Built on first use, then kept up to date by every write (a superset stays correct).
   */
  private record Facets(Set<String> types, Set<String> statuses, Set<Integer> quadClasses,
      Set<String> placeCountries, Set<String> actorCountries, Set<String> actorKinds, PlaceCells cells) {
    void add(Event e) {
      types.add(e.type().name());
      statuses.add(e.status().label());
      quadClasses.add(e.quadClass());
      if (e.where() != null && e.where().country() != null) {
        placeCountries.add(e.where().country());
      }
      if (e.where() != null && e.where().lat() != null && e.where().lon() != null) {
        cells.add(e.where().lat(), e.where().lon());
      }
      for (org.eventline.event.Participant p : java.util.Arrays.asList(e.source(), e.target())) {
        if (p != null && p.country() != null) {
          actorCountries.add(p.country());
        }
        if (p != null && p.kind() != null) {
          actorKinds.add(p.kind());
        }
      }
    }
  }

  private volatile Facets facets;

  private Facets facets() {
    Facets f = facets;
    if (f == null) {
      writeLock.lock();
      try {
        f = facets;
        if (f == null) {
          f = new Facets(distinct("type"), distinct("status"),
              ConcurrentHashMap.newKeySet(), distinct("where_country"), distinct("source_country"), distinct("source_kind"),
              new PlaceCells());
          for (long[] cell : query(PlaceCells.DISTINCT, List.of(), rs -> new long[] {rs.getLong(1), rs.getLong(2)})) {
            f.cells().addCell(cell[0], cell[1]);
          }
          f.quadClasses().addAll(query("SELECT DISTINCT quad_class FROM events", List.of(), rs -> rs.getInt(1)));
          f.actorCountries().addAll(distinct("target_country"));
          f.actorKinds().addAll(distinct("target_kind"));
          facets = f;
        }
      } finally {
        writeLock.unlock();
      }
    }
    return f;
  }

  private Set<String> distinct(String column) {
    // column is one of the fixed names above, never a caller's value.
    Set<String> out = ConcurrentHashMap.newKeySet();
    out.addAll(query("SELECT DISTINCT " + column + " FROM events WHERE " + column + " IS NOT NULL", List.of(),
        rs -> rs.getString(1)));
    return out;
  }

  /** True when a filter asks for a value that no stored event has, so nothing can match. */
  private boolean cannotMatch(EventQuery q) {
    if (q.type() == null && q.status() == null && q.quadClass() == null && q.placeCountry() == null
        && q.actorCountry() == null && q.actorKind() == null && q.box() == null) {
      return false;
    }
    Facets f = facets();
    return q.type() != null && !f.types().contains(q.type().name())
        || q.status() != null && !f.statuses().contains(q.status().label())
        || q.quadClass() != null && !f.quadClasses().contains(q.quadClass())
        || q.placeCountry() != null && !f.placeCountries().contains(q.placeCountry().toUpperCase(Locale.ROOT))
        || q.actorCountry() != null && !f.actorCountries().contains(q.actorCountry().toUpperCase(Locale.ROOT))
        || q.actorKind() != null && !f.actorKinds().contains(q.actorKind().toLowerCase(Locale.ROOT))
        || q.box() != null && !f.cells().mayHold(q.box());
  }

  /** The first and last event day and how many events have one; kept until the next write. */
  record DateSpan(LocalDate min, LocalDate max, long events) {
    long days() {
      return ChronoUnit.DAYS.between(min, max) + 1;
    }
  }

  private volatile DateSpan dateSpan;

  private DateSpan dateSpan(Connection conn) throws SQLException {
    DateSpan span = dateSpan;
    if (span == null) {
      List<DateSpan> r = select(conn, "SELECT min(day), max(day), count(day) FROM events", List.of(),
          rs -> rs.getLong(3) == 0 ? null
              : new DateSpan(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class), rs.getLong(3)));
      span = r.get(0);
      if (span != null) {
        dateSpan = span;
      }
    }
    return span;
  }

  /** How many events the query matches, ignoring its limit and offset: the total of a paged listing. */
  public long count(EventQuery q) {
    if (cannotMatch(q)) {
      return 0;
    }
    EventFilter f = countFilter(q);
    return query(AggregateSql.count(f), f.params, rs -> rs.getLong(1)).get(0);
  }

  /** Counts of matching events per period and type, oldest period first; events without a date are left out. */
  public List<PeriodCount> timeline(EventQuery q, Interval interval) {
    EventFilter f = countFilter(q);
    return query(AggregateSql.timeline(interval, f), f.params,
        rs -> new PeriodCount(rs.getString(1), EventType.valueOf(rs.getString(2)), rs.getLong(3)));
  }

  /** Counts of matching events per type, most first. */
  public List<TypeCount> types(EventQuery q) {
    EventFilter f = countFilter(q);
    return query(AggregateSql.types(f), f.params,
        rs -> new TypeCount(EventType.valueOf(rs.getString(1)), rs.getLong(2)));
  }

  /** The {@code limit} most frequent (source, target, quad class) triples among matching events. */
  public List<ActorPair> actorPairs(EventQuery q, int limit) {
    EventFilter f = filter(q);
    List<Object> params = new ArrayList<>(f.params);
    params.add(Math.max(1, Math.min(limit, EventQuery.MAX_LIMIT)));
    return query(AggregateSql.actorPairs(f.where), params, rs -> new ActorPair(rs.getString(1), rs.getString(2),
        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getLong(6)));
  }

  /** The {@code limit} places with most matching events (places rounded to about 100 m). */
  public List<PlaceCount> places(EventQuery q, int limit) {
    EventFilter f = filter(q);
    List<Object> params = new ArrayList<>(f.params);
    params.add(Math.max(1, Math.min(limit, EventQuery.MAX_LIMIT)));
    return query(AggregateSql.places(f.where), params, rs -> new PlaceCount(rs.getString(1), rs.getString(2),
        rs.getDouble(3), rs.getDouble(4), rs.getLong(5)));
  }

  /** The filter of an aggregate that reads only day, type, quad class and status: keyed when it fits. */
  private EventFilter countFilter(EventQuery q) {
    boolean actorIsCode = actorIsCode(q);
    EventFilter keyed = useKeys ? EventFilter.keyed(q, actorIsCode) : null;
    return keyed != null ? keyed : filter(q, actorIsCode);
  }

  private EventFilter filter(EventQuery q) {
    return filter(q, actorIsCode(q));
  }

  private EventFilter filter(EventQuery q, boolean actorIsCode) {
    return EventFilter.of(q, q.text() == null ? null : text.search(q.text(), TextIndex.facetsOf(q)), actorIsCode);
  }

  private boolean actorIsCode(EventQuery q) {
    return q.actor() != null && !query("SELECT 1 FROM actors WHERE code = ?",
        List.of(q.actor().toUpperCase(java.util.Locale.ROOT)), rs -> 1).isEmpty();
  }

  /** How many articles, events and actors the store holds. */
  public Summary summary() {
    return query("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),"
        + " (SELECT count(*) FROM actors)", List.of(),
        rs -> new Summary(rs.getLong(1), rs.getLong(2), rs.getLong(3))).get(0);
  }

  /** Actors by how many events name them (as source or target), most first. */
  public List<ActorCount> actors(int limit, int offset) {
    // The same bounds as events: a listing is a page, never the whole table.
    EventQuery page = EventQuery.all().withLimit(limit).withOffset(offset);
    return query("SELECT a.code, a.name, a.country, a.kind, count(e.id) AS events FROM actors a"
        + " LEFT JOIN events e ON e.source_code = a.code OR e.target_code = a.code"
        + " GROUP BY ALL ORDER BY events DESC, a.code LIMIT ? OFFSET ?",
        List.of(page.limit(), page.offset()),
        rs -> new ActorCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
  }

  /**
   * Writes every stored event to {@code out}, replacing it, newest first.
   *
   * <p>CSV and Parquet are written by DuckDB's {@code COPY}, whose path cannot be a bound
   * parameter: the path is made absolute and must consist of letters, digits and ordinary file-name
   * punctuation, or this throws {@link IllegalArgumentException}. JSON Lines are written here, one
   * {@link EventJson#event} object per line, so they match the CLI and the API exactly.
   */
  public void export(ExportFormat format, Path out) {
    switch (format) {
      case CSV -> copy(out, "(FORMAT csv, HEADER true)");
      case PARQUET -> copy(out, "(FORMAT parquet)");
      case JSONL -> exportJsonl(out);
    }
  }

  private void copy(Path out, String options) {
    String sql = "COPY (SELECT e.* EXCLUDE (day), a.url AS article_url, a.title AS article_title FROM events e"
        + " LEFT JOIN articles a ON a.id = e.article_id" + EventRows.ORDER + ") TO "
        + CopyTarget.literal(out) + " " + options;
    try (Connection conn = connection(); Statement st = conn.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw failure("export to " + out, e);
    }
  }

  private void exportJsonl(Path out) {
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      forEach(se -> {
        try {
          w.write(EventJson.MAPPER.writeValueAsString(EventJson.event(se.event(), se.article())));
          w.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      throw new StoreException("cannot write the export " + out + ": " + e.getMessage(), e);
    }
  }

  /**
   * Streams every stored event with its article's metadata, newest first, without a page limit:
   * for exports, which must not hold ten million events in memory.
   */
  public void forEach(Consumer<StoredEvent> sink) {
    try (Connection conn = connection();
        Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery(EventRows.SELECT + EventRows.ORDER)) {
      while (rs.next()) {
        sink.accept(new StoredEvent(EventRows.read(rs), ArticleRows.readHeader(rs)));
      }
    } catch (SQLException e) {
      throw failure("read events for export", e);
    }
  }

  /** The story an article belongs to, its original first, or empty when no article has that id. */
  public Optional<Story> story(String articleId) {
    try (Connection conn = connection()) {
      return StoryRows.story(conn, articleId);
    } catch (SQLException e) {
      throw failure("read the story of article " + articleId, e);
    }
  }

  /** The event each of these events is a mention of, with its counts, by event id; unknown ids are left out. */
  public Map<String, EventGroup> eventGroups(java.util.Collection<String> eventIds) {
    try (Connection conn = connection()) {
      return EventGroups.of(conn, eventIds);
    } catch (SQLException e) {
      throw failure("read the mention counts of " + eventIds.size() + " events", e);
    }
  }

  /** Every stored mention of the event this one is a mention of (itself included), in stored order; empty when unknown. */
  public List<StoredEvent> mentions(String eventId) {
    try (Connection conn = connection()) {
      return StoryRows.mentions(conn, eventId);
    } catch (SQLException e) {
      throw failure("read the mentions of event " + eventId, e);
    }
  }

  /**
   * Streams one mention per event (GDELT's event table rather than its mentions), newest first,
   * each with its counts: the mention in its story's original when there is one.
   */
  public void forEachEvent(java.util.function.BiConsumer<StoredEvent, EventGroup> sink) {
    try (Connection conn = connection();
        Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery(EventGroups.SELECT_EVENTS)) {
      while (rs.next()) {
        sink.accept(new StoredEvent(EventRows.read(rs), ArticleRows.readHeader(rs)), EventGroups.read(rs));
      }
    } catch (SQLException e) {
      throw failure("read events for export", e);
    }
  }

  interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, List<?> params, RowReader<T> reader) {
    try (Connection conn = connection()) {
      return select(conn, sql, params, reader);
    } catch (SQLException e) {
      throw failure("query", e);
    }
  }

  private static <T> List<T> select(Connection conn, String sql, List<?> params, RowReader<T> reader)
      throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      Rows.bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(reader.read(rs));
        }
        return out;
      }
    }
  }

  /** A connection of its own for one call: DuckDB connections are cheap and not meant to be shared. */
  private Connection connection() throws SQLException {
    if (closed) {
      throw new StoreException("store " + file + " is closed");
    }
    return primary.duplicate();
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException("store " + file + ": cannot " + what + ": " + e.getMessage(), e);
  }

  /** Closes the database file, so another process may open it. Calls after this fail. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    closeQuietly(text);
    closeQuietly(docs);
    closeQuietly(primary);
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception ignored) {
      // Closing is best effort: DuckDB releases the file lock with the last connection.
    }
  }
}
