package org.eventline.source;

/**
 * Where a {@link Source} puts what it reads. Implementations must be thread-safe: a source may
 * hand pages on from several threads (a URL list fetches hosts side by side).
 */
public interface PageSink {
  /** A page, read or failed. May block while downstream is busy: that is the back-pressure. */
  void accept(PageInput page);

  /** Something deliberately not read, such as a WARC revisit record; counted, not an error. */
  default void skipped(String input, String why) {}
}
