package org.eventline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.eventline.source.SourceOptions;
import org.eventline.store.EventStore;
import org.eventline.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each test feeds one kind of bad input beside a good page: the bad one gives an error naming it
 * (recorded in the store), and the good one is stored as if nothing happened. The list is kept in
 * docs/ROBUSTNESS.md.
 */
@Timeout(60)
class BadInputTest {
  @TempDir Path dir;

  private Path good() throws IOException {
    Path p = dir.resolve("good.html");
    Files.write(p, Pages.bytes(999)); // a page no other test input repeats
    return p;
  }

  private Harness.Result ingest(SourceOptions options, String... inputs) throws IOException {
    String[] all = Arrays.copyOf(inputs, inputs.length + 1);
    all[inputs.length] = good().toString();
    return Harness.ingest(dir.resolve("data"), options, all);
  }

  private Harness.Result ingest(Path... inputs) throws IOException {
    return ingest(SourceOptions.defaults(), Arrays.stream(inputs).map(Path::toString).toArray(String[]::new));
  }

  private static void assertGoodStored(Harness.Result r) {
    assertThat(r.articleFiles().values()).as("the good page beside the bad one").anyMatch(f -> f.endsWith("good.html"));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private static String msg(Harness.Result r, String suffix) {
    return r.errorOf(suffix).message();
  }

  // --- files ---

  @Test
  void emptyFileIsAnErrorNamingIt() throws IOException {
    Harness.Result r = ingest(write("empty.html", new byte[0]));
    assertThat(msg(r, "empty.html")).contains("empty.html").contains("empty");
    assertThat(r.errorOf("empty.html").stage()).isEqualTo("page");
    assertGoodStored(r);
  }

  @Test
  void missingFileIsAnError() throws IOException {
    Harness.Result r = ingest(dir.resolve("nowhere.html"));
    assertThat(msg(r, "nowhere.html")).contains("no such file");
    assertGoodStored(r);
  }

  @Test
  void binaryJunkNamedHtmlIsAnError() throws IOException {
    byte[] junk = new byte[64 * 1024];
    new Random(7).nextBytes(junk);
    Harness.Result r = ingest(write("junk.html", junk));
    assertThat(msg(r, "junk.html")).contains("not text");
    assertGoodStored(r);
  }

  @Test
  void pageOfFiftyMegabytesIsRefusedWithoutReadingIt() throws IOException {
    Path big = dir.resolve("big.html");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    Harness.Result r = ingest(big);
    assertThat(msg(r, "big.html")).contains("52428800 bytes, over the page limit");
    assertGoodStored(r);
  }

  @Test
  void pageOfOneFiveMegabyteLineIsReadAndGoesOn() throws IOException {
    String line = "<html><body><p>" + "word ".repeat(1024 * 1024) + "</p></body></html>";
    Harness.Result r = ingest(write("oneline.html", line.getBytes(StandardCharsets.US_ASCII)));
    assertThat(r.totals().inputs()).isEqualTo(2);
    assertGoodStored(r);
  }

  @Test
  void hundredThousandNestedElementsDoNotStopTheRun() throws IOException {
    String html = "<html><body>" + "<div>".repeat(100_000) + "deep" + "</div>".repeat(100_000) + "</body></html>";
    Harness.Result r = ingest(write("deep.html", html.getBytes(StandardCharsets.US_ASCII)));
    assertThat(r.totals().inputs()).isEqualTo(2);
    assertGoodStored(r);
  }

  @Test
  void scriptOnlyPageIsAnErrorSayingThereIsNoText() throws IOException {
    Harness.Result r = ingest(write("script.html",
        "<html><head><script>var a = 1; document.write('hi');</script></head></html>".getBytes()));
    assertThat(r.errorOf("script.html").stage()).isEqualTo("page");
    assertGoodStored(r);
  }

  @Test
  void htmlWithNoBodyIsAnError() throws IOException {
    Harness.Result r = ingest(write("nobody.html", "<html><head><title>Only a title</title></head></html>".getBytes()));
    assertThat(r.errorOf("nobody.html").message()).contains("nobody.html");
    assertGoodStored(r);
  }

  @Test
  void symlinkLoopInAFolderIsNotFollowed() throws IOException {
    Path folder = dir.resolve("loop");
    Files.createDirectories(folder);
    Files.write(folder.resolve("a.html"), Pages.bytes(2));
    Files.createSymbolicLink(folder.resolve("again"), folder);
    Harness.Result r = ingest(folder);
    assertThat(r.totals().inputs()).isEqualTo(2);
    assertThat(r.totals().skipped()).isEqualTo(1);
    assertGoodStored(r);
  }

  @Test
  void danglingLinkIsAnErrorSayingTheTargetIsMissing() throws IOException {
    Path link = dir.resolve("dangling.html");
    Files.createSymbolicLink(link, dir.resolve("gone.html"));
    Harness.Result r = ingest(link);
    assertThat(msg(r, "dangling.html")).contains("no such file (or a link to a missing file)");
    assertGoodStored(r);
  }

  @Test
  void unreadableFileIsAnErrorSayingToCheckPermissions() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file; run as a user to test this");
    Path p = write("secret.html", Pages.bytes(3));
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    Harness.Result r = ingest(p);
    assertThat(msg(r, "secret.html")).contains("permission denied");
    assertGoodStored(r);
  }

