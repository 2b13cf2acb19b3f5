package org.eventline.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The core's {@code EventAggregator} as one group-by over the data set: reports sharing its key
 * (date, type, status, sides, place) are one event, counted by mentions, articles, publishing sites
 * and stories. The event standing for the group is its first report in (article, sentence, id)
 * order: the core takes the first in input order, which a cluster does not have.
 */
final class EventAggregation {
  private EventAggregation() {}

  /**
   * @param events event rows with {@code aggregate_key}
   * @param articles article rows (id, site)
   * @param stories rows {@code article_id, story_id}
   */
  static Dataset<Row> of(Dataset<Row> events, Dataset<Row> articles, Dataset<Row> stories) {
    Dataset<Row> sites = articles.select(col("id").as("a_id"), col("site").as("a_site"));
    Dataset<Row> storyOf = stories.select(col("article_id").as("s_article"), col("story_id"));
    Column publisher = coalesce(regexp_replace(lower(col("a_site")), "^www\\.", ""),
        concat(lit("article:"), col("article_id")));
    Dataset<Row> reports = events
        .join(sites, events.col("article_id").equalTo(sites.col("a_id")), "left")
        .join(storyOf, events.col("article_id").equalTo(storyOf.col("s_article")), "left")
        .withColumn("publisher", publisher)
        .withColumn("story", coalesce(col("story_id"), col("article_id")));
    List<Column> first = new ArrayList<>();
    // Struct order decides min(): the sort columns first, then every event column to carry along.
    first.add(col("article_id").as("o_article"));
    first.add(col("sentence_index").as("o_sentence"));
    first.add(col("id").as("o_id"));
    List<String> eventColumns = new ArrayList<>();
    for (String c : Tables.EVENT.fieldNames()) {
      if (!c.equals("aggregate_key")) {
        first.add(col(c));
        eventColumns.add(c);
      }
    }
    Dataset<Row> grouped = reports.groupBy("aggregate_key").agg(
        min(struct(first.toArray(Column[]::new))).as("first"),
        array_sort(collect_list("id")).as("mention_ids"),
        count(lit(1)).cast("int").as("num_mentions"),
        countDistinct("article_id").cast("int").as("num_articles"),
        countDistinct("publisher").cast("int").as("num_sources"),
        countDistinct("story").cast("int").as("num_stories"));
    List<Column> out = new ArrayList<>();
    out.add(col("aggregate_key"));
    for (String c : eventColumns) {
      out.add(col("first." + c).as(c));
    }
    for (String c : List.of("mention_ids", "num_mentions", "num_articles", "num_sources", "num_stories")) {
      out.add(col(c));
    }
    return grouped.select(out.toArray(Column[]::new));
  }
}
