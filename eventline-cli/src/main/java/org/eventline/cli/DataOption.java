package org.eventline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --data option: where the embedded store lives. */
final class DataOption {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "eventline-data",
      description = "Folder of the embedded store (default: ${DEFAULT-VALUE}).")
  Path dir;
}
