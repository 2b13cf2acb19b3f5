package org.eventline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.eventline.event.Event;
import org.eventline.pipeline.Pipeline;
import org.eventline.store.EventStore;
import org.eventline.store.ExportFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job end to end on {@code local[2]}: two WARC files built here, coded once for the whole class
 * (CoreNLP loads once, in this JVM, which is also the executors'), against the same pages coded as
 * HTML files the way {@code eventline events} codes them.
 */
class EventlineJobTest {
  @TempDir static Path dir;
  static SparkSession spark;
  static EventlineJob.Totals totals;
  static Path out;
  static List<Pipeline.Coded> cli = new ArrayList<>();

  @BeforeAll
  static void runJob() throws Exception {
    Path warcs = Files.createDirectories(dir.resolve("warcs"));
    NewsPages.warc(warcs.resolve("a.warc.gz"), List.of(NewsPages.VISIT, NewsPages.SANCTIONS));
    NewsPages.warc(warcs.resolve("b.warc.gz"), List.of(NewsPages.REPOST, NewsPages.TALKS));
    // A download cut short inside its first record.
    byte[] whole = Files.readAllBytes(warcs.resolve("a.warc.gz"));
    Files.write(warcs.resolve("c.warc.gz"), java.util.Arrays.copyOf(whole, 200));
    Path pages = Files.createDirectories(dir.resolve("pages"));
    for (int i = 0; i < NewsPages.ALL.size(); i++) {
      // What EventsCommand does for each PAGE: Pipeline.code(Path), the same shared pipeline.
      cli.add(Pipeline.shared().code(NewsPages.html(pages, i, NewsPages.ALL.get(i))));
    }
    spark = SparkSession.builder().master("local[2]").appName("eventline-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    out = dir.resolve("out");
    totals = EventlineJob.run(spark, List.of(warcs.toString()), out.toString());
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void parquetEventsEqualTheCliEventsRowForRow() {
    // Keyed by id, the last one winning, as the store's upsert keeps them.
    Map<String, String> byId = new java.util.LinkedHashMap<>();
    cli.stream().flatMap(c -> c.events().stream()).forEach(e -> byId.put(e.id(), describe(e)));
    List<String> expected = byId.values().stream().sorted().toList();
    List<String> actual = spark.read().parquet(out.resolve("events").toString()).collectAsList().stream()
        .map(EventlineJobTest::describe).sorted().toList();
    assertThat(expected).isNotEmpty();
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void everyArticleNamesItsWarcAndRecordOffset() {
    List<Row> articles = spark.read().parquet(out.resolve("articles").toString()).collectAsList();
    assertThat(articles).hasSize(4);
    assertThat(articles).allSatisfy(a -> assertThat(a.<String>getAs("file"))
        .matches("/.*/warcs/[ab]\\.warc\\.gz#\\d+"));
    Set<String> ids = articles.stream().map(a -> a.<String>getAs("id")).collect(Collectors.toSet());
    assertThat(ids).isEqualTo(cli.stream().map(c -> c.article().id()).collect(Collectors.toSet()));
  }

  @Test
  void notFoundResponsesAreSkippedNotErrors() {
    List<Row> errors = spark.read().parquet(out.resolve("errors").toString()).collectAsList();
    assertThat(errors).noneSatisfy(e -> assertThat(e.<String>getAs("input")).matches(".*/[ab]\\.warc\\.gz.*"));
  }

  @Test
  void aTruncatedWarcIsAnErrorRowAndTheJobGoesOn() {
    List<Row> errors = spark.read().parquet(out.resolve("errors").toString()).collectAsList();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.<String>getAs("input")).matches("/.*/warcs/c\\.warc\\.gz#\\d+");
      assertThat(e.<String>getAs("stage")).isEqualTo("source");
      assertThat(e.<String>getAs("message")).contains("the rest of the file was skipped");
    });
    assertThat(totals.warcs()).isEqualTo(3);
  }

  @Test
  void eventsHaveTheColumnsOfTheStoresParquetExport() throws Exception {
    Path data = dir.resolve("store");
    Path export = dir.resolve("store-events.parquet");
    try (EventStore store = EventStore.open(data)) {
      for (Pipeline.Coded c : cli) {
        store.store(c.article(), c.events());
      }
      store.export(ExportFormat.PARQUET, export);
    }
    Set<String> storeColumns = Set.of(spark.read().parquet(export.toString()).columns());
    Set<String> jobColumns = Set.of(spark.read().parquet(out.resolve("events").toString()).columns());
    assertThat(jobColumns).isEqualTo(storeColumns);
  }

  @Test
  void aRepostJoinsTheStoryOfItsOriginal() {
    Map<String, String> storyOf = new java.util.HashMap<>();
    for (Row r : spark.read().parquet(out.resolve("stories").toString()).collectAsList()) {
      storyOf.put(r.getAs("article_id"), r.getAs("story_id"));
    }
    String original = cli.get(0).article().id();
    String repost = cli.get(1).article().id();
    assertThat(storyOf.get(repost)).isEqualTo(original);
    assertThat(storyOf.get(original)).isEqualTo(original);
    assertThat(new HashSet<>(storyOf.values())).hasSize(3);
  }

  @Test
  void eventsReportedByOriginalAndRepostAggregateToOneStory() {
    List<Row> shared = spark.read().parquet(out.resolve("aggregated_events").toString())
        .where("num_articles = 2").collectAsList();
    assertThat(shared).isNotEmpty();
    assertThat(shared).allSatisfy(r -> {
      assertThat(r.<Integer>getAs("num_stories")).isEqualTo(1);
      assertThat(r.<Integer>getAs("num_sources")).isEqualTo(2);
    });
  }

  /** What must be equal: id, type, mode, codes, status, date and the sentence. */
  private static String describe(Event e) {
    return String.join("|", e.id(), e.type().name(), String.valueOf(e.cameo()), e.status().label(),
        String.valueOf(e.source().code()), e.target() == null ? "null" : String.valueOf(e.target().code()),
        String.valueOf(e.date()), String.valueOf(e.sentence().index()), e.sentence().text());
  }

  private static String describe(Row r) {
    return String.join("|", r.getAs("id"), r.getAs("type"), String.valueOf(r.<String>getAs("cameo")),
        r.getAs("status"), String.valueOf(r.<String>getAs("source_code")),
        String.valueOf(r.<String>getAs("target_code")), String.valueOf(r.<String>getAs("event_date")),
        String.valueOf(r.<Integer>getAs("sentence_index")), r.getAs("sentence_text"));
  }

}
