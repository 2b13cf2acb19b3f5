package org.eventline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.eventline.event.Event;
import org.eventline.json.EventJson;
import org.eventline.pipeline.InOrder;
import org.eventline.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Codes the events of each page: PLOVER type, CAMEO code, actors, status, sentence.",
        "Prints one JSON object per event (JSON Lines). Errors go to standard error, one line a page;",
        "exit status 1 when any page failed."})
final class EventsCommand implements Callable<Integer> {
  @Mixin PagesOption pages;
  @Mixin DictionaryOptions dictionaries;
  @Spec CommandSpec spec;

  @Option(names = "--threads", paramLabel = "N",
      description = "Pages coded at once (default: the number of cores). Output keeps the input order.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = dictionaries.pipeline(err);
    int[] failed = {0};
    InOrder.map(pages.files(), threads, pipeline::code, c -> {
      for (Event e : c.events()) {
        out.println(EventJson.event(e, c.article()).toString());
      }
      if (c.error() != null) {
        failed[0]++;
        err.println("error: " + c.error());
      }
      out.flush();
    });
    return failed[0] == 0 ? 0 : 1;
  }
}
