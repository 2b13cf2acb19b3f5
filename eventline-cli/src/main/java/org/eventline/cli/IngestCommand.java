package org.eventline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.eventline.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Codes pages and stores articles, events and actors in the embedded store.",
        "Ingesting a page twice stores it once. Failed pages are stored with their error;",
        "exit status 1 when any page failed."})
final class IngestCommand implements Callable<Integer> {
  @Mixin PagesOption pages;
  @Mixin DataOption data;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore store = EventStore.open(data.dir)) {
      Ingester.Totals t = Ingester.ingest(pages.files(), store, spec.commandLine().getErr());
      out.printf("%d pages: %d stored, %d already stored, %d failed; %d new events%n",
          t.pages(), t.stored(), t.unchanged(), t.failed(), t.events());
      var s = store.summary();
      out.printf("store %s: %d articles, %d events, %d actors%n", store.file(), s.articles(), s.events(), s.actors());
      out.flush();
      return t.failed() == 0 ? 0 : 1;
    }
  }
}
