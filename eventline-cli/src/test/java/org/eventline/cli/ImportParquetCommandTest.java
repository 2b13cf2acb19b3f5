package org.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eventline.event.Event;
import org.eventline.store.EventQuery;
import org.eventline.store.EventStore;
import org.eventline.synth.SyntheticCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * import-parquet on a folder laid out as the Spark job lays out its output (tables partitioned by
 * day, Hive style), written here by DuckDB from synthetic records: no Spark and no NLP needed.
 */
class ImportParquetCommandTest {
  @TempDir Path dir;
  Path job;
  List<SyntheticCorpus.Item> items = new ArrayList<>();

  @BeforeEach
  void writeJobOutput() throws Exception {
    Path source = dir.resolve("source");
    try (EventStore store = EventStore.open(source)) {
      SyntheticCorpus corpus = new SyntheticCorpus(7, LocalDate.parse("2024-03-01"), 10);
      for (int i = 0; i < 20; i++) {
        SyntheticCorpus.Item item = corpus.next(20);
        items.add(item);
        store.store(item.article(), item.events());
      }
    }
    job = java.nio.file.Files.createDirectories(dir.resolve("job"));
    String db = source.resolve(EventStore.FILE_NAME).toString();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("ATTACH '" + db + "' AS s (READ_ONLY)");
      st.execute("COPY (SELECT * EXCLUDE (ingested_at), left(published, 10) AS date FROM s.articles) TO '"
          + job.resolve("articles") + "' (FORMAT parquet, PARTITION_BY (date))");
      st.execute("COPY (SELECT e.*, a.url AS article_url, a.title AS article_title FROM s.events e"
          + " LEFT JOIN s.articles a ON a.id = e.article_id) TO '" + job.resolve("events")
          + "' (FORMAT parquet, PARTITION_BY (event_date))");
      st.execute("COPY (SELECT 'crawl.warc.gz#12' AS input, 'page' AS stage, 'page crawl.warc.gz#12: empty' AS message,"
          + " '2024-03-18' AS date) TO '" + job.resolve("errors") + "' (FORMAT parquet, PARTITION_BY (date))");
    }
  }

  String[] run(String... args) {
    CommandLine cl = EventlineCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new String[] {Integer.toString(exit), out.toString(), err.toString()};
  }

  @Test
  void importsEveryArticleEventAndErrorOfTheJob() {
    Path data = dir.resolve("data");
    String[] r = run("import-parquet", job.toString(), "--data", data.toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    long events = items.stream().mapToLong(i -> i.events().size()).sum();
    assertThat(r[1]).contains("imported " + items.size() + " articles", String.format("%,d events", events));
    List<Event> expected;
    try (EventStore source = EventStore.open(dir.resolve("source"))) {
      expected = source.events(EventQuery.all());
    }
    try (EventStore store = EventStore.open(data)) {
      assertThat(store.summary().articles()).isEqualTo(items.size());
      assertThat(store.summary().events()).isEqualTo(events);
      assertThat(store.errorCount()).isEqualTo(1);
      assertThat(store.events(EventQuery.all())).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void importingTwiceAddsNothing() {
    Path data = dir.resolve("data");
    run("import-parquet", job.toString(), "--data", data.toString());
    String[] again = run("import-parquet", job.toString(), "--data", data.toString());
    assertThat(again[1]).contains("imported 0 articles", "(" + items.size() + " articles already stored)");
  }

  @Test
  void aFolderThatIsNotJobOutputIsRefusedWithTheReason() {
    String[] r = run("import-parquet", dir.toString(), "--data", dir.resolve("data").toString());
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("no articles/ and events/ tables");
  }
}
