package org.eventline.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eventline.source.SourceOptions;
import org.eventline.source.Sources;
import org.eventline.store.EventStore;
import org.eventline.store.IngestError;
import org.eventline.store.Summary;

/** Runs an ingest with the fake coder into a data folder and collects what a test asserts on. */
final class Harness {
  /** What one run left: its totals, the errors it reported, and the store's contents after it. */
  record Result(Totals totals, List<IngestError> reported, List<IngestError> stored, Summary summary,
      Map<String, String> articleFiles) {

    /** The stored error of the input whose name ends with {@code suffix}. */
    IngestError errorOf(String suffix) {
      return stored.stream().filter(e -> e.input().endsWith(suffix)).findFirst()
          .orElseThrow(() -> new AssertionError("no error stored for *" + suffix + "; stored: " + stored + "; reported: " + reported + "; totals: " + totals));
    }
  }

  private Harness() {}

  static Result ingest(Path data, SourceOptions options, Path... inputs) {
    return ingest(data, options, Arrays.stream(inputs).map(Path::toString).toArray(String[]::new));
  }

  static Result ingest(Path data, SourceOptions options, String... inputs) {
    List<IngestError> reported = Collections.synchronizedList(new ArrayList<>());
    try (EventStore store = EventStore.open(data)) {
      Totals t = Ingest.into(store, FakeCoder::code).threads(2).errors(reported::add)
          .run(Sources.open(List.of(inputs), options));
      Map<String, String> files = new TreeMap<>();
      for (var se : store.eventsWithArticles(org.eventline.store.EventQuery.all().withLimit(10_000))) {
        files.put(se.event().articleId(), se.article().file());
      }
      return new Result(t, List.copyOf(reported), store.errors(10_000, 0), store.summary(), files);
    }
  }

  static SourceOptions local() {
    return SourceOptions.defaults().withAllowPrivate(true).withDelay(java.time.Duration.ZERO)
        .withTimeouts(java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(2));
  }
}
