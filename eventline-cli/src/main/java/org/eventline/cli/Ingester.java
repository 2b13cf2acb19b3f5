package org.eventline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eventline.ingest.Ingest;
import org.eventline.ingest.Totals;
import org.eventline.pipeline.Pipeline;
import org.eventline.source.SourceOptions;
import org.eventline.source.Sources;
import org.eventline.store.EventStore;

/** Runs an ingest with the real pipeline, drawing progress on stderr and naming the first failures. */
final class Ingester {
  /** Enough failures to see what is going on; the rest are in the store. */
  private static final int ERRORS_SHOWN = 20;

  private Ingester() {}

  /** Ingests {@code inputs}; {@code err} null draws no progress and prints no errors. */
  static Totals ingest(List<String> inputs, SourceOptions options, EventStore store, int threads, boolean resume,
      PrintWriter err) {
    AtomicInteger shown = new AtomicInteger();
    ProgressBar bar = err == null ? null : new ProgressBar(err);
    Ingest ingest = Ingest.into(store, a -> Pipeline.shared().code(a)).threads(threads).resume(resume);
    if (err != null) {
      ingest.progress(bar::draw).errors(e -> {
        int n = shown.incrementAndGet();
        synchronized (err) {
          if (n <= ERRORS_SHOWN) {
            bar.clear();
            err.println("error: " + e.message());
          } else if (n == ERRORS_SHOWN + 1) {
            bar.clear();
            err.println("error: more failures; 'eventline errors --data " + store.file().getParent() + "' lists them all");
          }
        }
      });
    }
    Totals t = ingest.run(Sources.open(inputs, options));
    if (bar != null) {
      bar.finish();
    }
    return t;
  }
}
