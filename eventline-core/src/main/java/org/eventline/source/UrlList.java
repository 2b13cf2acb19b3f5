package org.eventline.source;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * URLs to fetch, from a {@code .urls} file (one a line, {@code #} comments), the command line or a
 * feed's links. Each URL is its own input. Hosts are fetched side by side, each host's URLs in
 * turn (see {@link PoliteFetcher}), so a list of one site takes as long as politeness demands.
 */
final class UrlList implements Source {
  private final String name;
  private final List<String> urls;
  private final String via;
  private final Sources.Opener opener;

  UrlList(String name, List<String> urls, String via, Sources.Opener opener) {
    this.name = name;
    this.urls = List.copyOf(urls);
    this.via = via;
    this.opener = opener;
  }

  static Source fromFile(String name, Path path, Sources.Opener opener) {
    try {
      List<String> urls = new ArrayList<>();
      for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          urls.add(s);
        }
      }
      return new UrlList(name, urls, name, opener);
    } catch (IOException | RuntimeException e) {
      String why = e instanceof java.nio.file.NoSuchFileException ? "no such file" : "cannot be read (" + e.getMessage() + ")";
      return new Failed(name, "URL list " + name + ": " + why);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void read(PageSink sink) {
    Map<String, List<String>> byHost = new LinkedHashMap<>();
    for (String url : urls) {
      String refusal = UrlPolicy.refusal(url, opener.options.allowPrivate());
      if (refusal != null) {
        sink.accept(PageInput.failed(url, via, url, "URL " + url + (via == null ? "" : " (in " + via + ")") + ": " + refusal));
      } else {
        byHost.computeIfAbsent(URI.create(url.strip()).getRawAuthority(), h -> new ArrayList<>()).add(url);
      }
    }
    if (byHost.isEmpty()) {
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(byHost.size(), opener.options.hostThreads()));
    try {
      for (List<String> hostUrls : byHost.values()) {
        pool.execute(() -> {
          for (String url : hostUrls) {
            sink.accept(opener.fetcher.fetch(url, url, via));
          }
        });
      }
    } finally {
      pool.shutdown();
      try {
        while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
          // Politeness can make a long list slow; waiting is the point.
        }
      } catch (InterruptedException e) {
        pool.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A source that could not be opened: it yields its one error. */
  record Failed(String name, String error) implements Source {
    @Override
    public void read(PageSink sink) {
      sink.accept(PageInput.failed(name, null, null, error));
    }
  }
}
