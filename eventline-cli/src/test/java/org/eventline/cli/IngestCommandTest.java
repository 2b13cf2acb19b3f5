package org.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eventline ingest} and {@code eventline errors} on inputs that all fail, so CoreNLP never
 * loads (a failed page is not coded) and the test takes a second.
 */
class IngestCommandTest {
  @TempDir Path dir;

  @Test
  void failedInputsAreCountedAndListedByTheErrorsCommand() throws IOException {
    Path data = dir.resolve("data");
    Files.write(dir.resolve("empty.html"), new byte[0]);
    Files.writeString(dir.resolve("todo.urls"), "javascript:alert(1)\n/relative/page\n");
    CliTest.Run r = CliTest.run("ingest", "--quiet", "--data", data.toString(),
        dir.resolve("empty.html").toString(), dir.resolve("todo.urls").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("3 pages: 0 stored", "3 failed", "3 errors");

    CliTest.Run errors = CliTest.run("errors", "--data", data.toString());
    assertThat(errors.exit()).isZero();
    assertThat(errors.out().lines()).hasSize(3).anyMatch(l -> l.startsWith(dir.resolve("empty.html") + "\tpage\t"))
        .anyMatch(l -> l.startsWith("javascript:alert(1)\tfetch\t") && l.contains("a javascript: URL"))
        .anyMatch(l -> l.startsWith("/relative/page\tfetch\t") && l.contains("relative URL"));
  }

  @Test
  void errorsOfAnEmptyStoreIsEmpty() {
    CliTest.Run r = CliTest.run("errors", "--data", dir.resolve("fresh").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
  }
}
