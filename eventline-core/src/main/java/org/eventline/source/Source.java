package org.eventline.source;

/**
 * Something that yields pages: a file, a folder, a WARC, a feed, a JSON Lines file, a URL list.
 * Get one from {@link Sources#open}.
 *
 * <pre>{@code
 * for (Source s : Sources.open(List.of("crawl.warc.gz", "pages/"), SourceOptions.defaults())) {
 *   s.read(page -> System.out.println(page.input()));
 * }
 * }</pre>
 *
 * <p>A source never throws for bad input: what it cannot read becomes a failed {@link PageInput}
 * naming the input, and it goes on with the next one when the format allows.
 */
public interface Source {
  /** The input as given, for messages. */
  String name();

  /** Hands every page of this source to {@code sink}, in order where the source has one. */
  void read(PageSink sink);
}
