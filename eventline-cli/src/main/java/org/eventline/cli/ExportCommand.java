package org.eventline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventline.store.EventStore;
import org.eventline.store.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Exports the stored events to a file.")
final class ExportCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--format", required = true,
      description = "Output format: ${COMPLETION-CANDIDATES}.")
  ExportFormat format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Output file (default: events.<format> in the current folder).")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Path target = out != null ? out : Path.of("events." + format.name().toLowerCase(java.util.Locale.ROOT));
    try (EventStore store = EventStore.open(data.dir)) {
      store.export(format, target);
      spec.commandLine().getOut().printf("wrote %s (%d events)%n", target, store.summary().events());
    }
    return 0;
  }
}
