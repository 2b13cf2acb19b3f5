package org.eventline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.eventline.pipeline.Pipeline;
import org.eventline.server.EventlineServer;
import org.eventline.server.PageIngest;
import org.eventline.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the store: the web UI and the REST API (GET /api/events, /api/articles/{id}).",
        "Binds to 127.0.0.1 unless told otherwise. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}; anything else exposes the data to the network).")
  String host;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    EventStore store = data.open(spec.commandLine().getErr());
    serve(store, host, port, spec.commandLine().getOut());
    return 0;
  }

  /**
   * Starts the server, prints its URL and the token that writes need, and blocks until the
   * process is stopped. Uploaded pages go through the same pipeline as {@code ingest}.
   */
  static void serve(EventStore store, String host, int port, PrintWriter out) throws InterruptedException {
    EventlineServer server = start(store, host, port, out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      store.close();
      stopped.countDown();
    }));
    stopped.await();
  }

  /** Starts the server over the store and prints where it listens and the write token. */
  static EventlineServer start(EventStore store, String host, int port, PrintWriter out) {
    String token = EventlineServer.newToken();
    PageIngest ingest = (name, bytes) -> {
      Pipeline.Coded c = Pipeline.shared().code(name, bytes);
      return new PageIngest.Coded(c.article(), c.events());
    };
    EventlineServer server = EventlineServer.start(store, host, port, token, ingest);
    out.printf("Eventline is serving on http://%s:%d/  (Ctrl-C stops it)%n", host, server.port());
    out.printf("Write token (POST /api/pages with 'Authorization: Bearer <token>'): %s%n", token);
    out.flush();
    return server;
  }
}
