package org.eventline.store;

/**
 * Where an article came from, as the ingest ledger keeps it.
 *
 * <pre>{@code new InputRecord("crawl.warc.gz#1234", "crawl.warc.gz", "https://example.org/a", "9f2c...")}</pre>
 *
 * @param input the input as given: a path, a WARC path and record offset, a feed item, a URL
 * @param via the container it came in (WARC, feed, JSON Lines file, URL list), or null
 * @param url the page's URL, or null when it has none
 * @param contentHash SHA-256 of the input's bytes, hex; with the URL, the ledger's key
 */
public record InputRecord(String input, String via, String url, String contentHash) {
  public InputRecord {
    if (input == null || contentHash == null) {
      throw new IllegalArgumentException("an input record needs the input and its content hash");
    }
  }
}
