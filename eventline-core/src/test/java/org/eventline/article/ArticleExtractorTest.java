package org.eventline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front door never throws: every bad input is an article carrying a specific error. */
class ArticleExtractorTest {

  @Test
  void emptyFileIsAFailedArticle() {
    Article a = ArticleExtractor.extract("empty.html", new byte[0]);
    assertThat(a.failed()).isTrue();
    assertThat(a.file()).isEqualTo("empty.html");
    assertThat(a.body()).isEmpty();
    assertThat(a.error()).isEqualTo("page empty.html: empty file (0 bytes); skipped");
  }

  @Test
  void binaryJunkIsAFailedArticle() {
    byte[] junk = new byte[2048];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i % 7);
    }
    assertThat(ArticleExtractor.extract("x.html", junk).error())
        .isEqualTo("page x.html: 2048 bytes of binary data (not text); skipped");
  }

  @Test
  void missingFileIsAFailedArticle(@TempDir Path dir) {
    Path missing = dir.resolve("nope.txt");
    assertThat(ArticleExtractor.extract(missing).error()).isEqualTo("page " + missing + ": no such file");
  }

  @Test
  void fileOnDiskIsReadByItsKind(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("story.txt");
    Files.writeString(file, "Truce talks resume\nThe two sides met in Geneva on Monday, the UN envoy said.\n");
    Article a = ArticleExtractor.extract(file);
    assertThat(a.file()).isEqualTo(file.toString());
    assertThat(a.title()).isEqualTo("Truce talks resume");
  }

  @Test
  void hugePageIsTruncatedAndStillExtracted() {
    String paragraph = "<p>Delegations met again in Vienna on Monday, diplomats said, and talks went on late.</p>\n";
    StringBuilder html = new StringBuilder("<html><head><title>Vienna talks</title></head><body><article>");
    while (html.length() < 21 * 1024 * 1024) {
      html.append(paragraph);
    }
    html.append("</article></body></html>");
    long start = System.nanoTime();
    Article a = ArticleExtractor.extract("huge.html", html.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(a.error()).isNull();
    assertThat(a.title()).isEqualTo("Vienna talks");
    assertThat(a.body()).startsWith("Delegations met again in Vienna").hasSizeLessThan(20 * 1024 * 1024);
    assertThat(System.nanoTime() - start).as("nanoseconds for a 21 MB page").isLessThan(30_000_000_000L);
  }
}
