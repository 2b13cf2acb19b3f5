package org.eventline.article;

import java.util.Locale;

/**
 * Bounds the work on one page. Parsing and scoring are linear, but a 10 MB page still costs
 * seconds, and a run over a crawl must not stall on one. News pages are under 3 MB, most of it
 * scripts and styles: those go first (keeping JSON-LD, which carries metadata), then the rest is cut.
 */
final class HtmlBudget {
  /** Characters of HTML we parse at most; a page's article is near its top. */
  static final int MAX_CHARS = 3 * 1024 * 1024;

  private HtmlBudget() {}

  /** The page within the budget: unchanged when small enough. */
  static String bound(String html) {
    if (html.length() <= MAX_CHARS) {
      return html;
    }
    String lean = withoutScripts(html);
    return lean.length() <= MAX_CHARS ? lean : lean.substring(0, MAX_CHARS);
  }

  /** Drops {@code <script>} (but JSON-LD) and {@code <style>} elements in one pass over the text. */
  static String withoutScripts(String html) {
    StringBuilder out = new StringBuilder(Math.min(html.length(), MAX_CHARS * 2));
    String lower = html.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < html.length()) {
      int open = nextOpening(lower, i);
      if (open < 0) {
        out.append(html, i, html.length());
        break;
      }
      String tag = lower.startsWith("<script", open) ? "script" : "style";
      int headEnd = lower.indexOf('>', open);
      int close = headEnd < 0 ? -1 : lower.indexOf("</" + tag, headEnd);
      boolean jsonLd = tag.equals("script") && headEnd > 0 && lower.substring(open, headEnd).contains("ld+json");
      if (close < 0) {
        out.append(html, i, open); // an unclosed script runs to the end of the page: all of it goes
        break;
      }
      int end = lower.indexOf('>', close);
      end = end < 0 ? html.length() : end + 1;
      out.append(html, i, jsonLd ? end : open);
      i = end;
    }
    return out.toString();
  }

  private static int nextOpening(String lower, int from) {
    int script = lower.indexOf("<script", from);
    int style = lower.indexOf("<style", from);
    if (script < 0) {
      return style;
    }
    return style < 0 ? script : Math.min(script, style);
  }
}
