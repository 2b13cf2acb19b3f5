package org.eventline.cli;

import java.io.PrintWriter;
import org.eventline.ingest.Totals;

/**
 * One line on stderr, redrawn in place: a spinner-style bar (the total of a WARC or a URL list is
 * unknown until it is read), pages/s, articles, events and errors. Hand-drawn rather than a library:
 * with no known total, a bar library would add a dependency for a carriage return.
 */
final class ProgressBar {
  private static final int WIDTH = 20;
  private final PrintWriter err;
  private int tick;
  private int lastLength;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  synchronized void draw(Totals t) {
    int pos = tick++ % (2 * WIDTH - 2);
    int at = pos < WIDTH ? pos : 2 * WIDTH - 2 - pos;
    String bar = "-".repeat(at) + "=" + "-".repeat(WIDTH - 1 - at);
    String line = String.format("[%s] %d pages %.1f pages/s | %d articles | %d events | %d errors | %d skipped | %.0f s",
        bar, t.inputs(), t.pagesPerSecond(), t.stored(), t.events(), t.failed(), t.skipped(), t.seconds());
    err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
    err.flush();
    lastLength = line.length();
  }

  /** Wipes the line, so an error message starts on a clean one. */
  synchronized void clear() {
    if (lastLength > 0) {
      err.print("\r" + " ".repeat(lastLength) + "\r");
      lastLength = 0;
    }
  }

  synchronized void finish() {
    if (lastLength > 0) {
      err.println();
      err.flush();
    }
  }
}
