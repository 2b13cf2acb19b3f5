package org.eventline.article;

import java.nio.file.Path;
import java.util.Objects;
import org.eventline.page.Page;
import org.eventline.page.PageReader;

/**
 * The front door of this package: turns a page into an {@link Article}.
 *
 * <pre>{@code
 * Article a = ArticleExtractor.extract(Path.of("pages/aleppo.txt"));
 * if (a.failed()) System.err.println(a.error()); else System.out.println(a.title() + " " + a.published());
 * }</pre>
 *
 * <p>Never throws for bad input: a page that cannot be read, or holds no article text, gives an
 * article with a specific error (and, in the second case, whatever metadata the page had).
 */
public final class ArticleExtractor {
  private ArticleExtractor() {}

  public static Article extract(Path file) {
    return extract(PageReader.read(file));
  }

  /** Extracts from bytes already in memory; {@code file} names the page in the result. */
  public static Article extract(String file, byte[] bytes) {
    return extract(PageReader.of(file, bytes));
  }

  /** Extracts from a page already read, HTML or scraped text. */
  public static Article extract(Page page) {
    if (page.failed()) {
      return Article.failed(page.file(), page.error());
    }
    try {
      Article a = page.isHtml()
          ? HtmlArticleReader.read(page.file(), page.text())
          : TextArticleReader.read(page.file(), page.text());
      String language = LanguageGuess.of(a.language(), a.body());
      return Objects.equals(language, a.language()) ? a : new Article(a.id(), a.file(), a.url(), a.canonicalUrl(),
          a.title(), a.published(), a.crawled(), a.author(), a.source(), a.site(), a.siteStoryId(), language,
          a.body(), a.error());
    } catch (RuntimeException e) {
      // A bug of ours must not stop a run over a million pages; the page says what happened.
      return Article.failed(page.file(), "page " + page.file() + ": extraction failed (" + e + "); please report it");
    }
  }
}
