package org.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchGeoCommandTest {
  @TempDir Path dir;

  private Path page() throws Exception {
    Path page = dir.resolve("aleppo.txt");
    Files.writeString(page, "Rebels advance near Aleppo\n\n"
        + "Rebels backed by Saudi Arabia advanced on Khan Touman, south-west of Aleppo, on Friday. "
        + "The Syrian Observatory for Human Rights said fighting went on near Damascus.\n");
    return page;
  }

  @Test
  void namesAreTheCapitalisedRunsOfThePagesAndTheirWords() throws Exception {
    List<String> names = BenchGeoCommand.names(List.of(page()));
    assertThat(names).contains("Khan Touman", "Khan", "Touman", "Saudi Arabia", "Aleppo", "Damascus",
        "The Syrian Observatory", "Human Rights", "Rebels");
    assertThat(names).doesNotContain("south-west", "fighting").doesNotHaveDuplicates();
  }

  @Test
  void benchGeoTimesTheTableAndTheReadableFilesInFreshJvms() throws Exception {
    CommandLine cl = EventlineCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute("bench", "geo", "--runs", "1", "--rounds", "2", page().toString());
    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).contains("from 1 pages", "table (gazetteer.bin)", "readable TSV files",
        "first load, wall ms", "heap held by the gazetteer, MiB", "load average");
    assertThat(out.toString()).doesNotContain(" 0 of them places");
  }
}
