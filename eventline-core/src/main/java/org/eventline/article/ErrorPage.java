package org.eventline.article;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Recognises a server's or CMS's error page ("404 Not Found", "Page introuvable") by its title or
 * headline. Its few sentences ("The requested URL was not found") must not pass for a story.
 */
final class ErrorPage {
  /** An error page says little; a longer body under such a title is a story about an error. */
  static final int MAX_BODY = 600;

  private static final Pattern ERROR_TITLE = Pattern.compile(
      "(?i)^(?:error\\s*)?(?:40[034]|410|50[03])\\b|\\b(?:page|file|article|story)?\\s*not found\\b|"
          + "\\bpage (?:does not|doesn't|no longer) exist|\\bno longer available\\b|\\bintrouvable\\b|"
          + "\\bnicht gefunden\\b|\\bno encontrad[ao]\\b|\\bnon trovat[ao]\\b|الصفحة غير موجودة");

  private ErrorPage() {}

  /** The title or headline that names an error, or null for an ordinary page. */
  static String heading(String title, Document doc) {
    if (title != null && ERROR_TITLE.matcher(title).find()) {
      return title;
    }
    Element h1 = doc.selectFirst("h1");
    String h = h1 == null ? null : Paragraphs.clean(h1.text());
    return h != null && h.length() < 60 && ERROR_TITLE.matcher(h).find() ? h : null;
  }
}
