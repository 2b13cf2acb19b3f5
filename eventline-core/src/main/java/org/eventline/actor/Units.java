package org.eventline.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventline.nlp.Token;

/**
 * The matching units of a phrase or a sentence: lower-case words with hyphens and possessive
 * {@code 's} dropped, so that "al-Nusra", "al - Nusra" and "AL_NUSRA" all read {@code al nusra},
 * and "Syria's government" reads like the dictionary's {@code SYRIA'S_GOVERNMENT}. Each unit
 * remembers the token it came from, so a match can be held to whole tokens.
 */
final class Units {
  final List<String> words = new ArrayList<>();
  final List<Integer> tokenOf = new ArrayList<>();
  /** Index of the first unit of each token, or -1 for a token with none ("-", "'s"). */
  final int[] firstUnitOf;

  private Units(int tokens) {
    firstUnitOf = new int[tokens];
  }

  static Units of(List<Token> sentence) {
    Units u = new Units(sentence.size());
    for (int t = 0; t < sentence.size(); t++) {
      List<String> split = split(sentence.get(t).word());
      u.firstUnitOf[t] = split.isEmpty() ? -1 : u.words.size();
      for (String w : split) {
        u.words.add(w);
        u.tokenOf.add(t);
      }
    }
    return u;
  }

  /** True when unit {@code i} is the last unit of its token. */
  boolean endsToken(int i) {
    return i + 1 == words.size() || !tokenOf.get(i + 1).equals(tokenOf.get(i));
  }

  /** The units of a dictionary phrase or a token's word. Hand-written: it runs on every phrase. */
  static List<String> split(String text) {
    String s = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    List<String> out = new ArrayList<>(4);
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && isBlank(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isBlank(s.charAt(i))) {
        i++;
      }
      int end = i;
      if (end - start > 2 && s.startsWith("'s", end - 2)) {
        end -= 2; // "syria's" reads "syria": CoreNLP splits the possessive into its own token
      } else if (end - start > 1 && s.charAt(end - 1) == '\'') {
        end--;
      }
      int part = start;
      for (int j = start; j <= end; j++) {
        if (j == end || s.charAt(j) == '-' || s.charAt(j) == '–') {
          if (j > part && !(j - part == 1 && s.charAt(part) == '\'')) {
            out.add(s.substring(part, j));
          }
          part = j + 1;
        }
      }
    }
    return out;
  }

  private static boolean isBlank(char c) {
    return c == '_' || Character.isWhitespace(c);
  }

  static boolean isPossessive(String word) {
    String w = word.replace('’', '\'');
    return w.equals("'s") || w.equals("'") || w.equals("'S");
  }
}
