package org.eventline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventline.source.SourceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's promises: provenance on every article, nothing stored twice, counts that add up. */
class IngestTest {
  @TempDir Path dir;

  @Test
  void sameInputTwiceStoresNothingNew() {
    Pages.writeFiles(dir.resolve("pages"), 0, 20);
    Path warc = Pages.warc(dir.resolve("crawl.warc.gz"), 5, 0);
    Harness.Result first = Harness.ingest(dir.resolve("data"), SourceOptions.defaults(), dir.resolve("pages"), warc);
    Harness.Result second = Harness.ingest(dir.resolve("data"), SourceOptions.defaults(), dir.resolve("pages"), warc);
    assertThat(first.totals().stored()).isEqualTo(20); // WARC pages 0..4 repeat files 0..4: one article each
    assertThat(second.totals().stored()).isZero();
    assertThat(second.totals().unchanged()).isEqualTo(25);
    assertThat(second.summary()).isEqualTo(first.summary());
  }

  @Test
  void warcArticlesKeepTheWarcPathAndRecordOffsetAndUrl() {
    Path warc = Pages.warc(dir.resolve("crawl.warc.gz"), 3, 0);
    Harness.Result r = Harness.ingest(dir.resolve("data"), SourceOptions.defaults(), warc);
    assertThat(r.articleFiles().values()).hasSize(3).allMatch(f -> f.matches(".*crawl\\.warc\\.gz#\\d+"))
        .contains(warc + "#0");
  }

  @Test
  void feedItemsAreArticlesNamedForTheFeedAndItem() throws IOException {
    String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>"
        + "<item><title>Talks in Aleppo</title><link>https://example.org/1</link><pubDate>Sat, 25 Jun 2016 16:04:00 +0000</pubDate>"
        + "<description>" + Pages.html(21).replace("&", "&amp;").replace("<", "&lt;") + "</description></item>"
        + "<item><title>Talks in Homs</title><link>https://example.org/2</link>"
        + "<description>" + Pages.html(22).replace("&", "&amp;").replace("<", "&lt;") + "</description></item>"
        + "</channel></rss>";
    Path feed = dir.resolve("news.rss");
    Files.writeString(feed, rss, StandardCharsets.UTF_8);
    Harness.Result r = Harness.ingest(dir.resolve("data"), SourceOptions.defaults(), feed);
    assertThat(r.articleFiles().values()).containsExactlyInAnyOrder(feed + "#item1", feed + "#item2");
  }

  @Test
  void atomEntriesWithEmptyLinkElementsAreReadOneByOne() throws IOException {
    String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>News</title>"
        + "<link href=\"https://example.org/\"/>"
        + "<entry><title>Talks in Idlib</title><link rel=\"alternate\" href=\"https://example.org/e1\"/>"
        + "<link rel=\"edit\" href=\"https://example.org/edit/e1\"/><updated>2016-06-25T16:04:00Z</updated>"
        + "<content type=\"html\">" + Pages.html(41).replace("&", "&amp;").replace("<", "&lt;") + "</content></entry>"
        + "<entry><title>Talks in Raqqa</title><link href=\"https://example.org/e2\"/>"
        + "<summary>" + Pages.html(42).replace("&", "&amp;").replace("<", "&lt;") + "</summary></entry></feed>";
    Path feed = dir.resolve("news.atom");
    Files.writeString(feed, atom, StandardCharsets.UTF_8);
    Harness.Result r = Harness.ingest(dir.resolve("data"), SourceOptions.defaults(), feed);
    assertThat(r.stored()).isEmpty();
    assertThat(r.articleFiles().values()).containsExactlyInAnyOrder(feed + "#item1", feed + "#item2");
    try (org.eventline.store.EventStore store = org.eventline.store.EventStore.open(dir.resolve("data"))) {
      assertThat(store.eventsWithArticles(org.eventline.store.EventQuery.all()))
          .extracting(se -> se.article().url()).containsExactlyInAnyOrder("https://example.org/e1", "https://example.org/e2");
    }
  }

  @Test
  void fetchedPagesKeepTheirUrlAndFeedLinksAreFetchedWhenAsked() throws IOException {
    try (LocalServer s = new LocalServer()) {
      s.on("/story", LocalServer.page(200, "text/html; charset=utf-8", Pages.bytes(31)));
      String rss = "<rss><channel><item><title>Short</title><link>" + s.url("/story") + "</link></item></channel></rss>";
      Path feed = dir.resolve("links.rss");
      Files.writeString(feed, rss);
      Harness.Result r = Harness.ingest(dir.resolve("data"), Harness.local().withFetchLinks(true), feed.toString());
      assertThat(r.articleFiles().values()).contains(s.url("/story"));
    }
  }

  @Test
  void countsAddUpOverGoodBadAndSkippedInputs() throws IOException {
    Pages.writeFiles(dir.resolve("pages"), 0, 10);
    Files.write(dir.resolve("pages/empty.html"), new byte[0]);
    Path warc = Pages.warc(dir.resolve("pages/crawl.warc.gz"), 3, 1); // 3 pages repeated from files, 3 revisits
    Harness.Result r = Harness.ingest(dir.resolve("data"), SourceOptions.defaults(), dir.resolve("pages"));
    Totals t = r.totals();
    assertThat(t.inputs()).isEqualTo(14);
    assertThat(t.skipped()).isEqualTo(3);
    assertThat(t.failed()).isEqualTo(1);
    assertThat(t.stored() + t.unchanged() + t.failed()).isEqualTo(14);
    assertThat(warc).exists();
  }
}