  // --- charsets ---

  private Harness.Result charsetPage(String name, String text, Charset cs, boolean declare) throws IOException {
    String html = "<html><head>" + (declare ? "<meta charset=\"" + cs.name() + "\">" : "") + "<title>t</title></head>"
        + "<body><article><p>" + text + "</p><p>" + text + "</p></article></body></html>";
    return ingest(write(name, html.getBytes(cs)));
  }

  private static final String ARABIC = "قال وزير الخارجية الروسي إن المحادثات في دمشق كانت مثمرة وإن الجانبين اتفقا على اللقاء مجددا";
  private static final String JAPANESE = "ロシアの外相は土曜日にダマスカスを訪問し、シリアの大統領と会談した。両国は停戦について協議した。";

  @Test
  void windows1256DeclaredIsDecoded() throws IOException {
    Harness.Result r = charsetPage("arabic.html", ARABIC, Charset.forName("windows-1256"), true);
    assertThat(r.stored()).noneMatch(e -> e.input().endsWith("arabic.html"));
    assertThat(r.articleFiles().values()).anyMatch(f -> f.endsWith("arabic.html"));
  }

  @Test
  void windows1256UndeclaredIsReadWithANoteNotARunFailure() throws IOException {
    Harness.Result r = charsetPage("arabic-bare.html", ARABIC, Charset.forName("windows-1256"), false);
    assertThat(r.totals().inputs()).isEqualTo(2);
    assertGoodStored(r);
  }

  @Test
  void shiftJisDeclaredIsDecoded() throws IOException {
    // English text around the Japanese: the article reader's body finder is tuned for English.
    String text = "The foreign minister arrived on Saturday and held talks with officials about the ceasefire,"
        + " as the Japanese press reported it: " + JAPANESE;
    Harness.Result r = charsetPage("sjis.html", text, Charset.forName("Shift_JIS"), true);
    assertThat(r.articleFiles().values()).anyMatch(f -> f.endsWith("sjis.html"));
    try (EventStore store = EventStore.open(dir.resolve("data"))) {
      assertThat(store.eventsWithArticles(org.eventline.store.EventQuery.all())).anyMatch(se ->
          se.article().file().endsWith("sjis.html")
              && store.article(se.event().articleId()).orElseThrow().body().contains("ダマスカス"));
    }
    assertGoodStored(r);
  }

  @Test
  void utf16WithBomIsDecoded() throws IOException {
    Harness.Result r = charsetPage("utf16bom.html", ARABIC, StandardCharsets.UTF_16, false); // UTF_16 writes a BOM
    assertThat(r.articleFiles().values()).anyMatch(f -> f.endsWith("utf16bom.html"));
  }

  @Test
  void utf16WithoutBomIsAnErrorOrAPageButNeverStopsTheRun() throws IOException {
    Harness.Result r = charsetPage("utf16le.html", ARABIC, StandardCharsets.UTF_16LE, false);
    assertThat(r.totals().inputs()).isEqualTo(2);
    assertGoodStored(r);
  }

