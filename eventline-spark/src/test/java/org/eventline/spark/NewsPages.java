package org.eventline.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Small news pages written for these tests, as HTML files (what the CLI reads) and as WARC
 * response records (what the job reads): the same bytes both ways.
 */
final class NewsPages {
  record Page(String url, String html) {}

  /** A story and a repost of it on another site that credits the first: one story, two articles. */
  static final Page VISIT = page("https://www.alwaght.com/news/1", "Al Waght", "2024-03-15T09:30",
      "Russian foreign minister visits Damascus",
      "The Russian foreign minister visited Damascus on Friday and met the Syrian president.",
      "Russia and Syria signed an agreement on reconstruction aid after the talks.",
      "Israel condemned the agreement and accused Iran of arming militias in Syria.");
  static final Page REPOST = page("https://theiranproject.com/blog/2", "Al Waght", "2024-03-15T14:00",
      "Russian foreign minister visits Damascus | The Iran Project",
      "The Russian foreign minister visited Damascus on Friday and met the Syrian president.",
      "Russia and Syria signed an agreement on reconstruction aid after the talks.",
      "Israel condemned the agreement and accused Iran of arming militias in Syria.",
      "This article was first published by Al Waght.");
  static final Page SANCTIONS = page("https://news.example.org/world/3", null, "2024-03-16T08:00",
      "EU weighs new sanctions",
      "The European Union imposed new sanctions on Iran on Saturday.",
      "Germany and France urged Tehran to return to negotiations.",
      "Iran threatened to attack Israel if the sanctions stood.");
  static final Page TALKS = page("https://news.example.org/world/4", null, "2024-03-17T11:00",
      "Turkey and Egypt hold talks",
      "The Turkish president met Egyptian officials in Cairo on Sunday.",
      "Egypt denied sending troops to Libya.",
      "China criticized Japan over its defence budget.");

  static final List<Page> ALL = List.of(VISIT, REPOST, SANCTIONS, TALKS);

  private NewsPages() {}

  static Page page(String url, String credit, String published, String title, String... paragraphs) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
        .append(title).append("</title>\n<meta property=\"article:published_time\" content=\"").append(published)
        .append("\">\n<link rel=\"canonical\" href=\"").append(url).append("\">\n</head><body>\n<article><h1>")
        .append(title).append("</h1>\n<p class=\"date\">").append(published, 0, 10).append("</p>\n");
    for (String p : paragraphs) {
      b.append("<p>").append(p).append(" ").append(filler()).append("</p>\n");
    }
    if (credit != null) {
      b.append("<p>Source: ").append(credit).append("</p>\n");
    }
    return new Page(url, b.append("</article></body></html>\n").toString());
  }

  /** Body text around the event sentences, so the extractor sees an article, not a snippet. */
  private static String filler() {
    return "Officials from several governments followed the meeting closely, and diplomats in the region"
        + " said further consultations were expected in the coming weeks.";
  }

  static Path html(Path dir, int i, Page p) throws IOException {
    return Files.writeString(dir.resolve("page" + i + ".html"), p.html(), StandardCharsets.UTF_8);
  }

  /** A gzipped WARC of the pages, plus a 404 that the source must skip. */
  static Path warc(Path file, List<Page> pages) throws IOException {
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      for (Page p : pages) {
        w.write(response(p.url(), 200, p.html()));
      }
      w.write(response("https://news.example.org/missing", 404, "<html><body>Not found</body></html>"));
    }
    return file;
  }

  private static WarcResponse response(String url, int status, String html) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build();
    return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-03-18T00:00:00Z")).body(http).build();
  }
}
