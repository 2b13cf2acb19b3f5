package org.eventline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads an article out of an HTML page: metadata first, then the body, from one jsoup parse. */
final class HtmlArticleReader {
  /** JSON-LD articleBody shorter than this is a teaser, not the story. */
  private static final int LONG_ARTICLE_BODY = 500;
  /** A body shorter than this is a scrap: worth a second, more lenient reading of the page. */
  private static final int SHORT_BODY = 250;

  private HtmlArticleReader() {}

  static Article read(String file, String page) {
    String html = HtmlBudget.bound(page);
    Document doc = Jsoup.parse(html);
    JsonLd ld = JsonLd.read(doc);
    // Metadata before the body: finding the body removes headers and bylines from the tree.
    HtmlMetadata meta = HtmlMetadata.read(doc, ld);
    int pageText = doc.body() == null ? 0 : doc.body().text().length();
    BodyFinder.Body found = doc.body() == null ? new BodyFinder.Body(List.of(), false) : BodyFinder.find(doc.body(), true);
    List<String> body = new ArrayList<>(found.paragraphs());
    if (!found.listing() && Paragraphs.join(body).length() < SHORT_BODY && doc.body() != null) {
      // Nothing found, or a scrap: the story may sit in a container whose class names boilerplate
      // ("main-ad-wrapper"). A second reading on a fresh parse trusts only tags and text.
      Document again = Jsoup.parse(html);
      List<String> lenient = BodyFinder.find(again.body(), false).paragraphs();
      if (Paragraphs.join(lenient).length() > Paragraphs.join(body).length()) {
        body = new ArrayList<>(lenient);
      }
    }
    body = preferArticleBody(ld, body);
    body.removeIf(p -> p.equals(meta.title()));
    BodyEdges.trim(body);
    String source = meta.source();
    // A closing "Source: Reuters" is a credit, not story text.
    if (!body.isEmpty()) {
      Optional<Credit> credit = Credit.parse(body.get(body.size() - 1));
      if (credit.isPresent() && credit.get().role() == Credit.Role.SOURCE) {
        source = source == null ? credit.get().name() : source;
        body.remove(body.size() - 1);
      }
    }
    // A page that declares itself an article is one, however many linked headlines it carries.
    boolean listing = found.listing() && !meta.declaresArticle();
    if (listing) {
      body.clear();
    }
    String errorPage = ErrorPage.heading(meta.title(), doc);
    if (errorPage != null && Paragraphs.join(body).length() < ErrorPage.MAX_BODY) {
      body.clear();
    }
    String error = !body.isEmpty() ? null
        : errorPage != null ? "page " + file + ": an error page (\"" + errorPage + "\"), no article"
        : listing ? "page " + file + ": a list of stories (a home or section page), no article"
        : "page " + file + ": no article text found (" + pageText + " characters of text, all boilerplate or links)";
    return new Article(null, file, meta.url(), meta.canonicalUrl(), meta.title(), meta.published(), null,
        meta.author(), source, meta.site(), meta.siteStoryId(), meta.language(), Paragraphs.join(body), error);
  }

  /**
   * A long JSON-LD articleBody is the publisher's own statement of the story, so it wins, unless
   * the page's paragraphs say the same at least as fully: they keep the paragraph breaks that
   * articleBody often flattens.
   */
  private static List<String> preferArticleBody(JsonLd ld, List<String> dom) {
    String declared = ld.articleBody();
    if (declared == null || declared.length() < LONG_ARTICLE_BODY) {
      return dom;
    }
    int domLength = Paragraphs.join(dom).length();
    if (domLength >= declared.length() * 0.8) {
      return dom;
    }
    List<String> out = new ArrayList<>();
    for (String part : declared.split("\\n+")) {
      String p = Paragraphs.clean(part);
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }
}
