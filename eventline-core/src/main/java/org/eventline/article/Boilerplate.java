package org.eventline.article;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes what is never article text: scripts, navigation, forms, and blocks whose class or id
 * names them as sharing bars, comments, related links, ads, cookie notices and the like.
 */
final class Boilerplate {
  private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, object, embed, "
      + "button, select, input, textarea, dialog, [hidden], [style~=display:\\s*none]";
  /**
   * Page furniture by its tag or role. Kept when it holds the article: old ASP.NET sites wrap the
   * whole page in one {@code <form>}, some CMSs put the story in a {@code <header>} or {@code <aside>}.
   */
  private static final String FURNITURE = "nav, header, footer, aside, form, menu, figure, figcaption, "
      + "[aria-hidden=true], [role=navigation], [role=complementary]";

  /** Class and id words that name boilerplate; matched as whole words of a class or id. */
  private static final Pattern HINT = Pattern.compile(
      "(?:^|[\\s_-])(?:share|sharing|social|comments?|comentarios|commentaires|kommentare|disqus|related|promo|newsletter|cookies?|consent|sidebar|menu|"
          + "breadcrumbs?|footer|subscribe|subscription|signup|popup|modal|banner|sponsored|outbrain|taboola|"
          + "recommended|popular|trending|tags|ads?|advert\\w*|masthead|toolbar|pagination|caption)(?:$|[\\s_-])",
      Pattern.CASE_INSENSITIVE);

  private Boilerplate() {}

  /** Removes boilerplate; {@code byName} false keeps elements that only their class or id condemns. */
  static void strip(Element root, boolean byName) {
    root.select(NEVER_TEXT).remove();
    Elements furniture = root.select(FURNITURE);
    int pageText = furniture.isEmpty() ? 0 : root.text().length();
    for (Element e : furniture) {
      if (e.parent() != null && !holdsMostOfThePage(e, pageText)) {
        e.remove();
      }
    }
    if (!byName) {
      return;
    }
    for (Element e : root.select("[class], [id]")) {
      if (e.parent() != null && isHinted(e) && !holdsTheArticle(e)) {
        e.remove();
      }
    }
  }

  /**
   * Furniture that wraps the story: it holds the article's markup, or most of the page's text (a
   * page-wide {@code <form>}). An {@code <h1>} alone does not count: site headers put the logo in one.
   */
  private static boolean holdsMostOfThePage(Element e, int pageText) {
    String tag = e.normalName();
    if (tag.equals("nav") || tag.equals("figure") || tag.equals("figcaption") || tag.equals("menu")) {
      return false;
    }
    return e.selectFirst("article, main, [itemprop=articleBody]") != null || e.text().length() * 2 > pageText;
  }

  static boolean isHinted(Element e) {
    return HINT.matcher(e.className()).find() || HINT.matcher(e.id()).find();
  }

  /**
   * A page-wide wrapper may carry a hint ("has-sidebar", "with-comments"); removing it would
   * take the article with it, so elements holding the article's markup are kept.
   */
  private static boolean holdsTheArticle(Element e) {
    String tag = e.normalName();
    return tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")
        || e.selectFirst("article, main, [itemprop=articleBody], h1") != null;
  }
}
