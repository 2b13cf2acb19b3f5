package org.eventline.ingest;

/**
 * What an ingest run did, so far or in the end.
 *
 * @param inputs pages handed on by the sources, failed ones included
 * @param stored articles that were new to the store and coded without error
 * @param unchanged inputs already in the store (same content and URL), or articles it already had
 * @param skipped records deliberately not read (WARC revisits, redirects, images)
 * @param failed inputs that failed at some stage; each is in the store's errors table (a page that
 *     could be read but not coded is also kept as an article with its error)
 * @param events events of the newly stored articles
 * @param seconds time since the run started
 */
public record Totals(long inputs, long stored, long unchanged, long skipped, long failed, long events, double seconds) {
  /** Inputs per second, over the whole run so far. */
  public double pagesPerSecond() {
    return inputs / Math.max(seconds, 1e-3);
  }
}
