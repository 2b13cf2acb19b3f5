package org.eventline.source;

import java.time.Duration;

/**
 * How sources that reach the network behave, and how big a page may be.
 *
 * <pre>{@code SourceOptions.defaults().withFetchLinks(true)}</pre>
 *
 * @param maxBytes a page larger than this is refused (a fetch stops reading at it)
 * @param userAgent sent with every request and matched against robots.txt
 * @param delay the pause between two requests to the same host
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long a whole response may take, headers and body
 * @param allowPrivate whether URLs of loopback, private and link-local addresses may be fetched;
 *     off by default so that a URL list or feed cannot reach into the local network
 * @param fetchLinks whether the links of feed items are fetched (else only the items' own text is read)
 * @param hostThreads how many hosts are fetched side by side (each host gets one request at a time)
 */
public record SourceOptions(
    int maxBytes, String userAgent, Duration delay, Duration connectTimeout, Duration readTimeout,
    boolean allowPrivate, boolean fetchLinks, int hostThreads) {

  /** The user agent names the project and where to read about it, as polite crawlers do. */
  public static final String USER_AGENT = "Eventline/0.1 (+https://github.com/eventline/eventline; news event coding)";

  public SourceOptions {
    if (maxBytes <= 0 || hostThreads <= 0) {
      throw new IllegalArgumentException("maxBytes and hostThreads must be positive");
    }
  }

  /** 20 MB pages, 1 s between requests to a host, 10 s to connect, 30 s per response, public URLs only. */
  public static SourceOptions defaults() {
    return new SourceOptions(org.eventline.page.PageReader.MAX_BYTES, USER_AGENT, Duration.ofSeconds(1),
        Duration.ofSeconds(10), Duration.ofSeconds(30), false, false, 4);
  }

  public SourceOptions withMaxBytes(int max) {
    return new SourceOptions(max, userAgent, delay, connectTimeout, readTimeout, allowPrivate, fetchLinks, hostThreads);
  }

  public SourceOptions withDelay(Duration d) {
    return new SourceOptions(maxBytes, userAgent, d, connectTimeout, readTimeout, allowPrivate, fetchLinks, hostThreads);
  }

  public SourceOptions withTimeouts(Duration connect, Duration read) {
    return new SourceOptions(maxBytes, userAgent, delay, connect, read, allowPrivate, fetchLinks, hostThreads);
  }

  public SourceOptions withAllowPrivate(boolean allow) {
    return new SourceOptions(maxBytes, userAgent, delay, connectTimeout, readTimeout, allow, fetchLinks, hostThreads);
  }

  public SourceOptions withFetchLinks(boolean fetch) {
    return new SourceOptions(maxBytes, userAgent, delay, connectTimeout, readTimeout, allowPrivate, fetch, hostThreads);
  }
}
