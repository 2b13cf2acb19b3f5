package org.eventline.ingest;

import java.util.concurrent.atomic.LongAdder;

/** The running counts of an ingest, updated by every worker without contention. */
final class Counters {
  final long startNanos = System.nanoTime();
  final LongAdder inputs = new LongAdder();
  final LongAdder stored = new LongAdder();
  final LongAdder unchanged = new LongAdder();
  final LongAdder skipped = new LongAdder();
  final LongAdder failed = new LongAdder();
  final LongAdder events = new LongAdder();

  Totals totals() {
    return new Totals(inputs.sum(), stored.sum(), unchanged.sum(), skipped.sum(), failed.sum(), events.sum(),
        (System.nanoTime() - startNanos) / 1e9);
  }
}
