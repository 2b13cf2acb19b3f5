package org.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The metric on texts whose score is known, and the command on a two-page benchmark. */
class BenchExtractionCommandTest {
  private static final String STORY = "Delegations from both governments met again in Vienna on Monday, diplomats said, "
      + "and the talks went on late into the night. The mediators said a draft text on prisoner exchanges was close, "
      + "but that the question of the border crossings remained open, and a further round is expected next week.";

  @Test
  void identicalTextScoresOneAndDisjointTextZero() {
    ShingleScore same = new ShingleScore();
    same.add(STORY, STORY);
    assertThat(same.f1()).isEqualTo(1.0);
    assertThat(same.accuracy()).isEqualTo(1.0);
    ShingleScore other = new ShingleScore();
    other.add(STORY, "Nothing in common with the story whatsoever here");
    assertThat(other.precision()).isZero();
    assertThat(other.recall()).isZero();
  }

  @Test
  void extraTextCostsPrecisionNotRecall() {
    ShingleScore s = new ShingleScore();
    s.add(STORY, STORY + " Follow us on Twitter and Facebook for more stories like this one.");
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.precision()).isLessThan(1.0).isGreaterThan(0.5);
  }

  @Test
  void benchScoresAllThreeSystemsOnTheSamePages(@TempDir Path dir) throws IOException {
    Path html = Files.createDirectories(dir.resolve("html"));
    for (String id : new String[] {"a", "b"}) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(html.resolve(id + ".html.gz")))) {
        out.write(("<html><head><title>Vienna talks</title></head><body><nav><a href=\"/\">Home</a></nav><article><p>"
            + STORY + "</p><p>" + STORY + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
      }
    }
    Path truth = dir.resolve("truth.json");
    Files.writeString(truth, "{\"a\": {\"articleBody\": \"" + STORY + " " + STORY + "\", \"url\": \"https://example.org/a\"},"
        + " \"b\": {\"articleBody\": \"" + STORY + " " + STORY + "\", \"url\": \"https://example.org/b\"}}");
    StringWriter out = new StringWriter();
    CommandLine cl = EventlineCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    int exit = cl.execute("bench", "extraction", "--pages", html.toString(), "--truth", truth.toString(),
        "--peer-outputs", dir.resolve("none").toString(), "--rounds", "1");
    assertThat(exit).isZero();
    assertThat(out.toString()).contains("| Eventline | 1.000 | 1.000 | 1.000 |")
        .contains("boilerpipe").contains("Readability4J").contains("2 pages.");
  }
}
