package org.eventline.article;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Trims what clings to the ends of a story inside its own container: a "Text size" toolbar, a
 * photo credit above the first paragraph, "Follow us on Twitter!" or "Read or share this story"
 * below the last. Only the ends are trimmed (before the first and after the last full
 * paragraph): a short line between paragraphs is a subheading.
 */
final class BodyEdges {
  /** Shorter non-sentences at an end are labels, credits or calls to action, not story. */
  private static final int LABEL_WORDS = 8;
  /** Longer lines are kept whatever they say. */
  private static final int CALL_WORDS = 20;

  /** Photo credits name an agency or say what took the picture. */
  private static final Pattern PHOTO_CREDIT = Pattern.compile(
      "(?i)(?:getty images|reuters/|afp/|/afp|ap photo|epa/|shutterstock|illustration by|photo(?:graph)?s? (?:by|:)|"
          + "image(?:s)? (?:by|:)|credit:|foto:)");
  /** Sharing, following and subscribing: the calls that end a web page, not a story. */
  private static final Pattern CALL_TO_ACTION = Pattern.compile(
      "(?i)(?:\\bshare\\b|\\bfollow\\b|subscribe|newsletter|sign (?:up|in)|twitter|facebook|\\bemail us\\b|"
          + "read more|more from|click here|comments?\\b|contribut(?:e|ions)|related\\b)");

  private static final Pattern BYLINE = Pattern.compile("(?:^|\\s)(?:By|Par|Por|Von)\\s+\\p{Lu}");

  /** A copyright or publication notice can run to a few sentences of legal text. */
  private static final int NOTICE_WORDS = 50;
  private static final Pattern NOTICE = Pattern.compile(
      "(?i)©|\\bcopyright\\b|all rights reserved|droits réservés|derechos reservados|"
          + "\\b(?:publié|mis à jour|publicado|actualizado|veröffentlicht|aktualisiert)\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

  private BodyEdges() {}

  static void trim(List<String> body) {
    // A photo credit is never story text, wherever it stands.
    body.removeIf(p -> Paragraphs.words(p) < LABEL_WORDS && PHOTO_CREDIT.matcher(p).find());
    // The head runs to the first full paragraph, the tail from the last sentence: what clings there goes,
    // while a standfirst or a closing question that reads as a sentence stays.
    int first = 0;
    while (first < body.size() && Paragraphs.words(body.get(first)) < CALL_WORDS) {
      first++;
    }
    // The tail is shorter: a story may end on a brief sentence, so it starts after the last one.
    int last = body.size() - 1;
    while (last >= 0 && !isClosingSentence(body.get(last))) {
      last--;
    }
    List<String> kept = new java.util.ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      boolean edge = i < first || i > last;
      if (!edge || !isClinging(body.get(i), i > last)) {
        kept.add(body.get(i));
      }
    }
    body.clear();
    body.addAll(kept);
  }

  /** A full sentence, not a notice: copyright lines are sentences too, and end pages, not stories. */
  private static boolean isClosingSentence(String p) {
    int words = Paragraphs.words(p);
    return words >= LABEL_WORDS && Paragraphs.endsSentence(p) && !(words < NOTICE_WORDS && NOTICE.matcher(p).find());
  }

  /** A line ending in a colon introduces what follows: in the head a quote, in the tail nothing left. */
  private static boolean isClinging(String p, boolean tail) {
    if (Credit.parse(p).isPresent()) {
      return false; // "Source: Reuters" is the source, taken by the reader after this trim
    }
    int words = Paragraphs.words(p);
    // "Thanks!", "Produced by:", a copyright line, "text size: T T Business September 20, 2011":
    // a word or two, a line that announces what is not there, a notice, a line stamped with a year.
    if (words < 3 || tail && p.endsWith(":") || words < NOTICE_WORDS && NOTICE.matcher(p).find()
        || words < CALL_WORDS && YEAR.matcher(p).find() && !Paragraphs.endsSentence(p)) {
      return true;
    }
    // A dateline or byline left in the container: "Updated: August 13, 2010", "Email Print By Jane Roe".
    if (words < CALL_WORDS && (DateLine.parse(p).isPresent() || BYLINE.matcher(p).find())) {
      return true;
    }
    if (words < LABEL_WORDS && !Paragraphs.endsSentence(p)) {
      return true;
    }
    return words < CALL_WORDS && (PHOTO_CREDIT.matcher(p).find() || CALL_TO_ACTION.matcher(p).find());
  }
}
