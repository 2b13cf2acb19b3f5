package org.eventline.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The front door of this package: turns what a user names into {@link Source}s.
 *
 * <pre>{@code
 * List<Source> sources = Sources.open(List.of("crawl.warc.gz", "pages/", "feed.rss", "todo.urls"),
 *     SourceOptions.defaults());
 * }</pre>
 *
 * <p>What a name is, is told by its form: an {@code http(s)://} URL is fetched; a folder is walked;
 * {@code .warc} and {@code .warc.gz} are WARC files; {@code .rss}, {@code .atom} and {@code .xml}
 * are feeds; {@code .jsonl} and {@code .ndjson} are JSON Lines of {@code {url, html}} or
 * {@code {url, text}}; {@code .urls} are URL lists, one a line; anything else is a page.
 */
public final class Sources {
  private Sources() {}

  /** Opens every name; names that cannot be read become sources that yield one failed input. */
  public static List<Source> open(List<String> names, SourceOptions options) {
    Opener opener = new Opener(options, new PoliteFetcher(options));
    List<Source> out = new ArrayList<>();
    for (String name : names) {
      out.add(opener.open(name));
    }
    return out;
  }

  /** Opens sources of every kind with the same options and one fetcher, so politeness is per run. */
  static final class Opener {
    final SourceOptions options;
    final PoliteFetcher fetcher;

    Opener(SourceOptions options, PoliteFetcher fetcher) {
      this.options = options;
      this.fetcher = fetcher;
    }

    Source open(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        return new UrlList(name, List.of(name), null, this);
      }
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        return new Folder(name, path, this);
      }
      InputKind kind = InputKind.of(path.getFileName() == null ? name : path.getFileName().toString());
      return open(kind == null ? InputKind.PAGE : kind, name, path, null);
    }

    Source open(InputKind kind, String name, Path path, String via) {
      return switch (kind) {
        case PAGE -> new PageFile(name, path, via, options.maxBytes());
        case WARC -> new WarcFile(name, path, options.maxBytes());
        case FEED -> new Feed(name, path, this);
        case JSON_LINES -> new JsonLines(name, path, options.maxBytes());
        case URL_LIST -> UrlList.fromFile(name, path, this);
      };
    }
  }
}
