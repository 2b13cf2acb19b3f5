package org.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.eventline.store.EventStore;
import org.eventline.synth.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** export and bench store on synthetic records: no NLP, so these run in seconds. */
class ExportAndBenchCommandTest {
  @TempDir Path dir;

  String[] run(String... args) {
    CommandLine cl = EventlineCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new String[] {Integer.toString(exit), out.toString(), err.toString()};
  }

  @Test
  void exportsEveryFormatByItsLowerCaseName() throws Exception {
    Path data = dir.resolve("data");
    try (EventStore store = EventStore.open(data)) {
      SyntheticCorpus corpus = new SyntheticCorpus(1, LocalDate.parse("2016-01-01"), 30);
      for (int i = 0; i < 5; i++) {
        SyntheticCorpus.Item item = corpus.next(5);
        store.store(item.article(), item.events());
      }
    }
    for (String format : new String[] {"gdelt", "plover", "csv", "parquet", "gexf", "jsonl"}) {
      Path out = dir.resolve("out." + format);
      String[] r = run("export", "--data", data.toString(), "--format", format, "--out", out.toString());
      assertThat(r[0]).as(format + ": " + r[2]).isEqualTo("0");
      assertThat(r[1]).contains("wrote");
      assertThat(Files.size(out)).as(format).isPositive();
    }
    assertThat(run("export", "--data", data.toString(), "--format", "xml")[2]).contains("not a format");
  }

  @Test
  void benchStoreLoadsAndTimesASmallStore() {
    String[] r = run("bench", "store", "--events", "2000", "--queries", "3", "--dir", dir.resolve("b").toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1]).contains("load: 2,0", "events/s", "actor + type |", "timeline by month: actor |",
        "load average before timing: ");
    // Every query line carries p50 and p99 twice, first touch and again, then the rows.
    assertThat(r[1].lines().filter(l -> l.startsWith("actor + type |")).findFirst().orElseThrow())
        .matches("actor \\+ type( \\| \\d+\\.\\d){4} \\| \\d+");
  }
}
