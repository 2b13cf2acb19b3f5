package org.eventline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.eventline.article.Article;
import org.eventline.event.Event;
import org.eventline.event.EventStatus;
import org.eventline.event.EventType;
import org.eventline.store.BoundingBox;
import org.eventline.store.EventQuery;
import org.eventline.store.EventStore;
import org.eventline.store.Interval;
import org.eventline.synth.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "store", mixinStandardHelpOptions = true,
    description = {"Loads synthetic events (seeded, realistic) into a fresh store, then times typical",
        "filtered queries (a page of 100) and aggregates: p50 and p99 latency, load rate, file size."})
final class BenchStoreCommand implements Callable<Integer> {
  @Option(names = "--events", defaultValue = "10000000", description = "Events to load (default: ${DEFAULT-VALUE}).")
  long events;

  @Option(names = "--queries", defaultValue = "200", description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--dir", defaultValue = "bench-store", description = "Data folder, created afresh (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Option(names = "--reuse", description = "Query the store already in --dir instead of loading a new one.")
  boolean reuse;

  @Spec CommandSpec spec;

  private static final String[] ACTORS = {"SYRGOV", "RUSGOV", "USAMIL", "IRQREB", "TURGOV", "IGOUNO", "FRA", "NGAMIL"};

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!reuse && Files.exists(dir.resolve(EventStore.FILE_NAME))) {
      spec.commandLine().getErr().println("bench store: " + dir + " already holds a store; remove it or pass --reuse");
      return 2;
    }
    try (EventStore store = DataOption.open(dir, spec.commandLine().getErr())) {
      if (!reuse) {
        load(store, out);
      }
      out.printf("store: %,d events; %s on disk (DuckDB %s, text index %s, row copies %s)%n",
          store.summary().events(), mib(size(dir)), mib(Files.size(store.file())),
          mib(size(dir.resolve("lucene"))), mib(size(dir.resolve("rows"))));
      // The machine may be shared: the load average says how much the timings measure the neighbours.
      out.printf("load average before timing: %.2f%n", loadAverage());
      // Each query's runs are timed twice with the same parameters: first when its rows and index
      // nodes may still be on disk (DuckDB loads the primary key's index lazily), then again once
      // they are in memory, as on a server that has been answering for a while.
      out.println("query (limit 100 where listed) | p50 ms | p99 ms | again: p50 ms | again: p99 ms | rows (last run)");
      for (Map.Entry<String, Function<SplittableRandom, Integer>> q : suite(store).entrySet()) {
        time(q.getKey(), q.getValue(), out);
      }
      out.printf("load average after timing: %.2f%n", loadAverage());
    }
    return 0;
  }

  private void load(EventStore store, PrintWriter out) {
    SyntheticCorpus corpus = new SyntheticCorpus(seed, LocalDate.parse("2015-01-01"), 3650);
    long expectedArticles = Math.max(1, events / 2);
    long loaded = 0;
    long t0 = System.nanoTime();
    long nextReport = 0;
    while (loaded < events) {
      List<Article> articles = new ArrayList<>();
      List<Event> batch = new ArrayList<>();
      while (batch.size() < 50_000 && loaded + batch.size() < events) {
        SyntheticCorpus.Item item = corpus.next(expectedArticles);
        articles.add(item.article());
        batch.addAll(item.events());
      }
      store.append(articles, batch);
      loaded += batch.size();
      if (loaded >= nextReport) {
        double s = (System.nanoTime() - t0) / 1e9;
        spec.commandLine().getErr().printf("\rloading %,d / %,d events (%.0f%%), %,.0f events/s  ",
            loaded, events, 100.0 * loaded / events, loaded / s);
        spec.commandLine().getErr().flush();
        nextReport += events / 50;
      }
    }
    spec.commandLine().getErr().println();
    double appended = (System.nanoTime() - t0) / 1e9;
    DataOption.finishAppend(store, spec.commandLine().getErr());
    double seconds = (System.nanoTime() - t0) / 1e9;
    out.printf("load: %,d events in %.1f s = %,.0f events/s (DuckDB appender + Lucene article index;"
        + " %.1f s of it story clusters, event counts and sorting the keys at the end)%n",
        loaded, seconds, loaded / seconds, seconds - appended);
  }

