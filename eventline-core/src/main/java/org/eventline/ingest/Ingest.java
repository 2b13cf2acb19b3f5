package org.eventline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eventline.article.Article;
import org.eventline.pipeline.Pipeline.Coded;
import org.eventline.source.PageInput;
import org.eventline.source.PageSink;
import org.eventline.source.Source;
import org.eventline.store.EventStore;
import org.eventline.store.IngestError;
import org.eventline.store.InputRecord;
import org.eventline.store.StoreException;

/**
 * The front door of this package: reads sources into the store, on all cores.
 *
 * <pre>{@code
 * try (EventStore store = EventStore.open(Path.of("eventline-data"))) {
 *   Totals t = Ingest.into(store, Pipeline.shared()::code)
 *       .run(Sources.open(List.of("crawl.warc.gz"), SourceOptions.defaults()));
 * }
 * }</pre>
 *
 * <p>The sources are read on the calling thread into a bounded queue (so a fast WARC cannot fill
 * the heap ahead of slow coding) and worker threads code and store. The coding step is a plain
 * function, so tests can ingest without loading CoreNLP.
 *
 * <p><b>Never lose, never duplicate.</b> Each article is stored with its events and its input's
 * ledger row in one transaction. By default (resume) an input whose content hash and URL are in
 * the ledger is skipped before coding, so a second run over the same input stores nothing new,
 * and a run killed with {@code kill -9} picks up where it stopped.
 */
public final class Ingest {
  private final EventStore store;
  private final Function<Article, Coded> coder;
  private int threads = Runtime.getRuntime().availableProcessors();
  private boolean resume = true;
  private Consumer<Totals> progress = t -> {};
  private Consumer<IngestError> errors = e -> {};

  private Ingest(EventStore store, Function<Article, Coded> coder) {
    this.store = Objects.requireNonNull(store, "store");
    this.coder = Objects.requireNonNull(coder, "coder");
  }

  /** An ingest into {@code store} that codes each readable article with {@code coder}. */
  public static Ingest into(EventStore store, Function<Article, Coded> coder) {
    return new Ingest(store, coder);
  }

  /** Worker threads; all cores by default. */
  public Ingest threads(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + n);
    }
    this.threads = n;
    return this;
  }

  /** Whether inputs already in the store are skipped (default) or coded again (events are upserted). */
  public Ingest resume(boolean skipStored) {
    this.resume = skipStored;
    return this;
  }

  /** Called about twice a second with the totals so far, and once at the end, from one thread. */
  public Ingest progress(Consumer<Totals> listener) {
    this.progress = Objects.requireNonNull(listener);
    return this;
  }

  /** Called for every failed input as it fails, from a worker thread. */
  public Ingest errors(Consumer<IngestError> listener) {
    this.errors = Objects.requireNonNull(listener);
    return this;
  }

  /** Reads every source to the end and returns what happened; bad input never stops the run. */
  public Totals run(List<Source> sources) {
    Counters counters = new Counters();
    BlockingQueue<PageInput> queue = new ArrayBlockingQueue<>(threads * 4);
    PageInput end = PageInput.failed("(end of input)", null, null, "end");
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> work(queue, end, counters), "eventline-ingest-" + i);
      t.start();
      workers.add(t);
    }
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "eventline-ingest-progress");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleAtFixedRate(() -> progress.accept(counters.totals()), 500, 500, TimeUnit.MILLISECONDS);
    PageSink sink = new PageSink() {
      @Override
      public void accept(PageInput page) {
        put(queue, page);
      }

      @Override
      public void skipped(String input, String why) {
        counters.skipped.increment();
      }
    };
    try {
      for (Source s : sources) {
        try {
          s.read(sink);
        } catch (RuntimeException e) {
          // A source is meant never to throw; if one does, its error is recorded and the others go on.
          sink.accept(PageInput.failed(s.name(), null, null, "input " + s.name() + ": reading failed (" + e
              + "); please report it"));
        }
      }
    } finally {
      for (int i = 0; i < threads; i++) {
        put(queue, end);
      }
      for (Thread t : workers) {
        join(t);
      }
      ticker.shutdownNow();
    }
    Totals t = counters.totals();
    progress.accept(t);
    return t;
  }

  private void work(BlockingQueue<PageInput> queue, PageInput end, Counters c) {
    while (true) {
      PageInput in;
      try {
        in = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (in == end) {
        return;
      }
      c.inputs.increment();
      try {
        handle(in, c);
      } catch (RuntimeException | StackOverflowError e) {
        // A stack overflow from one pathological page (deep nesting) must not kill the worker.
        c.failed.increment();
        String why = e instanceof StoreException ? e.getMessage() : "input " + in.input() + ": " + e + "; please report it";
        fail(new IngestError(in.input(), "store", why, null), null, c, true);
      }
    }
  }

  private void handle(PageInput in, Counters c) {
    if (in.failed()) {
      c.failed.increment();
      fail(new IngestError(in.input(), in.error().startsWith("URL ") ? "fetch" : "source", in.error(), null),
          null, c, true);
      return;
    }
    InputRecord record = new InputRecord(in.input(), in.via(), in.url(), in.contentHash());
    if (resume && store.hasInput(record.contentHash(), record.url())) {
      c.unchanged.increment();
      return;
    }
    Article article = PageDecoder.article(in);
    Coded coded = article.failed() ? new Coded(article, List.of(), 0, 0) : code(article);
    if (coded.error() != null) {
      c.failed.increment();
      // The error first: a crash between the two leaves the input unrecorded, so a resume redoes both.
      fail(new IngestError(in.input(), article.failed() ? "page" : "code", coded.error(), null), null, c, true);
    }
    boolean added = store.store(coded.article(), coded.events(), record);
    if (coded.error() != null) {
      return; // kept with its error, so the article JSON can say why; counted as failed, not stored
    }
    if (added) {
      c.stored.increment();
      c.events.add(coded.events().size());
    } else {
      c.unchanged.increment();
    }
  }

  private Coded code(Article article) {
    try {
      return coder.apply(article);
    } catch (RuntimeException | StackOverflowError e) {
      Article failed = new Article(article.id(), article.file(), article.url(), article.canonicalUrl(),
          article.title(), article.published(), article.crawled(), article.author(), article.source(),
          article.site(), article.siteStoryId(), article.language(), article.body(),
          "page " + article.file() + ": coding failed (" + e + "); article kept without events");
      return new Coded(failed, List.of(), 0, 0);
    }
  }

  private void fail(IngestError error, InputRecord from, Counters c, boolean record) {
    errors.accept(error);
    if (!record) {
      return;
    }
    try {
      store.recordError(error, from);
    } catch (StoreException e) {
      // The store itself failing (a full disk) is reported, not hidden; the run goes on so later
      // inputs can still be tried once the cause is fixed by a resume.
      errors.accept(new IngestError(error.input(), "store", e.getMessage(), null));
    }
  }

  private static void put(BlockingQueue<PageInput> queue, PageInput page) {
    try {
      queue.put(page);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    }
  }

  private static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
