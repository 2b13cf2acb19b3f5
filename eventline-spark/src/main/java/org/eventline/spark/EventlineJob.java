package org.eventline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_date;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark job: WARC files in, Parquet tables out.
 *
 * <pre>
 * spark-submit --class org.eventline.spark.EventlineJob eventline-spark-cluster.jar \
 *     s3a://bucket/cc-news/2024/08/ s3a://bucket/eventline/2024-08
 * </pre>
 *
 * <p>Writes under the output folder, each partitioned by day and replacing what was there:
 * {@code articles/} (the store's article columns, by {@code date} published), {@code events/} (one
 * row per coded report, GDELT's mentions, with the store's export columns, by {@code event_date}),
 * {@code aggregated_events/} (one row per distinct event with its counts), {@code stories/}
 * (article id to story id) and {@code errors/} (input, stage, message, by the {@code date} of the run).
 */
public final class EventlineJob {
  private EventlineJob() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: EventlineJob WARC_OR_DIR... OUTPUT_DIR\n"
          + "  WARC_OR_DIR: .warc/.warc.gz files or folders of them, on any file system Spark reaches");
      System.exit(2);
    }
    List<String> inputs = List.of(args).subList(0, args.length - 1);
    String output = args[args.length - 1];
    try (SparkSession spark = SparkSession.builder().appName("eventline").getOrCreate()) {
      Totals t = run(spark, inputs, output);
      System.out.println("eventline: " + t);
    }
  }

  /** Runs the job and returns its counts; {@code inputs} are expanded to WARC files on the driver. */
  public static Totals run(SparkSession spark, List<String> inputs, String output) {
    List<String> warcs = WarcFiles.expand(spark.sparkContext().hadoopConfiguration(), inputs);
    if (warcs.isEmpty()) {
      throw new IllegalArgumentException("no .warc or .warc.gz files in " + inputs);
    }
    Map<String, String> hadoop = new HashMap<>();
    spark.sparkContext().hadoopConfiguration().forEach(e -> hadoop.put(e.getKey(), e.getValue()));
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // One partition per WARC: a file is the unit a task reads start to end, and a failed task redoes one file.
    JavaRDD<String> files = jsc.parallelize(warcs, warcs.size());
    Dataset<Row> coded = spark.createDataset(files.rdd(), Encoders.STRING())
        .mapPartitions(new WarcCoder(hadoop), Encoders.row(Tables.CODED))
        .persist(StorageLevel.MEMORY_AND_DISK());

    // A page seen twice (two crawls of one URL) is one article, as the store keeps the first.
    Dataset<Row> articleRows = coded.where(col("article").isNotNull())
        .select(col("article.*"), col("shingles"), col("signature"), col("band_keys"))
        .dropDuplicates("id");
    Dataset<Row> articles = articleRows.select(columns(Tables.ARTICLE.fieldNames()))
        .withColumn("date", day(col("published")));
    Dataset<Row> events = coded.select(explode(col("events")).as("e")).select("e.*").dropDuplicates("id");
    Dataset<Row> errors = coded.where(col("message").isNotNull())
        .select(col("input"), col("stage"), col("message")).withColumn("date", current_date().cast("string"));
    Dataset<Row> stories = StoryClusters.of(articleRows).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> aggregated = EventAggregation.of(events, articleRows, stories);

    Dataset<Row> titles = articles.select(col("id").as("t_id"), col("url").as("article_url"),
        col("title").as("article_title"));
    Dataset<Row> exported = events.join(titles, events.col("article_id").equalTo(titles.col("t_id")), "left")
        .select(columns(Tables.eventExportColumns().toArray(String[]::new)));

    write(articles, output + "/articles", "date");
    write(exported, output + "/events", "event_date");
    write(aggregated, output + "/aggregated_events", "event_date");
    write(stories, output + "/stories", null);
    write(errors, output + "/errors", "date");
    Totals totals = new Totals(warcs.size(), coded.count(), articles.count(), exported.count(),
        aggregated.count(), stories.select("story_id").distinct().count(), errors.count());
    coded.unpersist();
    stories.unpersist();
    return totals;
  }

  private static void write(Dataset<Row> table, String path, String partition) {
    var writer = table.write().mode(SaveMode.Overwrite);
    if (partition != null) {
      writer = writer.partitionBy(partition);
    }
    writer.parquet(path);
  }

  /** The day of an ISO date or date-time, or null when it does not start with one. */
  private static Column day(Column published) {
    Column d = regexp_extract(published, "^(\\d{4}-\\d{2}-\\d{2})", 1);
    return when(d.notEqual(""), d);
  }

  private static Column[] columns(String[] names) {
    List<Column> out = new ArrayList<>();
    for (String n : names) {
      out.add(col(n));
    }
    return out.toArray(Column[]::new);
  }

  /**
   * What a run made.
   *
   * @param inputs records and failed inputs read, one per page or failure
   */
  public record Totals(int warcs, long inputs, long articles, long events, long aggregatedEvents, long stories,
      long errors) {}
}
