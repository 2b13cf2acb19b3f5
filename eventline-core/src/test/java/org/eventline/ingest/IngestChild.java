package org.eventline.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.eventline.pipeline.Pipeline.Coded;
import org.eventline.source.SourceOptions;
import org.eventline.source.Sources;
import org.eventline.store.EventStore;

/**
 * The process {@link KillResumeTest} kills: ingests its arguments into a data folder with the fake
 * coder, slowed by {@code -Deventline.test.delayMs} per page so that a kill lands mid-run.
 * Usage: {@code IngestChild DATA INPUT...}
 */
public final class IngestChild {
  private IngestChild() {}

  public static void main(String[] args) {
    long delay = Long.getLong("eventline.test.delayMs", 0);
    List<String> inputs = Arrays.asList(args).subList(1, args.length);
    try (EventStore store = EventStore.open(Path.of(args[0]))) {
      Totals t = Ingest.into(store, a -> slowly(a, delay)).threads(2)
          .run(Sources.open(inputs, SourceOptions.defaults()));
      System.out.println("done " + t);
    }
  }

  private static Coded slowly(org.eventline.article.Article a, long delayMs) {
    try {
      Thread.sleep(delayMs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Coded c = FakeCoder.code(a);
    // One line a coded page: the test kills after a number of them, not after a time, so the
    // kill lands mid-ingest however fast or loaded the machine is.
    synchronized (System.out) {
      System.out.println("coded");
      System.out.flush();
    }
    return c;
  }
}
