package org.eventline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.eventline.store.EventStore;
import org.eventline.store.IngestError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "errors", mixinStandardHelpOptions = true,
    description = {"Lists the inputs that failed during ingests, oldest first: input, stage, message (tab-separated).",
        "Stages: source (reading a file, WARC, feed...), fetch, page (decoding, extraction), code, store."})
final class ErrorsCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--limit", paramLabel = "N", description = "At most N errors (default: ${DEFAULT-VALUE}).")
  int limit = 1000;

  @Option(names = "--offset", paramLabel = "N", description = "Skip the first N (default: ${DEFAULT-VALUE}).")
  int offset;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore store = data.open(spec.commandLine().getErr())) {
      for (IngestError e : store.errors(limit, offset)) {
        out.println(e.input() + "\t" + e.stage() + "\t" + e.message().replace('\n', ' '));
      }
      out.flush();
      return 0;
    }
  }
}
