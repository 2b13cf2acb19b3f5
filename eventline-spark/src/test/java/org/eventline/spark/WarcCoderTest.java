package org.eventline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.eventline.source.PageInput;
import org.junit.jupiter.api.Test;

/** The naming rules of the executor side; no Spark and no NLP. */
class WarcCoderTest {
  @Test
  void aCopiedWarcsPagesNameTheWarcNotTheCopy() {
    PageInput local = PageInput.of("/tmp/eventline-1.warc.gz#1234", "/tmp/eventline-1.warc.gz", "https://a.org/x",
        "<p>x</p>".getBytes(StandardCharsets.UTF_8));
    PageInput named = WarcCoder.renamed(local, "/tmp/eventline-1.warc.gz", "s3a://bucket/crawl.warc.gz");
    assertThat(named.input()).isEqualTo("s3a://bucket/crawl.warc.gz#1234");
    assertThat(named.via()).isEqualTo("s3a://bucket/crawl.warc.gz");
  }

  @Test
  void aCopiedWarcsErrorsNameTheWarcToo() {
    PageInput failed = PageInput.failed("/tmp/c.warc.gz#9", "/tmp/c.warc.gz", null,
        "WARC record /tmp/c.warc.gz#9: empty response record; skipped");
    assertThat(WarcCoder.renamed(failed, "/tmp/c.warc.gz", "hdfs:///crawl/c.warc.gz").error())
        .isEqualTo("WARC record hdfs:///crawl/c.warc.gz#9: empty response record; skipped");
  }

  @Test
  void localFilesAreReadInPlaceAndOthersAreCopied() {
    assertThat(WarcCoder.localPath("/data/a.warc.gz")).isEqualTo("/data/a.warc.gz");
    assertThat(WarcCoder.localPath("file:///data/a.warc.gz")).isEqualTo("/data/a.warc.gz");
    assertThat(WarcCoder.localPath("s3a://bucket/a.warc.gz")).isNull();
  }
}
