package org.eventline.cli;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventline.article.Article;
import org.eventline.event.Event;
import org.eventline.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eventline import-parquet DIR}: loads the Spark job's output into the embedded store so the
 * UI and the API can browse it. Articles already in the store are kept as they are, with their
 * events (article ids are content hashes: a known id is a known article), so importing twice, or
 * importing the output of overlapping runs, adds nothing twice.
 */
@Command(name = "import-parquet", mixinStandardHelpOptions = true,
    description = {"Loads the Parquet output of the Spark job (docs/SCALING.md) into the store:",
        "articles, events and errors. Articles already stored are skipped with their events."})
final class ImportParquetCommand implements Callable<Integer> {
  /** Articles appended at once: one transaction each, a few MB of bodies. */
  static final int BATCH = 500;

  @Parameters(paramLabel = "DIR", description = "The job's output folder (holding articles/, events/, errors/).")
  Path dir;

  @Mixin DataOption data;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws SQLException {
    long t0 = System.nanoTime();
    long[] counts = new long[4]; // articles, events, already stored, errors
    try (SparkOutput in = new SparkOutput(dir); EventStore store = data.open(spec.commandLine().getErr())) {
      try (ResultSet articles = in.articles(); ResultSet events = in.events()) {
        merge(articles, events, store, counts);
      }
      ResultSet errors = in.errors();
      if (errors != null) {
        try (errors) {
          while (errors.next()) {
            store.recordError(SparkOutput.error(errors), null);
            counts[3]++;
          }
        }
      }
      DataOption.finishAppend(store, spec.commandLine().getErr());
    }
    spec.commandLine().getOut().printf("imported %,d articles and %,d events (%,d articles already stored),"
        + " %,d errors, into %s in %.1f s%n", counts[0], counts[1], counts[2], counts[3], data.dir,
        (System.nanoTime() - t0) / 1e9);
    return 0;
  }

  /** Walks articles (by id) and events (by article id) side by side, appending in batches. */
  private static void merge(ResultSet articles, ResultSet events, EventStore store, long[] counts) throws SQLException {
    List<Article> batchArticles = new ArrayList<>();
    List<Event> batchEvents = new ArrayList<>();
    boolean moreEvents = events.next();
    while (articles.next()) {
      Article a = SparkOutput.article(articles);
      boolean known = store.article(a.id()).isPresent();
      List<Event> own = new ArrayList<>();
      while (moreEvents && events.getString("article_id").compareTo(a.id()) <= 0) {
        if (events.getString("article_id").equals(a.id())) {
          own.add(SparkOutput.event(events));
        }
        moreEvents = events.next();
      }
      if (known) {
        counts[2]++;
        continue;
      }
      batchArticles.add(a);
      batchEvents.addAll(own);
      if (batchArticles.size() == BATCH) {
        flush(store, batchArticles, batchEvents, counts);
      }
    }
    flush(store, batchArticles, batchEvents, counts);
  }

  private static void flush(EventStore store, List<Article> articles, List<Event> events, long[] counts) {
    if (articles.isEmpty()) {
      return;
    }
    store.append(articles, events);
    counts[0] += articles.size();
    counts[1] += events.size();
    articles.clear();
    events.clear();
  }
}
