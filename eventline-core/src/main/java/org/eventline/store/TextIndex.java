package org.eventline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.eventline.article.Article;
import org.eventline.event.Event;

/**
 * The Lucene index beside the DuckDB file: one document per article (title and body) and one per
 * event sentence, so a text filter finds events by what their article or their sentence says.
 *
 * <p>Queries use Lucene's {@link SimpleQueryParser}, whose syntax ({@code "a phrase"}, {@code -not},
 * {@code prefix*}, {@code a | b}) cannot fail: whatever an analyst types is a query, never an error.
 * DuckDB stays the record of truth; the index can always be rebuilt from it.
 */
final class TextIndex implements AutoCloseable {
  /** The index folder's name inside the data folder. */
  static final String FOLDER = "lucene";

  /**
   * At most this many articles and sentences, best first, feed one filter: a query that matches
   * more is too broad for text to narrow it, and the ids travel to DuckDB as a bound list.
   */
  static final int MAX_HITS = 10_000;

  private static final String KIND = "kind";
  private static final String ID = "id";
  private static final String ARTICLE = "article";
  private static final String TEXT = "text";
  // The ids again as doc values, read per hit in a few microseconds where a stored document takes
  // about twenty. New names, since Lucene will not give an existing field doc values; documents
  // indexed before they existed are read from their stored fields instead.
  private static final String ARTICLE_VALUE = "article_value";
  private static final String EVENT_VALUE = "event_value";
  /**
   * What the events behind a document are: each distinct type, quad class and status of the
   * article's events (or the sentence's one event), so that a text query with those filters keeps
   * only hits that can yield a row. Without them a rare type behind a common word left DuckDB
   * testing ten thousand articles' events for the few of that type.
   */
  private static final String FACET = "facet";
  /** Commit data saying every document carries its facets; older indexes are searched without them. */
  private static final String FACETS_KEY = "facets";

  private final FSDirectory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final StandardAnalyzer analyzer = new StandardAnalyzer();
  private final boolean facets;

  private TextIndex(FSDirectory dir, IndexWriter writer, SearcherManager searchers, boolean facets) {
    this.dir = dir;
    this.writer = writer;
    this.searchers = searchers;
    this.facets = facets;
    if (facets) {
      writer.setLiveCommitData(Map.of(FACETS_KEY, "1").entrySet());
    }
  }