  @Test
  void invalidUtf8IsDecodedWithReplacementNotAFailedRun() throws IOException {
    byte[] bytes = Pages.html(4).replace("arrived", "arrived \u0001XX").getBytes(StandardCharsets.UTF_8);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("XX");
    bytes[at] = (byte) 0xC3; // a lead byte followed by ASCII: invalid UTF-8
    bytes[at + 1] = (byte) 0x28;
    Harness.Result r = ingest(write("bad-utf8.html", bytes));
    assertThat(r.articleFiles().values()).anyMatch(f -> f.endsWith("bad-utf8.html"));
    assertGoodStored(r);
  }

  @Test
  void charsetFromTheHttpHeaderOfAWarcRecordIsUsed() throws IOException {
    byte[] body = ("<html><body><article><p>" + ARABIC + "</p><p>" + ARABIC + "</p></article></body></html>")
        .getBytes(Charset.forName("windows-1256"));
    Path warc = Pages.warcOf(dir.resolve("arabic.warc"),
        List.of(Pages.response("https://example.org/ar", "text/html; charset=windows-1256", body)));
    try (EventStore store = EventStore.open(dir.resolve("data"))) {
      Ingest.into(store, FakeCoder::code).run(org.eventline.source.Sources.open(List.of(warc.toString()),
          SourceOptions.defaults()));
      var events = store.eventsWithArticles(org.eventline.store.EventQuery.all());
      assertThat(events).hasSize(1);
      assertThat(store.article(events.get(0).event().articleId()).orElseThrow().body()).contains("وزير الخارجية");
    }
  }

  // --- WARC ---

  @Test
  void zeroLengthWarcRecordIsAnErrorAndTheNextRecordIsRead() throws IOException {
    String empty = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:11111111-1111-1111-1111-111111111111>\r\n"
        + "WARC-Date: 2016-07-01T00:00:00Z\r\nWARC-Target-URI: https://example.org/empty\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: 0\r\n\r\n\r\n\r\n";
    Path warc = dir.resolve("zero.warc");
    Pages.warcOf(dir.resolve("one.warc"), List.of(Pages.response(Pages.url(5), "text/html", Pages.bytes(5))));
    Files.write(warc, concat(empty.getBytes(StandardCharsets.US_ASCII), Files.readAllBytes(dir.resolve("one.warc"))));
    Harness.Result r = ingest(warc);
    assertThat(msg(r, "zero.warc#0")).contains("zero.warc#0");
    assertThat(r.articleFiles().values()).anyMatch(f -> f.startsWith(warc.toString() + "#"));
    assertGoodStored(r);
  }

  @Test
  void truncatedGzipWarcKeepsTheRecordsBeforeTheCut() throws IOException {
    Path whole = Pages.warc(dir.resolve("whole.warc.gz"), 20, 0);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = write("cut.warc.gz", Arrays.copyOf(bytes, bytes.length * 2 / 3));
    Harness.Result r = ingest(cut);
    assertThat(r.stored()).anyMatch(e -> e.input().startsWith(cut + "#") && e.message().contains("the rest of the file was skipped"));
    assertThat(r.summary().articles()).isBetween(10L, 14L); // the pages before the cut, and the good page
    assertGoodStored(r);
  }

  @Test
  void warcWithAContentLengthTooShortStopsAtTheDamageWithAnError() throws IOException {
    Path one = Pages.warcOf(dir.resolve("src.warc"), List.of(
        Pages.response(Pages.url(6), "text/html", Pages.bytes(6)), Pages.response(Pages.url(7), "text/html", Pages.bytes(7))));
    String text = new String(Files.readAllBytes(one), StandardCharsets.ISO_8859_1);
    String len = text.replaceFirst("(?s).*?Content-Length: (\\d+).*", "$1");
    text = text.replaceFirst("Content-Length: " + len, "Content-Length: " + (Integer.parseInt(len) - 300));
    Path bad = write("short.warc", text.getBytes(StandardCharsets.ISO_8859_1));
    Harness.Result r = ingest(bad);
    assertThat(r.stored()).anyMatch(e -> e.input().startsWith(bad + "#"));
    assertGoodStored(r);
  }

