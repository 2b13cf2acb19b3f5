package org.eventline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.eventline.pipeline.Pipeline;
import org.eventline.store.EventStore;

/** Codes pages and stores them, reporting progress and failures as it goes. */
final class Ingester {
  /** What an ingest run did. */
  record Totals(int pages, int stored, int unchanged, int failed, int events) {}

  private Ingester() {}

  static Totals ingest(List<Path> files, EventStore store, PrintWriter err) {
    Pipeline pipeline = Pipeline.shared();
    int stored = 0;
    int unchanged = 0;
    int failed = 0;
    int events = 0;
    long t0 = System.nanoTime();
    int done = 0;
    for (Path p : files) {
      Pipeline.Coded c = pipeline.code(p);
      if (c.error() != null) {
        failed++;
        err.println("error: " + c.error());
      }
      if (store.store(c.article(), c.events())) {
        stored++;
        events += c.events().size();
      } else {
        unchanged++;
      }
      done++;
      if (files.size() > 1) {
        double secs = (System.nanoTime() - t0) / 1e9;
        err.printf("\r[%d/%d] %.1f pages/s, %d events, %d errors", done, files.size(), done / Math.max(secs, 1e-3),
            events, failed);
        err.flush();
      }
    }
    if (files.size() > 1) {
      err.println();
    }
    return new Totals(files.size(), stored, unchanged, failed, events);
  }
}
