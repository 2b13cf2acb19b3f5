package org.eventline.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A news article as read from one page: metadata and the body text without boilerplate.
 *
 * <p>Fields follow the JSON contract of {@code eventline article}. Every field but {@code file}
 * may be null; {@code error} is set when the page could not be read, and then the body is empty.
 *
 * <pre>{@code Article a = ArticleExtractor.extract(Path.of("page.html"));}</pre>
 *
 * @param id stable id: a hash of the canonical URL (or file) and the body, so the same page stored twice is one article
 * @param file the input path as given
 * @param published publication date/time as printed, {@code YYYY-MM-DDTHH:MM[:SS][offset]} or {@code YYYY-MM-DD}
 * @param crawled crawl or scrape date, never used as the publication date
 * @param author the writer, where named
 * @param source the original publisher of a repost ("By Al Waght")
 * @param siteStoryId the site's own story id, from the URL or a printed "Story Code"
 */
public record Article(
    String id,
    String file,
    String url,
    String canonicalUrl,
    String title,
    String published,
    String crawled,
    String author,
    String source,
    String site,
    String siteStoryId,
    String language,
    String body,
    String error) {

  public Article {
    if (file == null) {
      throw new IllegalArgumentException("an article needs the file (input path) it came from");
    }
    if (body == null) {
      body = "";
    }
    if (id == null) {
      id = idFor(canonicalUrl != null ? canonicalUrl : url != null ? url : file, title, body);
    }
  }

  /** An article for a page that could not be read, carrying a specific reason. */
  public static Article failed(String file, String error) {
    return new Article(null, file, null, null, null, null, null, null, null, null, null, null, "", error);
  }

  public boolean failed() {
    return error != null;
  }

  /** The day of publication, or null when the page printed none that can be read. */
  public java.time.LocalDate publishedDay() {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(published.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** The first 16 hex digits of SHA-256 over the location, title and body. */
  static String idFor(String location, String title, String body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      // The body identifies an article; location and title keep empty failed pages apart.
      sha.update(String.valueOf(body.isBlank() ? location : "").getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(String.valueOf(title).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
