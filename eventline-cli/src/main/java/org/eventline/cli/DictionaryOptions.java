package org.eventline.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventline.actor.ActorResolver;
import org.eventline.actor.TabariDictionaryReader;
import org.eventline.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** --actors and --agents: the user's own TABARI/PETRARCH dictionaries, on top of the shipped ones. */
final class DictionaryOptions {
  @Option(names = "--actors", paramLabel = "FILE",
      description = "A TABARI/PETRARCH .actors file to add to the shipped dictionaries (repeatable; later files win).")
  List<Path> actors = new ArrayList<>();

  @Option(names = "--agents", paramLabel = "FILE",
      description = "A TABARI/PETRARCH agents file to add (repeatable).")
  List<Path> agents = new ArrayList<>();

  /** The shared pipeline, or one with the given dictionaries; dictionary warnings go to {@code warn}. */
  Pipeline pipeline(java.io.PrintWriter warn) throws IOException {
    if (actors.isEmpty() && agents.isEmpty()) {
      return Pipeline.shared();
    }
    ActorResolver.Builder b = ActorResolver.builder();
    for (Path p : agents) {
      TabariDictionaryReader reader = new TabariDictionaryReader(p.toString());
      try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        b.agents(reader.readAgents(in));
      }
      reader.warnings().forEach(w -> warn.println("warning: " + w));
    }
    for (Path p : actors) {
      TabariDictionaryReader reader = new TabariDictionaryReader(p.toString());
      try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        b.actors(reader.readActors(in));
      }
      reader.warnings().forEach(w -> warn.println("warning: " + w));
    }
    return Pipeline.with(b.build());
  }
}