  static TextIndex open(Path folder) throws IOException {
    FSDirectory dir = FSDirectory.open(folder);
    IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64));
    // An empty index is filled by this build, facets and all; a full one keeps what it was made with.
    boolean facets = writer.getDocStats().numDocs == 0 || hasFacets(writer);
    return new TextIndex(dir, writer, new SearcherManager(writer, null), facets);
  }

  private static boolean hasFacets(IndexWriter writer) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (FACETS_KEY.equals(e.getKey())) {
          return "1".equals(e.getValue());
        }
      }
    }
    return false;
  }

  /** True when every document carries the facets of its events, so that filters can use them. */
  boolean hasFacets() {
    return facets;
  }

  /** The facet terms of one event: its type, quad class and status. */
  static List<String> facetsOf(Event e) {
    return facetsOf(e.type().name(), e.quadClass(), e.status().label());
  }

  static List<String> facetsOf(String type, int quadClass, String status) {
    return List.of(typeTerm(type), quadTerm(quadClass), statusTerm(status));
  }

  /** The distinct facet terms of some events: what an article's document carries for its events. */
  static Set<String> facetsOf(Collection<Event> events) {
    Set<String> out = new LinkedHashSet<>();
    events.forEach(e -> out.addAll(facetsOf(e)));
    return out;
  }

  /** The facet terms every hit must carry for the query's type, quad class and status filters. */
  static List<String> facetsOf(EventQuery q) {
    List<String> out = new ArrayList<>(3);
    if (q.type() != null) {
      out.add(typeTerm(q.type().name()));
    }
    if (q.quadClass() != null) {
      out.add(quadTerm(q.quadClass()));
    }
    if (q.status() != null) {
      out.add(statusTerm(q.status().label()));
    }
    return out;
  }

  private static String typeTerm(String type) {
    return "type=" + type;
  }

  private static String quadTerm(int quadClass) {
    return "quad=" + quadClass;
  }

  private static String statusTerm(String status) {
    return "status=" + status;
  }

  boolean isEmpty() {
    return writer.getDocStats().numDocs == 0;
  }

  /**
   * Replaces what the index holds for this article, its text and each event's sentence;
   * {@link #commit} makes it durable and searchable.
   */
  void add(Article article, List<Event> events) throws IOException {
    addArticle(article, facetsOf(events));
    for (Event e : events) {
      addSentence(e);
    }
  }

  /**
   * Replaces what the index holds for this article with its text alone, carrying the facets of its
   * events (which are not indexed one by one): what a bulk load indexes.
   */
  void addArticle(Article article, Collection<String> facetTerms) throws IOException {
    writer.deleteDocuments(new Term(ARTICLE, article.id()));
    Document a = new Document();
    a.add(new StringField(KIND, "article", Field.Store.YES));
    a.add(new StringField(ID, article.id(), Field.Store.YES));
    a.add(new StringField(ARTICLE, article.id(), Field.Store.YES));
    a.add(new SortedDocValuesField(ARTICLE_VALUE, new BytesRef(article.id())));
    a.add(new TextField(TEXT, (article.title() == null ? "" : article.title() + "\n") + article.body(), Field.Store.NO));
    addFacets(a, facetTerms);
    writer.addDocument(a);
  }

  private static void addFacets(Document d, Collection<String> facetTerms) {
    for (String f : facetTerms) {
      d.add(new StringField(FACET, f, Field.Store.NO));
    }
  }

  /** Indexes one event's sentence alone, for events whose article is indexed elsewhere or not at all. */
  void addSentence(Event e) throws IOException {
    Document s = new Document();
    s.add(new StringField(KIND, "sentence", Field.Store.YES));
    s.add(new StringField(ID, e.id(), Field.Store.YES));
    s.add(new StringField(ARTICLE, e.articleId(), Field.Store.YES));
    s.add(new SortedDocValuesField(ARTICLE_VALUE, new BytesRef(e.articleId())));
    s.add(new SortedDocValuesField(EVENT_VALUE, new BytesRef(e.id())));
    s.add(new TextField(TEXT, e.sentence().text() == null ? "" : e.sentence().text(), Field.Store.NO));
    addFacets(s, facetsOf(e));
    writer.addDocument(s);
  }

  void commit() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  TextMatches search(String text) {
    return search(text, List.of());
  }

  /** The best-scoring hits of the text among documents carrying every one of the facet terms. */
  TextMatches search(String text, List<String> facetTerms) {
    return search(text, facetTerms, null, MAX_HITS);
  }

  /** Like {@link #search(String, List, Boolean, int)} with no facet filter. */
  TextMatches search(String text, Boolean latestFirst, int max) {
    return search(text, List.of(), latestFirst, max);
  }

  /**
   * The hits of the text among documents carrying every one of the facet terms
   * ({@link #facetsOf(EventQuery)}), at most {@code max} of them (reading each costs). An index made
   * before facets ignores them; the SQL filter that follows applies the filters all the same.
   *
   * @param latestFirst null keeps the best-scoring hits; true the latest indexed, false the
   *     earliest. A date-sorted page asks for the end of the index its sort starts from: articles
   *     are indexed as they arrive, so its first pages are among those hits, where the best-scoring
   *     ones (ties in index order) would be the oldest and leave a newest-first page scanning the
   *     whole table for them
   */
  TextMatches search(String text, List<String> facetTerms, Boolean latestFirst, int max) {
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(TEXT, 1f));
    // Every word must match, as in a search box: "aleppo ceasefire" narrows, it does not widen.
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query q = parser.parse(text);
    if (facets && !facetTerms.isEmpty()) {
      BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST);
      for (String f : facetTerms) {
        b.add(new TermQuery(new Term(FACET, f)), BooleanClause.Occur.FILTER);
      }
      q = b.build();
    }
    try {
      IndexSearcher s = searchers.acquire();
      try {
        int[] hits;
        if (latestFirst == null) {
          ScoreDoc[] best = s.search(q, max).scoreDocs;
          hits = new int[best.length];
          for (int i = 0; i < best.length; i++) {
            hits[i] = best[i].doc;
          }
        } else {
          hits = inIndexOrder(s, q, max, latestFirst);
        }
        return matches(s, hits);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("text index: cannot search for '" + text + "'", e);
    }
  }

  /**
   * The first (or, latest first, the last) {@code max} matching documents in index order: the hits
   * a search sorted by document number gives, found by walking the segments from the end the sort
   * starts at and stopping once enough are found, instead of visiting every match in the index.
   */
  static int[] inIndexOrder(IndexSearcher s, Query q, int max, boolean latestFirst) throws IOException {
    Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    int[] out = new int[max];
    int n = 0;
    for (int i = 0; i < leaves.size() && n < max; i++) {
      LeafReaderContext leaf = leaves.get(latestFirst ? leaves.size() - 1 - i : i);
      Scorer scorer = w.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      DocIdSetIterator it = scorer.iterator();
      Bits live = leaf.reader().getLiveDocs();
      if (!latestFirst) {
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS && n < max; d = it.nextDoc()) {
          if (live == null || live.get(d)) {
            out[n++] = leaf.docBase + d;
          }
        }
        continue;
      }
      // Postings run forwards only: keep the last (max - n) matches of the segment in a ring.
      int room = max - n;
      int[] ring = new int[room];
      long seen = 0;
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (live == null || live.get(d)) {
          ring[(int) (seen++ % room)] = leaf.docBase + d;
        }
      }
      int kept = (int) Math.min(seen, room);
      for (int k = 0; k < kept; k++) {
        out[n++] = ring[(int) ((seen - 1 - k) % room)];
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** The articles and events of the hits, in hit order, read from doc values where documents have them. */
  private static TextMatches matches(IndexSearcher s, int[] hits) throws IOException {
    String[] articleOf = new String[hits.length];
    String[] eventOf = new String[hits.length];
    Integer[] order = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      order[i] = i;
    }
    // Doc values iterate forwards, so the hits are read in document order, segment by segment.
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> hits[i]));
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    SortedDocValues articles = null;
    SortedDocValues events = null;
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    for (int i : order) {
      int doc = hits[i];
      int li = ReaderUtil.subIndex(doc, leaves);
      if (li != leafIndex) {
        leafIndex = li;
        leaf = leaves.get(li);
        articles = DocValues.getSorted(leaf.reader(), ARTICLE_VALUE);
        events = DocValues.getSorted(leaf.reader(), EVENT_VALUE);
      }
      int d = doc - leaf.docBase;
      if (articles.advanceExact(d)) {
        articleOf[i] = articles.lookupOrd(articles.ordValue()).utf8ToString();
        if (events.advanceExact(d)) {
          eventOf[i] = events.lookupOrd(events.ordValue()).utf8ToString();
        }
      } else {
        Document stored = s.storedFields().document(doc);
        articleOf[i] = stored.get(ARTICLE);
        if (!"article".equals(stored.get(KIND))) {
          eventOf[i] = stored.get(ID);
        }
      }
    }
    Set<String> articleIds = new LinkedHashSet<>();
    List<String> eventIds = new ArrayList<>();
    for (int i = 0; i < hits.length; i++) {
      if (eventOf[i] == null) {
        articleIds.add(articleOf[i]);
      } else {
        eventIds.add(eventOf[i]);
      }
    }
    return new TextMatches(new ArrayList<>(articleIds), eventIds);
  }

  @Override
  public void close() throws IOException {
    try (dir; writer; searchers) {
      writer.commit();
    }
  }
}
