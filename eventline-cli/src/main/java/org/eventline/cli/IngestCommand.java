package org.eventline.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventline.ingest.Totals;
import org.eventline.source.SourceOptions;
import org.eventline.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Codes pages on all cores and stores articles, events, actors and where each came from.",
        "INPUT is a page (.html, .htm, .txt), a folder, a WARC (.warc, .warc.gz), an RSS/Atom feed",
        "(.rss, .atom, .xml), JSON Lines of {url, html} or {url, text} (.jsonl), a URL list (.urls),",
        "or an http(s) URL. Inputs already stored (same content and URL) are skipped, so a killed run",
        "resumes where it stopped. Failed pages are recorded (see 'eventline errors');",
        "exit status 1 when any page failed."})
final class IngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Pages, folders, WARCs, feeds, JSON Lines, URL lists, URLs.")
  List<String> inputs = new ArrayList<>();

  @Mixin DataOption data;

  @Option(names = "--threads", paramLabel = "N", description = "Coding threads (default: all cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--resume", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = {"Skip inputs already stored (same content and URL): the default, so a killed run resumes.",
          "--no-resume codes them again (after a coder upgrade); their events are updated."})
  boolean resume;

  @Option(names = "--fetch-links", description = "Fetch the links of feed items, not only their text.")
  boolean fetchLinks;

  @Option(names = "--allow-private", description = "Allow URLs of loopback and private-network hosts (trusted lists only).")
  boolean allowPrivate;

  @Option(names = "--delay-ms", paramLabel = "MS", description = "Pause between two requests to one host (default: ${DEFAULT-VALUE}).")
  long delayMs = 1000;

  @Option(names = "--max-page-mb", paramLabel = "MB", description = "Largest page read or fetched (default: ${DEFAULT-VALUE}).")
  int maxPageMb = 20;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SourceOptions options = SourceOptions.defaults().withDelay(Duration.ofMillis(delayMs))
        .withMaxBytes(Math.multiplyExact(maxPageMb, 1024 * 1024)).withAllowPrivate(allowPrivate).withFetchLinks(fetchLinks);
    try (EventStore store = data.open(spec.commandLine().getErr())) {
      Totals t = Ingester.ingest(inputs, options, store, threads, resume, quiet ? null : spec.commandLine().getErr());
      out.printf("%d pages: %d stored, %d already stored, %d failed, %d skipped; %d new events; %.1f pages/s%n",
          t.inputs(), t.stored(), t.unchanged(), t.failed(), t.skipped(), t.events(), t.pagesPerSecond());
      var s = store.summary();
      out.printf("store %s: %d articles, %d events, %d actors, %d errors%n", store.file(), s.articles(), s.events(),
          s.actors(), store.errorCount());
      out.flush();
      return t.failed() == 0 ? 0 : 1;
    }
  }
}
