package org.eventline.server;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The only ways text reaches a page: escaped for element content and quoted attributes alike,
 * and links only to http(s) addresses, because every string here was scraped from the web.
 */
final class Html {
  private Html() {}

  /** Escapes {@code & < > " '}; null becomes the empty string. */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A value for a URL path segment or query parameter, then escaped for the attribute. */
  static String urlPart(String s) {
    return escape(URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8));
  }

  /**
   * A link to a scraped URL when it is plainly http(s), else the URL as text: a page's URL could
   * be {@code javascript:...}.
   */
  static String externalLink(String url) {
    if (url == null) {
      return "";
    }
    try {
      String scheme = URI.create(url.strip()).getScheme();
      if (scheme != null && (scheme.toLowerCase(Locale.ROOT).equals("http")
          || scheme.toLowerCase(Locale.ROOT).equals("https"))) {
        return "<a href=\"" + escape(url.strip()) + "\" rel=\"noopener noreferrer nofollow\">" + escape(url) + "</a>";
      }
    } catch (IllegalArgumentException notAUri) {
      // Shown as text below.
    }
    return escape(url);
  }
}
