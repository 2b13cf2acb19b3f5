package org.eventline.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a scraped text page and what it reads as. A line is judged alone, by its form,
 * never by its words: a date is a line that parses as a date and holds nothing else; a paragraph
 * is a line long enough and ending like a sentence.
 */
record ScrapedLine(int index, String text, Kind kind) {

  enum Kind {
    BLANK,
    DATE,
    /** A printed story id: "Story Code : 220344", "News ID: 1234", "Article #A-88". */
    STORY_CODE,
    CREDIT,
    URL,
    /** Body text: 8+ words ending a sentence, 12+ ending in a cited source, or 25+ words however it ends. */
    PARAGRAPH,
    /** Any other text: a title, a subheading, a form label, a menu item. */
    SHORT
  }

  private static final Pattern STORY_CODE = Pattern.compile(
      "^(?:(?:story|news|article|post|content|item|report)\\s*(?:code|id|no\\.?|number|#)|id)\\s*[:#]?\\s*([A-Za-z0-9-]{2,24})$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern URL = Pattern.compile(
      "^(?:(?:url|link|source|original|read more|permalink)\\s*:\\s*)?(https?://\\S+)$", Pattern.CASE_INSENSITIVE);

  /**
   * A news item that cites its source in brackets though its full stop was left out ("... hits a
   * humanitarian aid vehicle in North Kordofan, Sudan (Sudan Tribune)"): body text, not a label.
   */
  private static final Pattern CITED = Pattern.compile(".*[\\p{L}\\p{N}] ?(?:\\([^()]{1,60}\\) ?)+$");
  /** The fewest words of such an item; a menu line with a count ("Comments (12)") has a few. */
  private static final int CITED_WORDS = 12;

  static ScrapedLine of(int index, String text) {
    return new ScrapedLine(index, text, kindOf(text));
  }

  boolean is(Kind k) {
    return kind == k;
  }

  /** The story id of a STORY_CODE line, the address of a URL line. */
  String value() {
    Matcher m = (kind == Kind.STORY_CODE ? STORY_CODE : URL).matcher(text);
    return m.matches() ? m.group(1) : null;
  }

  private static Kind kindOf(String text) {
    if (text.isEmpty()) {
      return Kind.BLANK;
    }
    if (URL.matcher(text).matches()) {
      return Kind.URL;
    }
    if (STORY_CODE.matcher(text).matches()) {
      return Kind.STORY_CODE;
    }
    if (DateLine.parse(text).isPresent()) {
      return Kind.DATE;
    }
    if (Credit.parse(text).isPresent()) {
      return Kind.CREDIT;
    }
    int words = Paragraphs.words(text);
    if ((words >= 8 && Paragraphs.endsSentence(text)) || words >= 25 || words >= CITED_WORDS && CITED.matcher(text).matches()) {
      return Kind.PARAGRAPH;
    }
    return Kind.SHORT;
  }
}
