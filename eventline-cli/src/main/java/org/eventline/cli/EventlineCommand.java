package org.eventline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code eventline}: turns news pages into political event data. The subcommands are thin shells
 * over the core pipeline, the store and the server.
 */
@Command(
    name = "eventline",
    mixinStandardHelpOptions = true,
    version = "eventline 0.1.0",
    description = "Turns news pages into political event data: who did what to whom, where and when.",
    subcommands = {
      DemoCommand.class,
      ArticleCommand.class,
      EventsCommand.class,
      IngestCommand.class,
      ErrorsCommand.class,
      ServeCommand.class,
      ExportCommand.class,
      ImportParquetCommand.class,
      EvalCommand.class,
      EvalPlacesCommand.class,
      EvalDupesCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class EventlineCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for main and for tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new EventlineCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
      line.getErr().println("eventline: " + ex.getMessage());
      return 2;
    });
    return cl;
  }
}
