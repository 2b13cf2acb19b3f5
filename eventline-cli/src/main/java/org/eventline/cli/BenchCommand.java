package org.eventline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code eventline bench}: the benchmarks whose results go to docs/BENCHMARKS.md, one subcommand each. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks: throughput, latency and peak memory of Eventline's stages.",
    subcommands = {
      BenchPipelineCommand.class,
      BenchDedupCommand.class,
      BenchExtractionCommand.class,
      BenchStoreCommand.class,
      BenchGeoCommand.class,
    })
final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
