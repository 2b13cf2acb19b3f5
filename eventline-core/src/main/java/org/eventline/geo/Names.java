package org.eventline.geo;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/** The lookup key of a place name: the forms a name takes in news and in GeoNames meet here. */
final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final String APOSTROPHES = "'’‘`ʻʼʿʾ";
  private static final String SEPARATORS = "-_.,";
  /** The Arabic article as romanised; "al-Bab" in news is "Al Bāb" in GeoNames, "Raqqa" is "Ar Raqqah". */
  private static final Set<String> ARTICLES = Set.of("al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "ath", "ez", "es", "ed");

  private Names() {}

  /**
   * Lower case, accents folded, apostrophes dropped, hyphens and runs of spaces as one space, no "the".
   * A hand loop rather than regexes: the gazetteer keys 600,000 names at load.
   */
  static String key(String name) {
    String s = isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (APOSTROPHES.indexOf(c) >= 0) {
        continue;
      }
      if (Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(Character.toLowerCase(c));
    }
    String k = b.toString();
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  /**
   * The consonants of a key, q as k, a letter doubled as one, spaces kept: "Kiryat Shmona" and GeoNames'
   * "Qiryat Shemona", "Khan Younis" and "Khan Yunis" are one skeleton, two spellings of one name
   * transliterated, where "Mayon" and "Megion" are two names. A "y" or "w" inside a word is a vowel, as in
   * Arabic names written "ay" or "ei", "aw" or "o" ("Beit Hanoun" and GeoNames' "Bayt Hanun", "Zor" and "Zawr").
   */
  static String skeleton(String key) {
    StringBuilder b = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i) == 'q' ? 'k' : key.charAt(i);
      boolean inWord = i > 0 && key.charAt(i - 1) != ' ';
      if ("aeiou".indexOf(c) >= 0 || (c == 'y' || c == 'w') && inWord || b.length() > 0 && b.charAt(b.length() - 1) == c) {
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }

  /** True for an Arabic article as news writes it before a name: "al", "el", "ez"... */
  static boolean isArticle(String word) {
    return ARTICLES.contains(word);
  }

  /** The key without a leading Arabic article, or null when it has none or too little is left. */
  static String withoutArticle(String key) {
    int space = key.indexOf(' ');
    if (space < 2 || space > 3 || key.length() - space - 1 < 4 || !ARTICLES.contains(key.substring(0, space))) {
      return null;
    }
    return key.substring(space + 1);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }
}
