package org.eventline.article;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A credit line: a byline ({@code "By Al Waght"}, {@code "Written by Jane Doe"}) or a source
 * credit ({@code "Source: Reuters"}, {@code "Courtesy of AFP"}).
 *
 * <p>A credit is short and its name is a name: capitalised words, with the few lower-case
 * particles names carry. That keeps a sentence such as "By the end of the week, ..." out.
 */
record Credit(Role role, String name) {

  enum Role {
    /** "By X": the writer when printed above the story, the original publisher when below it. */
    BYLINE,
    /** "Source: X": always the original publisher. */
    SOURCE
  }

  private static final Pattern BYLINE =
      Pattern.compile("^(?:by|written by|reported by|reporting by|story by)\\s*[:\\-–]?\\s+(.+)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SOURCE = Pattern.compile(
      "^(?:source|sources|via|courtesy(?: of)?|credit|originally published (?:by|in|on|at))\\s*[:\\-–]?\\s+(.+)$",
      Pattern.CASE_INSENSITIVE);
  /** One to six name words: capitalised, all-caps, or a particle like "al", "de", "and", "&". */
  private static final Pattern NAME = Pattern.compile(
      "(?:(?:\\p{Lu}[\\p{L}'’.-]*|al|el|de|da|del|der|la|le|van|von|bin|ibn|of|and|&|\\p{Lu}\\p{Lu}+)"
          + "(?:\\s*,\\s*|\\s+|$)){1,6}");

  static Optional<Credit> parse(String line) {
    if (line.length() > 80 || line.contains("://")) {
      return Optional.empty();
    }
    Matcher m = SOURCE.matcher(line);
    if (m.matches() && isName(m.group(1))) {
      return Optional.of(new Credit(Role.SOURCE, tidy(m.group(1))));
    }
    m = BYLINE.matcher(line);
    if (m.matches() && isName(m.group(1))) {
      return Optional.of(new Credit(Role.BYLINE, tidy(m.group(1))));
    }
    return Optional.empty();
  }

  private static boolean isName(String s) {
    String t = s.strip();
    return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && NAME.matcher(t).matches()
        && !t.matches(".*[.!?]$|.*\\p{Ll}{3,}\\.$");
  }

  private static String tidy(String s) {
    return s.strip().replaceAll("[\\s,]+$", "");
  }
}
