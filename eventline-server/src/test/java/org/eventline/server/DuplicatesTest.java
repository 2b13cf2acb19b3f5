package org.eventline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventline.ingest.Ingest;
import org.eventline.json.EventJson;
import org.eventline.pipeline.Pipeline;
import org.eventline.source.SourceOptions;
import org.eventline.source.Sources;
import org.eventline.store.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reposts through the whole local path: pages ingested with the real pipeline in two runs, stored,
 * and read back over HTTP. The seed is theiranproject.com's repost of an Alwaght story ("By Al
 * Waght"); the variants are made from it here.
 */
class DuplicatesTest {
  @TempDir static Path dir;
  private static String seed;

  @BeforeAll
  static void readSeed() throws IOException {
    try (InputStream in = DuplicatesTest.class.getResourceAsStream("/org/eventline/demo/alwaght-aleppo-2016.txt")) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The story as Alwaght would print it: its own menu and URL, no credit line, no comment form, and
   * no "Alwaght-" dateline (a copy with the very same title and body would be the same article).
   */
  private static String alwaghtOriginal() {
    String page = seed.replace("https://theiranproject.com/vdcee78wejh8wxi.1kbj.html",
        "https://alwaght.net/en/News/55931/Russia-Iran-Hezbollah-Aleppo").replace("Alwaght- The last", "The last");
    page = page.replace("By Al Waght\n", "");
    int form = page.indexOf("Your Name");
    return "Alwaght | News & Analysis\nHome  Politics  Middle East  Reports\n" + (form > 0 ? page.substring(0, form) : page);
  }

  /** Another site's shortened copy under another title: the first half of the paragraphs. */
  private static String shortenedCopy() {
    String[] lines = alwaghtOriginal().split("\n");
    StringBuilder b = new StringBuilder();
    int keep = lines.length / 2;
    for (int i = 0; i < keep; i++) {
      String line = lines[i].startsWith("Russia, Iran and Hezbollah") ? "Aleppo: the allies close ranks" : lines[i];
      b.append(line.replace("alwaght.net/en/News/55931/Russia-Iran-Hezbollah-Aleppo", "mideast-digest.example/aleppo-allies"))
          .append('\n');
    }
    return b.toString();
  }

  private static final String OTHER = """
      29 Nov 2016
      Tuesday 29 November 2016 - 10:12

      Syrian army advances in eastern Aleppo

      Syrian army troops backed by Russian airstrikes pushed into the eastern districts of Aleppo on
      Tuesday, a monitoring group said, as al-Nusra Front fighters withdrew from positions they had held
      since the summer. The Syrian government said the advance opened a corridor for civilians to leave
      the besieged neighbourhoods. Iran's foreign ministry welcomed the gains and called for talks in
      Geneva to resume, while Turkey warned that a new wave of refugees was heading for its border.

      https://levant-wire.example/2016/11/29/aleppo-advance
      """;

  private static Path write(String name, String text) throws IOException {
    Path p = dir.resolve("pages").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static void ingest(Path data, boolean resume, Path... pages) {
    try (EventStore store = EventStore.open(data)) {
      Ingest.into(store, Pipeline.shared()::code).threads(1).resume(resume)
          .run(Sources.open(java.util.Arrays.stream(pages).map(Path::toString).toList(), SourceOptions.defaults()));
    }
  }

  private static JsonNode get(EventlineServer server, String path) throws Exception {
    HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return EventJson.MAPPER.readTree(r.body());
  }

  private static String html(EventlineServer server, String path) throws Exception {
    return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  @Test
  void repostsBoilerplateAndShortenedCopiesAreOneStoryAcrossRunsAndCountOnce() throws Exception {
    Path data = dir.resolve("data");
    Path repost = write("theiranproject-repost.txt", seed);
    Path other = write("levant-wire.txt", OTHER);
    Path original = write("alwaght-original.txt", alwaghtOriginal());
    Path shortened = write("mideast-digest-short.txt", shortenedCopy());
    ingest(data, false, repost, other);
    ingest(data, false, original, shortened);
    ingest(data, true, repost, other, original, shortened); // a resume over everything adds nothing

    try (EventStore store = EventStore.open(data); EventlineServer server = EventlineServer.start(store, null, 0)) {
      assertThat(store.summary().articles()).isEqualTo(4);
      Map<String, JsonNode> byFile = new HashMap<>();
      for (JsonNode e : get(server, "/api/events?limit=1000").get("events")) {
        byFile.putIfAbsent(Path.of(e.at("/article/file").asText()).getFileName().toString(), e.get("article"));
      }
      String repostId = byFile.get("theiranproject-repost.txt").get("id").asText();
      String originalId = byFile.get("alwaght-original.txt").get("id").asText();
      String shortId = byFile.get("mideast-digest-short.txt").get("id").asText();
      String otherId = byFile.get("levant-wire.txt").get("id").asText();

      JsonNode story = get(server, "/api/articles/" + shortId).get("story");
      assertThat(story.get("original_id").asText()).isEqualTo(originalId); // credited by the repost
      assertThat(story.get("is_original").asBoolean()).isFalse();
      List<String> members = new java.util.ArrayList<>();
      story.get("articles").forEach(a -> members.add(a.get("id").asText()));
      assertThat(members).containsExactlyInAnyOrder(originalId, repostId, shortId);
      assertThat(members.get(0)).isEqualTo(originalId);
      assertThat(get(server, "/api/articles/" + originalId).at("/story/is_original").asBoolean()).isTrue();
      assertThat(get(server, "/api/articles/" + otherId).at("/story/articles")).hasSize(1);

      // Each event of the repost is reported as often as the repost and the original (and the
      // short copy, for its first half) mention it, but by one article from one source.
      JsonNode repostEvents = get(server, "/api/articles/" + repostId).get("events");
      assertThat(repostEvents).isNotEmpty();
      for (JsonNode e : repostEvents) {
        JsonNode m = get(server, "/api/events/" + e.get("id").asText() + "/mentions");
        long inRepost = count(m, repostId);
        assertThat(count(m, originalId)).as(e.get("event_key").asText()).isEqualTo(inRepost);
        assertThat(e.get("num_mentions").asInt()).isEqualTo(m.get("mentions").size())
            .isEqualTo((int) (2 * inRepost + count(m, shortId)));
        assertThat(e.get("num_articles").asInt()).isEqualTo(1);
        assertThat(e.get("num_sources").asInt()).isEqualTo(1);
      }

      String page = html(server, "/articles/" + repostId);
      assertThat(page).contains("Repost of <a href=\"/articles/" + originalId + "\">").contains("mentions in 1 article from 1 source");
      assertThat(html(server, "/articles/" + originalId)).contains("Also published by");
    }
  }

  private static long count(JsonNode mentions, String articleId) {
    long n = 0;
    for (JsonNode m : mentions.get("mentions")) {
      if (m.at("/article/id").asText().equals(articleId)) {
        n++;
      }
    }
    return n;
  }
}