  @Test
  void warcWithAContentLengthPastTheEndIsAnError() throws IOException {
    Path one = Pages.warcOf(dir.resolve("src2.warc"), List.of(Pages.response(Pages.url(8), "text/html", Pages.bytes(8))));
    String text = new String(Files.readAllBytes(one), StandardCharsets.ISO_8859_1);
    text = text.replaceFirst("Content-Length: \\d+", "Content-Length: 99999999");
    Path bad = write("long.warc", text.getBytes(StandardCharsets.ISO_8859_1));
    Harness.Result r = ingest(bad);
    assertThat(r.stored()).anyMatch(e -> e.input().startsWith(bad.toString()));
    assertGoodStored(r);
  }

  @Test
  void nonHttpWarcResponseIsAnErrorNamingItsType() throws IOException {
    String payload = "20160701000000\nexample.org. 300 IN A 93.184.216.34\n";
    String dns = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:22222222-2222-2222-2222-222222222222>\r\n"
        + "WARC-Date: 2016-07-01T00:00:00Z\r\nWARC-Target-URI: dns:example.org\r\n"
        + "Content-Type: text/dns\r\nContent-Length: " + payload.length() + "\r\n\r\n" + payload + "\r\n\r\n";
    Path warc = write("dns.warc", dns.getBytes(StandardCharsets.US_ASCII));
    Harness.Result r = ingest(warc);
    assertThat(msg(r, "dns.warc#0")).contains("text/dns").contains("not an HTTP response");
    assertGoodStored(r);
  }

  @Test
  void revisitRecordsAreSkippedWithACount() throws IOException {
    Path warc = Pages.warc(dir.resolve("revisits.warc.gz"), 10, 3);
    Harness.Result r = ingest(warc);
    assertThat(r.totals().skipped()).isEqualTo(4); // records 0, 3, 6, 9
    assertThat(r.stored()).isEmpty();
    assertGoodStored(r);
  }

  @Test
  void fileNamedWarcThatIsNotOneIsAnError() throws IOException {
    Harness.Result r = ingest(write("fake.warc", "<html>not a warc</html>".getBytes()));
    assertThat(r.stored()).anyMatch(e -> e.input().startsWith(dir.resolve("fake.warc").toString()));
    assertGoodStored(r);
  }

  // --- feeds and JSON Lines ---

  @Test
  void malformedRssIsAnErrorWithTheLineAndTheItemsBeforeItAreKept() throws IOException {
    String rss = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>News</title>\n"
        + "<item><title>Talks in Damascus</title><link>https://example.org/a</link><description>"
        + "&lt;p&gt;The Russian foreign minister held talks in Damascus on Saturday.&lt;/p&gt;</description></item>\n"
        + "<item><title>Broken</title><description>unclosed</item>\n</channel></rss>";
    Harness.Result r = ingest(write("broken.rss", rss.getBytes(StandardCharsets.UTF_8)));
    assertThat(msg(r, "broken.rss")).contains("not well-formed XML at line").contains("1 items before it were read");
    assertThat(r.articleFiles().values()).contains(dir.resolve("broken.rss") + "#item1");
    assertGoodStored(r);
  }

