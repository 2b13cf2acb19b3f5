package org.eventline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventline.export.ExportFormat;
import org.eventline.export.Exporter;
import org.eventline.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Exports the stored events to a file: GDELT 2.0 event TSV, PLOVER JSON Lines, CSV,",
        "Parquet, GEXF (the actor network, for Gephi) or JSON Lines (docs/EXPORTS.md)."})
final class ExportCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--format", required = true, converter = FormatConverter.class,
      description = "Output format: gdelt, plover, csv, parquet, gexf, jsonl.")
  ExportFormat format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Output file (default: events.<format> in the current folder, e.g. events.gdelt.tsv).")
  Path out;

  @Spec CommandSpec spec;

  /** Lower-case names on the command line, as the help shows them. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      try {
        return ExportFormat.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a format; use gdelt, plover, csv, parquet, gexf or jsonl");
      }
    }
  }

  @Override
  public Integer call() {
    Path target = out != null ? out : Path.of(format.defaultFileName());
    try (EventStore store = data.open(spec.commandLine().getErr())) {
      long t0 = System.nanoTime();
      spec.commandLine().getErr().printf("exporting %,d events as %s...%n", store.summary().events(),
          format.name().toLowerCase(java.util.Locale.ROOT));
      long n = Exporter.write(store, format, target);
      spec.commandLine().getOut().printf("wrote %s (%,d %s) in %.1f s%n", target, n,
          format == ExportFormat.GEXF ? "edges" : "events", (System.nanoTime() - t0) / 1e9);
    }
    return 0;
  }
}
