package org.eventline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.eventline.pipeline.Pipeline;
import org.eventline.store.EventStore;
import org.eventline.store.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Codes the demo page that ships with Eventline (a 2016 news story on Aleppo),",
        "stores it in the embedded store, prints a summary and starts the web UI on 127.0.0.1."})
final class DemoCommand implements Callable<Integer> {
  static final String DEMO_PAGE = "alwaght-aleppo-2016.txt";

  @Mixin DataOption data;

  @Option(names = "--port", defaultValue = "8080", description = "Port of the web UI (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--no-serve", description = "Code and store the demo page, then exit without starting the server.")
  boolean noServe;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    byte[] page;
    try (InputStream in = DemoCommand.class.getResourceAsStream("/org/eventline/demo/" + DEMO_PAGE)) {
      if (in == null) {
        throw new IllegalStateException("the demo page is missing from the jar; rebuild with ./mvnw package");
      }
      page = in.readAllBytes();
    }
    out.println("Loading the language models (CoreNLP, once per run)...");
    out.flush();
    long t0 = System.nanoTime();
    Pipeline pipeline = Pipeline.shared();
    long loaded = System.nanoTime();
    Pipeline.Coded c = pipeline.code(DEMO_PAGE, page);
    long coded = System.nanoTime();
    EventStore store = data.open(spec.commandLine().getErr());
    boolean fresh = store.store(c.article(), c.events());
    Summary s = store.summary();
    out.printf("Coded \"%s\" (%s) in %.2f s after %.1f s of model loading: %d events from %d sentences (%d parsed).%n",
        c.article().title(), c.article().published(), (coded - loaded) / 1e9, (loaded - t0) / 1e9,
        c.events().size(), c.sentences(), c.parsed());
    out.printf("Store %s%s: %d articles, %d events, %d actors.%n", store.file(),
        fresh ? "" : " (page was already stored)", s.articles(), s.events(), s.actors());
    out.flush();
    if (noServe) {
      store.close();
      return 0;
    }
    ServeCommand.serve(store, "127.0.0.1", port, out);
    return 0;
  }
}
