package org.eventline.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over inputs on several threads and hands the results on in input order, with
 * at most {@code 2 × threads} results in flight, so memory stays bounded on a folder of any size.
 */
public final class InOrder {
  private InOrder() {}

  public static <T, R> void map(List<T> inputs, int threads, Function<T, R> work, Consumer<R> sink) {
    if (threads <= 1) {
      inputs.forEach(i -> sink.accept(work.apply(i)));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "eventline-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<R>> inFlight = new ArrayDeque<>();
      for (T input : inputs) {
        inFlight.add(pool.submit(() -> work.apply(input)));
        if (inFlight.size() >= 2 * threads) {
          sink.accept(take(inFlight.poll()));
        }
      }
      while (!inFlight.isEmpty()) {
        sink.accept(take(inFlight.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R take(Future<R> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a worker", e);
    } catch (ExecutionException e) {
      // Work functions catch their own page errors; anything here is a bug worth stopping for.
      throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
    }
  }
}