  /** The queries an analyst's screen sends, each drawing its own random parameters. */
  private Map<String, Function<SplittableRandom, Integer>> suite(EventStore store) {
    Map<String, Function<SplittableRandom, Integer>> s = new LinkedHashMap<>();
    s.put("newest page, no filter", r -> store.events(EventQuery.all()).size());
    s.put("actor (code, either side)", r -> store.events(EventQuery.all().withActor(actor(r))).size());
    s.put("actor + type", r -> store.events(EventQuery.all().withActor(actor(r)).withType(type(r))).size());
    s.put("type + one month", r -> {
      LocalDate from = month(r);
      return store.events(EventQuery.all().withType(type(r)).withFrom(from).withTo(from.plusMonths(1))).size();
    });
    s.put("quad class + status + actor country", r -> store.events(EventQuery.all().withQuadClass(1 + r.nextInt(4))
        .withStatus(EventStatus.values()[r.nextInt(3)]).withActorCountry(actor(r).substring(0, 3))).size());
    s.put("place bounding box (±2°)", r -> {
      double lat = 20 + r.nextDouble() * 30;
      double lon = r.nextDouble() * 60;
      return store.events(EventQuery.all().withBox(new BoundingBox(lon - 2, lat - 2, lon + 2, lat + 2))).size();
    });
    s.put("place country, oldest first, page 5", r -> store.events(EventQuery.all().withPlaceCountry(actor(r).substring(0, 3))
        .withSort(org.eventline.store.EventSort.OLDEST).withOffset(400)).size());
    s.put("full text (a capital) + type", r -> store.events(EventQuery.all()
        .withText(new String[] {"Damascus", "Kabul", "Kyiv", "Tripoli", "Beirut"}[r.nextInt(5)]).withType(type(r))).size());
    s.put("count: actor", r -> (int) store.count(EventQuery.all().withActor(actor(r))));
    s.put("timeline by month: actor", r -> store.timeline(EventQuery.all().withActor(actor(r)), Interval.MONTH).size());
    s.put("timeline by week: one year", r -> {
      LocalDate from = month(r);
      return store.timeline(EventQuery.all().withFrom(from).withTo(from.plusYears(1)), Interval.WEEK).size();
    });
    s.put("actor pairs top 100: one month", r -> {
      LocalDate from = month(r);
      return store.actorPairs(EventQuery.all().withFrom(from).withTo(from.plusMonths(1)), 100).size();
    });
    s.put("types: actor", r -> store.types(EventQuery.all().withActor(actor(r))).size());
    s.put("places top 500: type", r -> store.places(EventQuery.all().withType(type(r)), 500).size());
    return s;
  }

  private void time(String name, Function<SplittableRandom, Integer> query, PrintWriter out) {
    SplittableRandom warmUp = new SplittableRandom(seed ^ 0x5DEECE66DL);
    for (int i = 0; i < Math.min(10, queries); i++) {
      query.apply(warmUp);
    }
    long[] first = new long[queries];
    long[] again = new long[queries];
    int rows = 0;
    for (long[] nanos : List.of(first, again)) {
      SplittableRandom r = new SplittableRandom(seed);
      for (int i = 0; i < queries; i++) {
        long t = System.nanoTime();
        rows = query.apply(r);
        nanos[i] = System.nanoTime() - t;
      }
    }
    out.printf("%s | %.1f | %.1f | %.1f | %.1f | %d%n", name, percentile(first, 50), percentile(first, 99),
        percentile(again, 50), percentile(again, 99), rows);
    out.flush();
  }

  /** The p-th percentile in milliseconds, by rank: with 30 runs the p99 is the slowest run. */
  private static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = p == 50 ? sorted.length / 2 : (int) Math.ceil(sorted.length * p / 100.0) - 1;
    return sorted[Math.min(sorted.length - 1, rank)] / 1e6;
  }

  /** The one-minute load average, or -1 where the system does not report one. */
  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static String actor(SplittableRandom r) {
    return ACTORS[r.nextInt(ACTORS.length)];
  }

  private static EventType type(SplittableRandom r) {
    return EventType.values()[r.nextInt(EventType.values().length)];
  }

  private static LocalDate month(SplittableRandom r) {
    return LocalDate.parse("2015-01-01").plusMonths(r.nextInt(108));
  }

  private static long size(Path p) throws IOException {
    if (!Files.exists(p)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(p)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static String mib(long bytes) {
    return String.format("%,.0f MiB", bytes / 1048576.0);
  }
}
