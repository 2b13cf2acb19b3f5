package org.eventline.article;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an article's URL tells: the site's host, the story's id, the date in its path. */
final class UrlParts {
  private static final Pattern PATH_DATE = Pattern.compile("/((?:19|20)\\d{2})/(?:[A-Za-z_-]{2,30}/)?(\\d{1,2})/(\\d{1,2})(?:/|$)");
  /** A dashed date inside a path or slug: {@code /2016-06-25/}, {@code /2016-06-25-aleppo-talks}. */
  private static final Pattern SLUG_DATE =
      Pattern.compile("(?<![\\d])((?:19|20)\\d{2})[-_.](0[1-9]|1[0-2])[-_.](0[1-9]|[12]\\d|3[01])(?![\\d])");
  /** Eight digits that are a date and a path segment or a slug's part of their own: {@code /20160625/}. */
  private static final Pattern COMPACT_DATE =
      Pattern.compile("(?<=[/_-])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");
  /** A run of five or more digits, not part of a date, and not a year alone. */
  private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\d])(\\d{5,})(?![\\d])");
  private static final Pattern ID_PARAM = Pattern.compile("[?&](?:id|story|storyid|story_id|article|articleid|nid|p)=([A-Za-z0-9-]+)",
      Pattern.CASE_INSENSITIVE);

  private UrlParts() {}

  /** The host without a leading {@code www.}, or null when {@code url} is not an absolute URL. */
  static String host(String url) {
    if (url == null) {
      return null;
    }
    URI uri = uri(url);
    String host = uri == null ? null : uri.getHost();
    if (host == null) {
      return null;
    }
    host = host.toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  /**
   * The date in a path like {@code /2016/06/25/slug}, {@code /news/2016-06-25-slug} or
   * {@code /20160625/slug}, or null. The host and query are not read: a number there is no date.
   */
  static PrintedDate pathDate(String url) {
    if (url == null) {
      return null;
    }
    URI uri = uri(url);
    String path = uri == null ? url : uri.getRawPath(); // an address URI cannot read is searched whole, as it was
    if (path == null) {
      return null;
    }
    for (Pattern p : new Pattern[] {PATH_DATE, SLUG_DATE, COMPACT_DATE}) {
      Matcher m = p.matcher(path);
      if (m.find()) {
        return PrintedDate.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)).orElse(null);
      }
    }
    return null;
  }

  /**
   * The site's own id for the story: an id query parameter, else the last long number in the
   * path (dates removed first, so {@code /20160625/} is not taken for an id), or null.
   */
  static String storyId(String url) {
    if (url == null) {
      return null;
    }
    Matcher q = ID_PARAM.matcher(url);
    if (q.find()) {
      return q.group(1);
    }
    URI uri = uri(url);
    String path = uri == null ? null : uri.getPath();
    if (path == null) {
      return null;
    }
    path = PATH_DATE.matcher(path).replaceAll("/").replaceAll("(?:19|20)\\d{2}[01]\\d[0-3]\\d(?!\\d)", "");
    String id = null;
    Matcher m = LONG_NUMBER.matcher(path);
    while (m.find()) {
      id = m.group(1);
    }
    return id;
  }

  /** The address as a URI (spaces escaped), or null when it is none. */
  private static URI uri(String url) {
    try {
      return URI.create(url.strip().replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
