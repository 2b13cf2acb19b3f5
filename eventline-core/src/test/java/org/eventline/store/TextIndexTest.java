package org.eventline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.eventline.article.Article;
import org.eventline.event.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text index reads hits without a search over every match and ids without stored documents;
 * both must give exactly what the plain Lucene calls give, on indexes of many segments, with
 * deleted documents, and with documents written before the ids had doc values.
 */
class TextIndexTest {
  @TempDir Path dir;

  @Test
  void hitsInIndexOrderEqualASearchSortedByDocument() throws Exception {
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer())
            .setMaxBufferedDocs(50).setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int i = 0; i < 2000; i++) {
        Document doc = new Document();
        doc.add(new StringField("id", "d" + i, Field.Store.NO));
        doc.add(new TextField("text", (i % 3 == 0 ? "damascus talks " : "kabul ") + (i % 7 == 0 ? "ceasefire" : ""),
            Field.Store.NO));
        w.addDocument(doc);
        if (i % 11 == 0) {
          w.deleteDocuments(new Term("id", "d" + (i / 2)));
        }
      }
      w.commit();
      try (DirectoryReader r = DirectoryReader.open(d)) {
        IndexSearcher s = new IndexSearcher(r);
        assertThat(r.leaves()).hasSizeGreaterThan(5);
        PhraseQuery phrase = new PhraseQuery("text", "damascus", "talks");
        Query both = new BooleanQuery.Builder()
            .add(new TermQuery(new Term("text", "damascus")), BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term("text", "ceasefire")), BooleanClause.Occur.MUST).build();
        for (Query q : List.of(new TermQuery(new Term("text", "kabul")), phrase, both,
            new TermQuery(new Term("text", "nowhere")))) {
          for (int max : new int[] {1, 7, 100, 1000, 5000}) {
            for (boolean latestFirst : new boolean[] {true, false}) {
              ScoreDoc[] expected = s.search(q, max, new Sort(new SortField(null, SortField.Type.DOC, latestFirst))).scoreDocs;
              int[] want = Arrays.stream(expected).mapToInt(h -> h.doc).toArray();
              assertThat(TextIndex.inIndexOrder(s, q, max, latestFirst)).as(q + " " + max + " " + latestFirst)
                  .containsExactly(want);
            }
          }
        }
      }
    }
  }

  @Test
  void idsComeFromDocValuesOrFromStoredFieldsOfOlderDocuments() throws Exception {
    Path folder = dir.resolve("lucene");
    // Documents as an index written before the doc values held them: kind, id and article stored only.
    try (FSDirectory d = FSDirectory.open(folder);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      w.addDocument(oldDocument("article", "old-a", "old-a", "Talks in Damascus"));
      w.addDocument(oldDocument("sentence", "old-a-1", "old-a", "Lavrov met Assad in Damascus"));
      w.commit();
    }
    try (TextIndex index = TextIndex.open(folder)) {
      Article a = Fixtures.article("new-a", "Damascus ceasefire", "2016-07-01");
      index.add(a, List.of(Fixtures.event("new-a-1", "new-a", "2016-07-01", EventType.CONSULT,
          Fixtures.RUSSIA, Fixtures.SYRIA)));
      index.commit();
      // The old documents sit in their own segment, the new ones in the next.
      for (Boolean latestFirst : Arrays.asList(null, true, false)) {
        TextMatches m = index.search("damascus", latestFirst, 100);
        assertThat(m.articleIds()).as("%s", latestFirst).containsExactlyInAnyOrder("old-a", "new-a");
        assertThat(m.eventIds()).as("%s", latestFirst).containsExactlyInAnyOrder("old-a-1");
        TextMatches sentence = index.search("\"sentence of new-a-1\"", latestFirst, 100);
        assertThat(sentence.eventIds()).containsExactly("new-a-1");
        assertThat(sentence.articleIds()).isEmpty();
      }
      assertThat(index.search("damascus", true, 2).articleIds()).containsExactly("new-a");
      assertThat(index.search("damascus", false, 2).articleIds()).containsExactly("old-a");
      assertThat(index.search("damascus", false, 2).eventIds()).containsExactly("old-a-1");
    }
  }

  @Test
  void facetsKeepOnlyHitsWhoseEventsCanMatchTheFilters() throws Exception {
    Path folder = dir.resolve("lucene");
    try (TextIndex index = TextIndex.open(folder)) {
      assertThat(index.hasFacets()).isTrue();
      index.add(Fixtures.article("talks", "Damascus talks", "2016-07-01"), List.of(
          Fixtures.event("talks-1", "talks", "2016-07-01", EventType.CONSULT, Fixtures.RUSSIA, Fixtures.SYRIA)));
      // A bulk load's article: text and its events' facets, no sentence documents.
      index.addArticle(Fixtures.article("raid", "Damascus raid", "2016-07-02"),
          TextIndex.facetsOf(Fixtures.event("raid-1", "raid", "2016-07-02", EventType.ASSAULT, Fixtures.NUSRA, Fixtures.SYRIA)));
      index.commit();
      List<String> assault = TextIndex.facetsOf(EventQuery.all().withType(EventType.ASSAULT));
      List<String> consult = TextIndex.facetsOf(EventQuery.all().withType(EventType.CONSULT));
      for (Boolean latestFirst : Arrays.asList(null, true, false)) {
        assertThat(index.search("damascus", List.of(), latestFirst, 100).articleIds()).containsExactlyInAnyOrder("talks", "raid");
        TextMatches raids = index.search("damascus", assault, latestFirst, 100);
        assertThat(raids.articleIds()).containsExactly("raid");
        assertThat(raids.eventIds()).isEmpty();
        TextMatches talks = index.search("damascus", consult, latestFirst, 100);
        assertThat(talks.articleIds()).containsExactly("talks");
        assertThat(index.search("\"sentence of talks-1\"", consult, latestFirst, 100).eventIds()).containsExactly("talks-1");
        assertThat(index.search("\"sentence of talks-1\"", assault, latestFirst, 100).eventIds()).isEmpty();
        // A filter no event meets leaves nothing; all three filters together still find the talks.
        assertThat(index.search("damascus", TextIndex.facetsOf(EventQuery.all().withQuadClass(4)), latestFirst, 100)
            .articleIds()).isEmpty();
        assertThat(index.search("damascus", TextIndex.facetsOf(EventQuery.all().withType(EventType.CONSULT)
            .withQuadClass(1).withStatus(org.eventline.event.EventStatus.ASSERTED)), latestFirst, 100).articleIds())
            .containsExactly("talks");
      }
    }
    // The index says it holds facets after a reopen.
    try (TextIndex index = TextIndex.open(folder)) {
      assertThat(index.hasFacets()).isTrue();
      assertThat(index.search("damascus", TextIndex.facetsOf(EventQuery.all().withType(EventType.ASSAULT)), true, 100)
          .articleIds()).containsExactly("raid");
    }
  }

  @Test
  void anIndexWrittenBeforeFacetsIsSearchedWithoutThem() throws Exception {
    Path folder = dir.resolve("lucene");
    try (FSDirectory d = FSDirectory.open(folder);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      w.addDocument(oldDocument("article", "old-a", "old-a", "Talks in Damascus"));
      w.commit();
    }
    try (TextIndex index = TextIndex.open(folder)) {
      assertThat(index.hasFacets()).isFalse();
      // Its documents carry no facets, so a filter must not hide them: DuckDB applies it instead.
      assertThat(index.search("damascus", TextIndex.facetsOf(EventQuery.all().withType(EventType.ASSAULT)), true, 100)
          .articleIds()).containsExactly("old-a");
      index.add(Fixtures.article("new-a", "Damascus ceasefire", "2016-07-01"), List.of());
      index.commit();
    }
    try (TextIndex index = TextIndex.open(folder)) {
      assertThat(index.hasFacets()).isFalse();
    }
  }

  private static Document oldDocument(String kind, String id, String article, String text) {
    Document d = new Document();
    d.add(new StringField("kind", kind, Field.Store.YES));
    d.add(new StringField("id", id, Field.Store.YES));
    d.add(new StringField("article", article, Field.Store.YES));
    d.add(new TextField("text", text, Field.Store.NO));
    return d;
  }
}
