package org.eventline.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Fetches pages the way a polite crawler does: one request at a time per host with a pause
 * between them, robots.txt obeyed, a user agent naming the project, a deadline on the whole
 * response (a server that stalls mid-body is cut off), a size cap (a server sending gigabytes is
 * cut off at the cap), and redirects followed by hand, at most five, each hop checked against
 * {@link UrlPolicy} so a redirect cannot lead into the local network.
 */
final class PoliteFetcher {
  static final int MAX_REDIRECTS = 5;
  private static final int ROBOTS_MAX_BYTES = 512 * 1024;

  private final SourceOptions options;
  private final HttpClient client;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();
  private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "eventline-fetch-deadlines");
    t.setDaemon(true);
    return t;
  });

  /** Per-host state: the lock that makes requests take turns, when the last one ended, the rules. */
  private static final class Host {
    final ReentrantLock turn = new ReentrantLock();
    long lastRequestNanos;
    Robots robots;
  }

  PoliteFetcher(SourceOptions options) {
    this.options = options;
    this.client = HttpClient.newBuilder()
        .connectTimeout(options.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** Fetches one URL; {@code input} names it in the result, {@code via} is the list or feed it came from. */
  PageInput fetch(String input, String url, String via) {
    List<String> chain = new ArrayList<>();
    String current = url.strip();
    while (true) {
      String refusal = UrlPolicy.refusal(current, options.allowPrivate());
      if (refusal != null) {
        String hop = chain.isEmpty() ? "" : " (redirected from " + String.join(" -> ", chain) + ")";
        return PageInput.failed(input, via, url, "URL " + current + hop + ": " + refusal);
      }
      if (chain.contains(current)) {
        chain.add(current);
        return PageInput.failed(input, via, url, "URL " + url + ": redirect loop (" + String.join(" -> ", chain) + ")");
      }
      if (chain.size() > MAX_REDIRECTS) {
        return PageInput.failed(input, via, url, "URL " + url + ": more than " + MAX_REDIRECTS + " redirects ("
            + String.join(" -> ", chain) + "); gave up");
      }
      chain.add(current);
      URI uri = URI.create(current);
      Response r;
      try {
        r = politely(uri);
      } catch (RefusedByRobots e) {
        return PageInput.failed(input, via, url, "URL " + current + ": disallowed by " + e.getMessage());
      } catch (java.net.http.HttpConnectTimeoutException e) {
        return PageInput.failed(input, via, url, "URL " + current + ": no connection within "
            + options.connectTimeout().toSeconds() + " s; is the host up?");
      } catch (HttpTimeoutException e) {
        return PageInput.failed(input, via, url, "URL " + current + ": no response within "
            + options.readTimeout().toSeconds() + " s (the server stalls); try again later");
      } catch (IOException e) {
        return PageInput.failed(input, via, url, "URL " + current + ": " + WarcFile.describe(e));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return PageInput.failed(input, via, url, "URL " + current + ": interrupted");
      }
      if (r.status() >= 300 && r.status() < 400 && r.location() != null) {
        current = uri.resolve(r.location().strip()).toString();
        continue;
      }
      if (r.status() < 200 || r.status() > 299) {
        return PageInput.failed(input, via, url, "URL " + current + ": HTTP " + r.status());
      }
      if (!WarcFile.isPageType(r.contentType())) {
        return PageInput.failed(input, via, url, "URL " + current + ": media type " + r.contentType() + ", not a page");
      }
      return PageInput.of(input, via, current, r.body()).withContentType(r.contentType());
    }
  }

  private record Response(int status, String location, String contentType, byte[] body) {}

  private static final class RefusedByRobots extends IOException {
    RefusedByRobots(String robotsUrl) {
      super(robotsUrl);
    }
  }

  /** One request, after this host's previous request and pause, and only if robots.txt allows it. */
  private Response politely(URI uri) throws IOException, InterruptedException {
    String hostKey = uri.getScheme() + "://" + uri.getRawAuthority();
    Host host = hosts.computeIfAbsent(hostKey, k -> new Host());
    host.turn.lock();
    try {
      if (host.robots == null) {
        host.robots = robots(URI.create(hostKey + "/robots.txt"), host);
      }
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (uri.getRawQuery() != null) {
        path += "?" + uri.getRawQuery();
      }
      if (!host.robots.allows(path)) {
        throw new RefusedByRobots(hostKey + "/robots.txt");
      }
      return request(uri, host, options.maxBytes());
    } finally {
      host.turn.unlock();
    }
  }

  /** RFC 9309: a missing robots.txt (4xx) allows all; an unreachable one (5xx, no answer) allows none. */
  private Robots robots(URI robotsUri, Host host) throws InterruptedException {
    try {
      Response r = request(robotsUri, host, ROBOTS_MAX_BYTES);
      if (r.status() >= 200 && r.status() < 300) {
        return Robots.parse(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8), "eventline");
      }
      return r.status() >= 400 && r.status() < 500 ? Robots.ALLOW_ALL : Robots.DISALLOW_ALL;
    } catch (IOException e) {
      return Robots.DISALLOW_ALL;
    }
  }

  private Response request(URI uri, Host host, int maxBytes) throws IOException, InterruptedException {
    long wait = host.lastRequestNanos + options.delay().toNanos() - System.nanoTime();
    if (host.lastRequestNanos != 0 && wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
    try {
      HttpRequest req = HttpRequest.newBuilder(uri)
          .timeout(options.readTimeout())
          .header("User-Agent", options.userAgent())
          .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
          .GET().build();
      HttpResponse<InputStream> resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
      byte[] body = readCapped(uri, resp.body(), maxBytes);
      return new Response(resp.statusCode(), resp.headers().firstValue("Location").orElse(null),
          resp.headers().firstValue("Content-Type").orElse(null), body);
    } finally {
      host.lastRequestNanos = System.nanoTime();
    }
  }

  /**
   * Reads at most {@code maxBytes}, within the read timeout. The HTTP client's own timeout ends at
   * the headers, so a body that trickles or stalls is cut off here by closing its stream.
   */
  private byte[] readCapped(URI uri, InputStream body, int maxBytes) throws IOException {
    ScheduledFuture<?> deadline = deadlines.schedule(() -> {
      try {
        body.close();
      } catch (IOException ignored) {
        // Closing is how we interrupt the read; a failure to close changes nothing.
      }
    }, options.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    long t0 = System.nanoTime();
    try (body) {
      byte[] bytes = body.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw new IOException("body larger than the size cap of " + maxBytes + " bytes; stopped reading"
            + " (raise the cap if this really is one page)");
      }
      return bytes;
    } catch (IOException e) {
      if (System.nanoTime() - t0 >= options.readTimeout().toNanos() - 50_000_000L) {
        throw new HttpTimeoutException("body not complete within the read timeout");
      }
      throw e;
    } finally {
      deadline.cancel(false);
    }
  }
}
