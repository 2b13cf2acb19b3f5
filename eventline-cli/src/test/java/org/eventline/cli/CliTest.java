package org.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line end to end on the seed page, as a user runs it. */
class CliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path seed;

  record Run(int exit, String out, String err) {
    List<JsonNode> lines() throws IOException {
      List<JsonNode> out = new ArrayList<>();
      for (String l : this.out.split("\n")) {
        if (!l.isBlank()) {
          out.add(JSON.readTree(l));
        }
      }
      return out;
    }
  }

  @BeforeAll
  static void copySeed() throws IOException {
    seed = dir.resolve("alwaght-aleppo-2016.txt");
    try (InputStream in = CliTest.class.getResourceAsStream("/org/eventline/demo/alwaght-aleppo-2016.txt")) {
      Files.copy(in, seed);
    }
  }

  static Run run(String... args) {
    CommandLine cl = EventlineCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void helpListsEveryCommand() {
    Run r = run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("demo", "article", "events", "ingest", "serve", "export", "eval");
  }

  @Test
  void everyCommandHasHelp() {
    for (String c : List.of("demo", "article", "events", "ingest", "serve", "export", "eval", "eval-places")) {
      Run r = run(c, "--help");
      assertThat(r.exit()).as(c).isZero();
      assertThat(r.out()).as(c).contains("Usage: eventline " + c);
    }
  }

  @Test
  void articleOnSeedGivesContractFields() throws IOException {
    Run r = run("article", seed.toString());
    assertThat(r.exit()).isZero();
    JsonNode a = r.lines().get(0);
    assertThat(a.get("file").asText()).isEqualTo(seed.toString());
    assertThat(a.get("title").asText()).isEqualTo("Russia, Iran and Hezbollah jointly work to stabilize Syria’s Aleppo");
    assertThat(a.get("published").asText()).isEqualTo("2016-06-25T16:04");
    assertThat(a.get("source").asText()).isEqualTo("Al Waght");
    assertThat(a.get("site_story_id").asText()).isEqualTo("220344");
    assertThat(a.get("body").asText()).startsWith("Alwaght- The last effort")
        .doesNotContain("Your Name", "Your Email Address");
  }

  @Test
  void badPagesGiveAnErrorLineEachAndTheRunGoesOn() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.html"));
    Path junk = dir.resolve("junk.html");
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    Files.write(junk, bytes);
    Path missing = dir.resolve("missing.html");
    Run r = run("article", empty.toString(), junk.toString(), missing.toString(), seed.toString());
    assertThat(r.exit()).isEqualTo(1);
    List<JsonNode> lines = r.lines();
    assertThat(lines).hasSize(4);
    assertThat(lines.subList(0, 3)).allSatisfy(a -> assertThat(a.hasNonNull("error")).isTrue());
    assertThat(lines.get(3).has("error")).isFalse();
    assertThat(r.err().lines().filter(l -> l.startsWith("error:")).count()).isEqualTo(3);
  }

  @Test
  void eventsOnSeedAreJsonLinesInTheContractShape() throws IOException {
    Run r = run("events", seed.toString());
    assertThat(r.exit()).isZero();
    List<JsonNode> events = r.lines();
    assertThat(events).hasSizeGreaterThan(5);
    for (JsonNode e : events) {
      assertThat(e.get("article").get("file").asText()).isEqualTo(seed.toString());
      assertThat(e.get("type").asText()).isNotBlank();
      assertThat(e.get("status").asText()).isIn("asserted", "negated", "hypothetical");
      assertThat(e.get("source").get("code").asText()).isNotBlank();
      assertThat(e.get("sentence").get("text").asText()).isNotBlank();
      assertThat(e.has("where")).isTrue();
      assertThat(e.get("quad_class").asInt()).isBetween(1, 4);
    }
  }

  @Test
  void evalJsonReportsSeedScores() throws IOException {
    Path gold = dir.resolve("gold.json");
    try (InputStream in = CliTest.class.getResourceAsStream("/org/eventline/cli/seed-gold.json")) {
      Files.copy(in, gold, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Run r = run("eval", "--json", "--gold", gold.toString(), seed.toString());
    assertThat(r.exit()).isZero();
    JsonNode total = JSON.readTree(r.out()).get("total");
    assertThat(total.get("recall").asDouble()).isGreaterThanOrEqualTo(0.6);
    assertThat(total.get("precision").asDouble()).isGreaterThanOrEqualTo(0.6);
    assertThat(total.get("status_errors").asInt()).isZero();
  }

  @Test
  void ingestingTwiceStoresOnceAndExportReadsBack() throws IOException {
    Path data = dir.resolve("data");
    Run first = run("ingest", "--data", data.toString(), seed.toString());
    assertThat(first.exit()).isZero();
    assertThat(first.out()).contains("1 stored");
    Run second = run("ingest", "--data", data.toString(), seed.toString());
    assertThat(second.out()).contains("0 stored", "1 already stored");
    Path out = dir.resolve("events.jsonl");
    Run export = run("export", "--data", data.toString(), "--format", "jsonl", "--out", out.toString());
    assertThat(export.exit()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).isNotEmpty();
    assertThat(JSON.readTree(lines.get(0)).get("type").asText()).isNotBlank();
  }

  @Test
  void userDictionaryAddsAnActor() throws IOException {
    Path actors = Files.writeString(dir.resolve("my.actors.txt"), "ZOGRAVIAN_LIBERATION_FRONT [ZGVREB]\n");
    Path page = Files.writeString(dir.resolve("zog.txt"),
        "12 May 2021\n\nFront strikes\n\nThe Zogravian Liberation Front attacked Turkey on Monday.\n");
    Run r = run("events", "--actors", actors.toString(), page.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.lines()).anySatisfy(e -> {
      assertThat(e.get("type").asText()).isEqualTo("ASSAULT");
      assertThat(e.get("source").get("code").asText()).isEqualTo("ZGVREB");
      assertThat(e.get("target").get("country").asText()).isEqualTo("TUR");
    });
  }

  @Test
  void serverStartedByTheCliAnswersOverHttpAndRefusesWritesWithoutToken() throws Exception {
    Path data = dir.resolve("serve-data");
    assertThat(run("demo", "--no-serve", "--data", data.toString()).exit()).isZero();
    StringWriter out = new StringWriter();
    try (var store = org.eventline.store.EventStore.open(data);
        var server = ServeCommand.start(store, "127.0.0.1", 0, new PrintWriter(out))) {
      var http = java.net.http.HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port();
      var summary = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/summary")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(summary.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(summary.body()).get("articles").asInt()).isEqualTo(1);
      var post = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/pages?name=x.txt"))
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("hello")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(post.statusCode()).isEqualTo(401);
      assertThat(out.toString()).contains("http://127.0.0.1:" + server.port(), "Write token");
    }
  }

  @Test
  void demoWithoutServerStoresTheSeed() {
    Path data = dir.resolve("demo-data");
    Run r = run("demo", "--no-serve", "--data", data.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("1 articles").containsPattern("\\d+ events");
    assertThat(data.resolve("eventline.duckdb")).exists();
  }
}
