package org.eventline.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The lookup key of a place name: the forms a name takes in news and in GeoNames meet here. */
final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʻʼʿʾ]");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_.,]+");
  /** The Arabic article as romanised; "al-Bab" in news is "Al Bāb" in GeoNames, "Raqqa" is "Ar Raqqah". */
  private static final Pattern ARTICLE = Pattern.compile("^(al|el|ar|as|ad|an|at|az|ash|ath|ad|ez|es|ed) ");

  private Names() {}

  /** Lower case, accents folded, apostrophes dropped, hyphens and runs of spaces as one space, no "the". */
  static String key(String name) {
    String s = name.strip();
    if (!isAscii(s)) {
      s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    }
    s = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    s = SEPARATORS.matcher(s).replaceAll(" ").strip();
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  /** The key without a leading Arabic article, or null when it has none or too little is left. */
  static String withoutArticle(String key) {
    String rest = ARTICLE.matcher(key).replaceFirst("");
    return rest.length() == key.length() || rest.length() < 4 ? null : rest;
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
