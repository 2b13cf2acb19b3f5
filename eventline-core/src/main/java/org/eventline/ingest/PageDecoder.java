package org.eventline.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventline.article.Article;
import org.eventline.article.ArticleExtractor;
import org.eventline.source.PageInput;

/**
 * Turns a source's page into an article that remembers where it came from: the one decoding that
 * the ingest and the Spark job share, so a page read from a WARC gives the same article in both.
 *
 * <pre>{@code Article a = PageDecoder.article(pageInput); }</pre>
 */
public final class PageDecoder {
  private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private PageDecoder() {}

  /** The article of a page that was read (not {@link PageInput#failed()}); never throws for bad bytes. */
  public static Article article(PageInput in) {
    // The page reader tells text from HTML by the name when the text itself does not say;
    // a {url, text} line has no such name, so it reads under one, and gets its own back below.
    String readAs = in.text() ? in.input() + ".txt" : in.input();
    Article a = ArticleExtractor.extract(readAs, withCharsetHint(in));
    if (a.file().equals(in.input()) && (a.url() != null || in.url() == null)) {
      return a;
    }
    return new Article(a.id(), in.input(), a.url() != null ? a.url() : in.url(), a.canonicalUrl(), a.title(),
        a.published(), a.crawled(), a.author(), a.source(), a.site(), a.siteStoryId(), a.language(), a.body(),
        a.error() == null ? null : a.error().replace(readAs, in.input()));
  }

  /**
   * The page's bytes, led by a {@code <meta charset>} naming the charset of its Content-Type header.
   *
   * <p>Why: in HTML the HTTP header outranks the page's own declaration, and the page reader (which
   * takes bytes only) obeys the first declaration it sees. A leading meta carries the header's word
   * to it and still lets its checks overrule a charset the bytes contradict. Only for HTML in an
   * ASCII-compatible charset without a byte-order mark: a BOM outranks the header, and ASCII bytes
   * put before UTF-16 would garble it.
   */
  static byte[] withCharsetHint(PageInput in) {
    byte[] bytes = in.bytes();
    String charset = charset(in.contentType());
    if (charset == null || in.text() || bytes.length == 0 || hasBom(bytes) || !asciiCompatible(charset)) {
      return bytes;
    }
    byte[] meta = ("<meta charset=\"" + charset + "\">").getBytes(StandardCharsets.US_ASCII);
    byte[] out = Arrays.copyOf(meta, meta.length + bytes.length);
    System.arraycopy(bytes, 0, out, meta.length, bytes.length);
    return out;
  }

  static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)
        || (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF));
  }

  private static boolean asciiCompatible(String name) {
    try {
      Charset cs = Charset.forName(name.toLowerCase(Locale.ROOT));
      return Arrays.equals("<meta>".getBytes(cs), "<meta>".getBytes(StandardCharsets.US_ASCII));
    } catch (RuntimeException e) {
      return false; // an unknown name: leave the page to declare its own
    }
  }
}
