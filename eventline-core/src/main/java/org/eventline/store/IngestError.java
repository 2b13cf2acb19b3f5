package org.eventline.store;

import java.time.Instant;

/**
 * A page that failed, as {@code eventline errors} lists it.
 *
 * <pre>{@code new IngestError("crawl.warc.gz#1234", "page", "page crawl.warc.gz#1234: empty (0 bytes); skipped", null)}</pre>
 *
 * @param input the input as given
 * @param stage where it failed: {@code source} (reading the file, WARC, feed...), {@code fetch},
 *     {@code page} (decoding and extraction), {@code code} (NLP and event coding), {@code store}
 * @param message what went wrong, where, and what to do
 * @param failedAt when; null for an error not stored yet
 */
public record IngestError(String input, String stage, String message, Instant failedAt) {
  public IngestError {
    if (input == null || stage == null || message == null) {
      throw new IllegalArgumentException("an ingest error needs the input, the stage and a message");
    }
  }
}
