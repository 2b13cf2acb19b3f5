package org.eventline.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.eventline.article.Article;
import org.eventline.dedup.EventAggregator;
import org.eventline.event.Event;
import org.eventline.event.Participant;
import org.eventline.event.SentenceRef;
import org.eventline.geo.Place;

/**
 * The shapes of the job's rows. Article and event columns are named, ordered and typed as the
 * embedded store's {@code articles} and {@code events} tables (see the store's {@code V1.sql}), so
 * a Parquet export from either reads the same; quad_class is an INT here because Spark has no
 * unsigned TINYINT worth the cast.
 */
final class Tables {
  static final StructType ARTICLE = createStructType(new StructField[] {
      str("id"), str("file"), str("url"), str("canonical_url"), str("title"), str("published"), str("crawled"),
      str("author"), str("source"), str("site"), str("site_story_id"), str("language"), str("body"), str("error")});

  static final StructType EVENT = createStructType(new StructField[] {
      str("id"), str("article_id"), str("event_date"), str("type"), str("mode"), str("cameo"),
      field("quad_class", IntegerType), field("goldstein", DoubleType), str("status"),
      str("source_text"), str("source_name"), str("source_code"), str("source_country"), str("source_kind"),
      str("target_text"), str("target_name"), str("target_code"), str("target_country"), str("target_kind"),
      str("where_text"), str("where_name"), str("where_country"), field("where_lat", DoubleType),
      field("where_lon", DoubleType), field("where_geonames_id", LongType), str("where_kind"), str("where_how"),
      field("sentence_index", IntegerType), str("sentence_text"), field("sentence_start", IntegerType),
      field("sentence_end", IntegerType), field("confidence", DoubleType),
      // Not a store column: what makes two reports one event (EventAggregator's key); dropped on write.
      str("aggregate_key")});

  /**
   * One input as the executors hand it back: the article (null when the page could not be had),
   * its events, its near-duplicate fingerprint, and the error with its stage as the ingest names them.
   */
  static final StructType CODED = createStructType(new StructField[] {
      str("input"), str("stage"), str("message"),
      field("article", ARTICLE), field("events", createArrayType(EVENT)),
      field("shingles", IntegerType), field("signature", createArrayType(IntegerType)),
      field("band_keys", createArrayType(LongType))});

  private Tables() {}

  static Row article(Article a) {
    return RowFactory.create(a.id(), a.file(), a.url(), a.canonicalUrl(), a.title(), a.published(), a.crawled(),
        a.author(), a.source(), a.site(), a.siteStoryId(), a.language(), a.body(), a.error());
  }

  static Row event(Event e) {
    Participant s = e.source();
    Participant t = e.target() != null ? e.target() : new Participant(null, null, null, null, null);
    Place w = e.where() != null ? e.where() : new Place(null, null, null, null, null, null, null, null);
    SentenceRef r = e.sentence();
    return RowFactory.create(e.id(), e.articleId(), e.date(), e.type().name(), e.mode(), e.cameo(), e.quadClass(),
        e.goldstein(), e.status().label(),
        s.text(), s.name(), s.code(), s.country(), s.kind(),
        t.text(), t.name(), t.code(), t.country(), t.kind(),
        w.text(), w.name(), w.country(), w.lat(), w.lon(), w.geonamesId(), w.kind(), w.how(),
        r.index(), r.text(), r.start(), r.end(), e.confidence(), EventAggregator.key(e));
  }

  /** The event columns the store exports, in its order: the event's own, then its article's URL and title. */
  static List<String> eventExportColumns() {
    List<String> out = new ArrayList<>(List.of(EVENT.fieldNames()));
    out.remove("aggregate_key");
    out.add("article_url");
    out.add("article_title");
    return out;
  }

  /** A list as a Row holds an array column: Spark's row encoder takes Scala sequences, not Java lists. */
  static scala.collection.Seq<?> seq(List<?> list) {
    return scala.collection.JavaConverters.asScalaBuffer(list);
  }

  private static StructField str(String name) {
    return field(name, StringType);
  }

  private static StructField field(String name, DataType type) {
    return createStructField(name, type, true);
  }
}
