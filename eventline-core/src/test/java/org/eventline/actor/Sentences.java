package org.eventline.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventline.nlp.Token;

/**
 * Hand-made token lists, so the tests need no CoreNLP: words split on spaces, each optionally
 * tagged {@code word/POS} or {@code word/POS/NER}. Untagged words are NN ("the", "a", "and"
 * are DT/CC; punctuation is tagged as itself), NER O. Offsets count one space between tokens.
 */
final class Sentences {
  private Sentences() {}

  static List<Token> tokens(String tagged) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (String item : tagged.trim().split(" +")) {
      String[] parts = item.split("/", -1);
      // "U.S." or "and/or" are words; only a tag-shaped suffix is read as a tag.
      String word = parts[0];
      String pos = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : defaultPos(word);
      String ner = parts.length > 2 ? parts[2] : "O";
      out.add(new Token(out.size(), word, word.toLowerCase(Locale.ROOT), pos, ner,
          offset, offset + word.length()));
      offset += word.length() + 1;
    }
    return out;
  }

  private static String defaultPos(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "the", "a", "an" -> "DT";
      case "and", "or" -> "CC";
      case "'s", "’s", "'", "’" -> "POS";
      default -> Character.isLetterOrDigit(word.charAt(0)) ? "NN" : word;
    };
  }
}
