package org.eventline.article;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** The body's unit: one paragraph per block, whitespace tidied, blocks joined by a blank line. */
final class Paragraphs {
  static final String SEPARATOR = "\n\n";

  /** Every kind of space (no-break, thin, zero-width, ideographic) counts as one plain space. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");
  /**
   * A sentence's last mark, closing quotes and brackets, then any source cited in brackets, as digests
   * of briefs end their items ("killing four officers. (Reuters)").
   */
  private static final Pattern SENTENCE_END = Pattern.compile(
      ".*[.!?…:。！？؟।][\"'”’»」』)\\]]*( ?\\([^()]{1,60}\\))*$");

  private Paragraphs() {}

  static String clean(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  static String join(List<String> paragraphs) {
    return String.join(SEPARATOR, paragraphs);
  }

  /**
   * Words separated by spaces; Chinese, Japanese and Korean runs without spaces count one word per
   * two characters, so that "four words" means about the same amount of text in every script.
   */
  static int words(String s) {
    int words = 0;
    boolean inWord = false;
    int cjk = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        inWord = false;
      } else if (isCjk(c)) {
        cjk++;
      } else if (!inWord) {
        inWord = true;
        words++;
      }
    }
    return words + (cjk + 1) / 2;
  }

  private static boolean isCjk(char c) {
    if (c < '\u2E80') {
      return false; // below the CJK radicals: every Latin, Arabic, Cyrillic... letter; the common case, kept cheap
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA; // Korean puts spaces between words
  }

  /** True when the text ends like a sentence, as paragraphs do and titles and labels do not. */
  static boolean endsSentence(String s) {
    return SENTENCE_END.matcher(s).matches();
  }

  /**
   * The element's text as {@link Element#text()} gives it, cleaned, or null when it is longer than
   * {@code max}: reading stops there, so asking whether the whole of a 20 MB page is a dateline costs
   * nothing.
   */
  static String shortText(Element e, int max) {
    StringBuilder b = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          b.append(t.text());
          if (b.length() > 2 * max) {
            return FilterResult.STOP;
          }
        } else if (node instanceof Element el && (el.isBlock() || el.normalName().equals("br"))) {
          b.append(' '); // as Element.text() spaces blocks and line breaks, and runs inline text together
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, e);
    String text = clean(b.toString());
    return text.length() > max ? null : text;
  }
}
