package org.eventline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.eventline.source.SourceOptions;
import org.eventline.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real child process ingests a folder and a WARC and is killed with SIGKILL at random moments,
 * at least ten times; a last run resumes to the end. The store must then hold exactly what a clean,
 * uninterrupted run stores: the same articles, events, provenance and errors, nothing twice.
 */
class KillResumeTest {
  private static final int KILLS = 10;

  @TempDir Path dir;

  @Test
  // Twelve child JVMs: 141 s in a fresh clone's verify on 2 cores (2026-11-30), 287 s while other
  // builds shared those cores; the timeout catches a hung child, not a slow machine.
  @Timeout(600)
  void killedAtRandomMomentsAndResumedEqualsACleanRun() throws Exception {
    Path pages = dir.resolve("pages");
    Pages.writeFiles(pages, 0, 300);
    Files.write(pages.resolve("empty.html"), new byte[0]);
    Files.write(pages.resolve("junk.html"), new byte[] {0, 1, 2, 3, 0, 0, 0, (byte) 0xFF, 0, 9});
    // The WARC's pages differ from the folder's, or which copy is stored first would depend on timing.
    Path shifted = dir.resolve("crawl.warc.gz");
    shiftWarc(shifted);
    List<String> inputs = List.of(pages.toString(), shifted.toString());

    Path clean = dir.resolve("clean");
    try (EventStore store = EventStore.open(clean)) {
      Ingest.into(store, FakeCoder::code).threads(2).run(org.eventline.source.Sources.open(inputs, SourceOptions.defaults()));
    }

    Path killed = dir.resolve("killed");
    Random random = new Random(20160625);
    int kills = 0;
    int runs = 0;
    List<Long> storedAfterKill = new ArrayList<>();
    while (kills < KILLS && runs < 40) {
      runs++;
      Process p = child(killed, inputs, 10);
      // Kill after a random number of coded pages (the child prints a line for each), so the kill
      // falls mid-ingest whatever the machine's speed: between a page's coding and its storing,
      // or inside a store transaction.
      boolean finished = !killAfterLines(p, 1 + random.nextInt(40));
      if (!finished) {
        kills++;
        storedAfterKill.add(articles(killed));
      }
    }
    Process last = child(killed, inputs, 0);
    String output = new String(last.getInputStream().readAllBytes());
    assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).as(output).isZero();

    assertThat(kills).isGreaterThanOrEqualTo(KILLS);
    // The kills must land mid-ingest, not only before the first page or after the last.
    assertThat(storedAfterKill).as("articles stored after each kill").isSorted()
        .filteredOn(n -> n > 0 && n < 402).hasSizeGreaterThanOrEqualTo(KILLS / 2);
    assertThat(contents(killed)).isEqualTo(contents(clean));
    assertThat(contents(clean).get(0)).hasSize(402); // 300 pages + 2 bad files + 100 WARC pages
  }

  private Process child(Path data, List<String> inputs, int delayMs) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-Deventline.test.delayMs=" + delayMs, "-cp", System.getProperty("java.class.path"),
        IngestChild.class.getName(), data.toString()));
    cmd.addAll(inputs);
    return new ProcessBuilder(cmd).redirectErrorStream(true).start();
  }

  /** Reads the child's lines and SIGKILLs it after {@code n} "coded" lines; false if it ended first. */
  private static boolean killAfterLines(Process p, int n) throws IOException, InterruptedException {
    try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
      int seen = 0;
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.equals("coded") && ++seen >= n) {
          p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
          p.waitFor();
          return true;
        }
      }
    }
    p.waitFor();
    return false;
  }

  /** A WARC of pages 1000..1099, so no page repeats one in the folder. */
  private static void shiftWarc(Path file) throws IOException {
    List<org.netpreserve.jwarc.WarcResponse> records = new ArrayList<>();
    for (int n = 1000; n < 1100; n++) {
      records.add(Pages.response(Pages.url(n), "text/html; charset=utf-8", Pages.bytes(n)));
    }
    try (var w = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
        org.netpreserve.jwarc.WarcCompression.GZIP)) {
      for (var r : records) {
        w.write(r);
      }
    }
  }

  private static long articles(Path data) throws SQLException {
    if (!Files.exists(data.resolve(EventStore.FILE_NAME))) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.resolve(EventStore.FILE_NAME));
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      return 0; // killed before the schema was in place
    }
  }

  /** Every row that matters, sorted: articles, events, the ledger and the errors (without times). */
  private static List<List<String>> contents(Path data) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.resolve(EventStore.FILE_NAME));
        Statement st = c.createStatement()) {
      return List.of(
          rows(st, "SELECT id, file, url, title, published, md5(body), error FROM articles ORDER BY id"),
          rows(st, "SELECT id, article_id, sentence_text FROM events ORDER BY id"),
          rows(st, "SELECT content_hash, url, input, via, article_id FROM inputs ORDER BY content_hash, url"),
          rows(st, "SELECT input, stage, message FROM errors ORDER BY input, stage"));
    }
  }

  private static List<String> rows(Statement st, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(rs.getString(i)).append(" | ");
        }
        out.add(b.toString());
      }
    }
    return out;
  }
}
