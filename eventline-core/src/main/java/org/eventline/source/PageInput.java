package org.eventline.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One page as a source hands it on: its bytes and where it came from, or why it could not be had.
 *
 * <pre>{@code
 * PageInput p = PageInput.of("crawl.warc.gz#1234", "crawl.warc.gz", "https://example.org/a", bytes)
 *     .withContentType("text/html; charset=windows-1256");
 * }</pre>
 *
 * @param input the input as given, the article's {@code file}: a path, a WARC path and the record's
 *     offset ({@code crawl.warc.gz#1234}), a feed item ({@code feed.xml#item3}), a JSON Lines line
 *     ({@code pages.jsonl#12}), or a URL
 * @param via the container it came in (the WARC, feed, JSON Lines file or URL list), or null
 * @param url the page's URL when known (WARC target, feed link, fetched URL), or null
 * @param contentType the declared media type with its parameters ({@code text/html; charset=x}), or null
 * @param text true when the page is known to be scraped text, not markup ({@code {url, text}} lines)
 * @param bytes the page's bytes, possibly empty; null when the page could not be had
 * @param error why the page could not be had (naming the input, saying what to do); null when it was
 */
public record PageInput(
    String input, String via, String url, String contentType, boolean text, byte[] bytes, String error) {

  public PageInput {
    if (input == null) {
      throw new IllegalArgumentException("a page input needs its name (path, WARC offset, URL...)");
    }
    if ((bytes == null) == (error == null)) {
      throw new IllegalArgumentException("input " + input + ": give either bytes or an error, not both or neither");
    }
  }

  /** A page read whole. */
  public static PageInput of(String input, String via, String url, byte[] bytes) {
    return new PageInput(input, via, url, null, false, bytes, null);
  }

  /** A page that could not be had; {@code error} says what, where and what to do. */
  public static PageInput failed(String input, String via, String url, String error) {
    return new PageInput(input, via, url, null, false, null, error);
  }

  public PageInput withContentType(String type) {
    return new PageInput(input, via, url, type, text, bytes, error);
  }

  /** The same page marked as scraped text rather than markup. */
  public PageInput asText() {
    return new PageInput(input, via, url, contentType, true, bytes, error);
  }

  public boolean failed() {
    return error != null;
  }

  /** SHA-256 of the bytes, hex: with the URL, what makes two inputs the same. */
  public String contentHash() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(bytes != null ? bytes : error.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