  @Test
  void billionLaughsFeedIsRefusedWithoutExpandingAnything() throws IOException {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
    }
    dtd.append("]>\n<rss><channel><item><title>&lol9;</title></item></channel></rss>");
    Harness.Result r = ingest(write("laughs.rss", dtd.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(msg(r, "laughs.rss")).contains("DOCTYPE").contains("billion laughs");
    assertGoodStored(r);
  }

  @Test
  void externalEntityInAFeedIsNeverResolved() throws IOException {
    Path secret = write("secret.txt", "TOP-SECRET-CONTENT".getBytes());
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<rss><channel><item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>";
    Harness.Result r = ingest(write("xxe.rss", xxe.getBytes(StandardCharsets.UTF_8)));
    assertThat(msg(r, "xxe.rss")).contains("DOCTYPE");
    try (EventStore store = EventStore.open(dir.resolve("data"))) {
      for (var se : store.eventsWithArticles(org.eventline.store.EventQuery.all())) {
        assertThat(store.article(se.event().articleId()).orElseThrow().body()).doesNotContain("TOP-SECRET");
      }
    }
    assertGoodStored(r);
  }

  @Test
  void undeclaredEntityInAFeedIsNotExpandedAndTheItemIsRead() throws IOException {
    String rss = "<rss><channel><item><title>Talks &nbsp; held</title><description>" + Pages.html(14).replace("<", "&lt;")
        + "</description></item></channel></rss>";
    Harness.Result r = ingest(write("nbsp.rss", rss.getBytes(StandardCharsets.UTF_8)));
    assertThat(r.stored()).isEmpty();
    assertThat(r.articleFiles().values()).contains(dir.resolve("nbsp.rss") + "#item1");
    assertGoodStored(r);
  }

  @Test
  void jsonLinesWithABadLineLoseOnlyThatLine() throws IOException {
    String jsonl = "{\"url\": \"https://example.org/1\", \"html\": " + quote(Pages.html(11)) + "}\n"
        + "{not json at all\n"
        + "{\"url\": \"https://example.org/3\", \"body\": \"neither html nor text\"}\n"
        + "{\"url\": \"https://example.org/4\", \"text\": " + quote("Talks in Damascus\n\nThe Russian foreign minister"
        + " held talks with the Syrian president in Damascus on Saturday, officials said.") + "}\n";
    Harness.Result r = ingest(write("scraped.jsonl", jsonl.getBytes(StandardCharsets.UTF_8)));
    assertThat(msg(r, "scraped.jsonl#2")).contains("not JSON");
    assertThat(msg(r, "scraped.jsonl#3")).contains("neither an \"html\" nor a \"text\"");
    assertThat(r.articleFiles().values()).contains(dir.resolve("scraped.jsonl") + "#1", dir.resolve("scraped.jsonl") + "#4");
    assertGoodStored(r);
  }

  // --- URLs ---

  private Path urls(String... lines) throws IOException {
    return write("list.urls", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void relativeUrlIsRefused() throws IOException {
    Harness.Result r = ingest(urls("/news/1.html"));
    assertThat(msg(r, "/news/1.html")).contains("a relative URL");
    assertGoodStored(r);
  }

  @Test
  void fileUrlIsRefused() throws IOException {
    Harness.Result r = ingest(urls("file:///etc/passwd"));
    assertThat(msg(r, "file:///etc/passwd")).contains("a file: URL; only http:// and https://");
    assertGoodStored(r);
  }

  @Test
  void javascriptUrlIsRefused() throws IOException {
    Harness.Result r = ingest(urls("javascript:alert(1)"));
    assertThat(msg(r, "javascript:alert(1)")).contains("a javascript: URL");
    assertGoodStored(r);
  }

  @Test
  void privateNetworkUrlsAreRefusedByDefault() throws IOException {
    Harness.Result r = ingest(urls("http://127.0.0.1:9/a", "http://10.0.0.1/b", "http://[::1]/c", "http://169.254.169.254/latest"));
    assertThat(msg(r, "127.0.0.1:9/a")).contains("private-network address");
    assertThat(msg(r, "10.0.0.1/b")).contains("private-network address");
    assertThat(msg(r, "[::1]/c")).contains("private-network address");
    assertThat(msg(r, "169.254.169.254/latest")).contains("private-network address");
    assertGoodStored(r);
  }

  @Test
  void stallingServerIsCutOffAtTheReadTimeout() throws IOException {
    try (LocalServer s = new LocalServer().on("/stall", LocalServer.stall())) {
      long t0 = System.nanoTime();
      Harness.Result r = ingest(Harness.local(), urls(s.url("/stall")).toString());
      assertThat(msg(r, "/stall")).contains("no response within 2 s");
      assertThat((System.nanoTime() - t0) / 1e9).isLessThan(20);
      assertGoodStored(r);
    }
  }

  @Test
  void redirectLoopIsAnErrorShowingTheLoop() throws IOException {
    try (LocalServer s = new LocalServer()) {
      s.on("/a", LocalServer.redirect("/b")).on("/b", LocalServer.redirect("/a"));
      Harness.Result r = ingest(Harness.local(), urls(s.url("/a")).toString());
      assertThat(msg(r, "/a")).contains("redirect loop").contains("/b ->");
      assertGoodStored(r);
    }
  }

  @Test
  void redirectToAnUnreachableHostIsAFetchErrorNamingTheHop() throws IOException {
    // Every hop is checked and fetched anew; the test server is private, so private hosts are allowed
    // here, and 10.0.0.1 (no such server) fails to connect. By default the hop is refused by policy.
    try (LocalServer s = new LocalServer().on("/out", LocalServer.redirect("http://10.0.0.1/admin"))) {
      Harness.Result r = ingest(Harness.local(), urls(s.url("/out")).toString());
      assertThat(r.errorOf("/out").stage()).isEqualTo("fetch");
      assertThat(msg(r, "/out")).contains("10.0.0.1");
      assertGoodStored(r);
    }
  }

  @Test
  void serverSendingGigabytesIsCutOffAtTheSizeCap() throws IOException {
    try (LocalServer s = new LocalServer().on("/huge", LocalServer.gigabytes())) {
      Harness.Result r = ingest(Harness.local().withMaxBytes(2 * 1024 * 1024), urls(s.url("/huge")).toString());
      assertThat(msg(r, "/huge")).contains("larger than the size cap of 2097152 bytes");
      assertGoodStored(r);
    }
  }

  @Test
  void notFoundAndNonPageResponsesAreErrors() throws IOException {
    try (LocalServer s = new LocalServer()) {
      s.on("/gone", LocalServer.page(404, "text/html", "<p>no</p>".getBytes()))
          .on("/logo.png", LocalServer.page(200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
      Harness.Result r = ingest(Harness.local(), urls(s.url("/gone"), s.url("/logo.png")).toString());
      assertThat(msg(r, "/gone")).contains("HTTP 404");
      assertThat(msg(r, "/logo.png")).contains("image/png, not a page");
      assertGoodStored(r);
    }
  }

  @Test
  void robotsTxtDisallowIsObeyed() throws IOException {
    try (LocalServer s = new LocalServer()) {
      s.on("/robots.txt", LocalServer.page(200, "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes()))
          .on("/private/", LocalServer.page(200, "text/html", Pages.bytes(12)))
          .on("/public/", LocalServer.page(200, "text/html", Pages.bytes(13)));
      Harness.Result r = ingest(Harness.local(), urls(s.url("/private/x"), s.url("/public/y")).toString());
      assertThat(msg(r, "/private/x")).contains("disallowed by").contains("robots.txt");
      assertThat(r.articleFiles().values()).contains(s.url("/public/y"));
      assertGoodStored(r);
    }
  }

  // --- the data folder ---

  @Test
  void dataFolderThatIsAFileIsAClearErrorBeforeAnythingIsRead() throws IOException {
    Path notAFolder = write("data-file", "x".getBytes());
    assertThatThrownBy(() -> EventStore.open(notAFolder.resolve("sub")))
        .isInstanceOf(StoreException.class).hasMessageContaining("cannot create the data folder");
  }

  @Test
  void readOnlyDataFolderIsAClearError() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root writes anywhere; run as a user to test this");
    Path ro = dir.resolve("ro");
    Files.createDirectories(ro);
    Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
    assertThatThrownBy(() -> EventStore.open(ro)).isInstanceOf(StoreException.class).hasMessageContaining("cannot open store");
  }

  @Test
  void fullDiskIsAClearErrorBeforeAnythingIsRead() throws IOException {
    // /dev/full fails every write with ENOSPC: the store file linked to it is a disk that is full.
    assumeFalse(!Files.exists(Path.of("/dev/full")), "needs /dev/full");
    Path data = dir.resolve("full");
    Files.createDirectories(data);
    Files.createSymbolicLink(data.resolve(EventStore.FILE_NAME), Path.of("/dev/full"));
    assertThatThrownBy(() -> EventStore.open(data)).isInstanceOf(StoreException.class)
        .hasMessageContaining(data.toString());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  private static String quote(String s) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
