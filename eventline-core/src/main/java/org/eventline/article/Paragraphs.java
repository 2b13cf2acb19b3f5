package org.eventline.article;

import java.util.List;
import java.util.regex.Pattern;

/** The body's unit: one paragraph per block, whitespace tidied, blocks joined by a blank line. */
final class Paragraphs {
  static final String SEPARATOR = "\n\n";

  /** Every kind of space (no-break, thin, zero-width, ideographic) counts as one plain space. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…:][\"'”’»)\\]]*$");

  private Paragraphs() {}

  static String clean(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  static String join(List<String> paragraphs) {
    return String.join(SEPARATOR, paragraphs);
  }

  static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  /** True when the text ends like a sentence, as paragraphs do and titles and labels do not. */
  static boolean endsSentence(String s) {
    return SENTENCE_END.matcher(s).matches();
  }
}
