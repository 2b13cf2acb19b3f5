package org.eventline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;
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

  private final FSDirectory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final StandardAnalyzer analyzer = new StandardAnalyzer();

  private TextIndex(FSDirectory dir, IndexWriter writer, SearcherManager searchers) {
    this.dir = dir;
    this.writer = writer;
    this.searchers = searchers;
  }

  static TextIndex open(Path folder) throws IOException {
    FSDirectory dir = FSDirectory.open(folder);
    IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64));
    return new TextIndex(dir, writer, new SearcherManager(writer, null));
  }

  boolean isEmpty() {
    return writer.getDocStats().numDocs == 0;
  }

  /** Replaces what the index holds for this article; {@link #commit} makes it durable and searchable. */
  void add(Article article, List<Event> events) throws IOException {
    writer.deleteDocuments(new Term(ARTICLE, article.id()));
    Document a = new Document();
    a.add(new StringField(KIND, "article", Field.Store.YES));
    a.add(new StringField(ID, article.id(), Field.Store.YES));
    a.add(new StringField(ARTICLE, article.id(), Field.Store.YES));
    a.add(new TextField(TEXT, (article.title() == null ? "" : article.title() + "\n") + article.body(), Field.Store.NO));
    writer.addDocument(a);
    for (Event e : events) {
      addSentence(e);
    }
  }

  /** Indexes one event's sentence alone, for events whose article is indexed elsewhere or not at all. */
  void addSentence(Event e) throws IOException {
    Document s = new Document();
    s.add(new StringField(KIND, "sentence", Field.Store.YES));
    s.add(new StringField(ID, e.id(), Field.Store.YES));
    s.add(new StringField(ARTICLE, e.articleId(), Field.Store.YES));
    s.add(new TextField(TEXT, e.sentence().text() == null ? "" : e.sentence().text(), Field.Store.NO));
    writer.addDocument(s);
  }

  void commit() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  TextMatches search(String text) {
    return search(text, null);
  }

  /**
   * @param latestFirst null keeps the best-scoring {@link #MAX_HITS} hits; true the latest indexed,
   *     false the earliest. A date-sorted page asks for the end of the index its sort starts from:
   *     articles are indexed as they arrive, so its first pages are among those hits, where the
   *     best-scoring ones (ties in index order) would be the oldest and leave a newest-first page
   *     scanning the whole table for them
   */
  TextMatches search(String text, Boolean latestFirst) {
    return search(text, latestFirst, MAX_HITS);
  }

  /** Like {@link #search(String, Boolean)}, keeping at most {@code max} hits (reading each costs). */
  TextMatches search(String text, Boolean latestFirst, int max) {
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(TEXT, 1f));
    // Every word must match, as in a search box: "aleppo ceasefire" narrows, it does not widen.
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query q = parser.parse(text);
    try {
      IndexSearcher s = searchers.acquire();
      try {
        Set<String> articles = new LinkedHashSet<>();
        List<String> events = new ArrayList<>();
        for (ScoreDoc hit : (latestFirst == null ? s.search(q, max)
            : s.search(q, max, new Sort(new SortField(null, SortField.Type.DOC, latestFirst)))).scoreDocs) {
          Document d = s.storedFields().document(hit.doc);
          if ("article".equals(d.get(KIND))) {
            articles.add(d.get(ARTICLE));
          } else {
            events.add(d.get(ID));
          }
        }
        return new TextMatches(new ArrayList<>(articles), events);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("text index: cannot search for '" + text + "'", e);
    }
  }

  @Override
  public void close() throws IOException {
    try (dir; writer; searchers) {
      writer.commit();
    }
  }
}
