package org.eventline.article;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Trims what clings to the ends of a story inside its own container: a "Text size" toolbar, a
 * photo credit above the first paragraph, "Follow us on Twitter!" or "Read or share this story"
 * below the last. Only the ends are trimmed: a short line between paragraphs is a subheading.
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

  private BodyEdges() {}

  static void trim(List<String> body) {
    while (!body.isEmpty() && isClinging(body.get(0))) {
      body.remove(0);
    }
    while (!body.isEmpty() && isClinging(body.get(body.size() - 1))) {
      body.remove(body.size() - 1);
    }
  }

  private static boolean isClinging(String p) {
    int words = Paragraphs.words(p);
    if (words < LABEL_WORDS && !Paragraphs.endsSentence(p) && Credit.parse(p).isEmpty()) {
      return true;
    }
    return words < CALL_WORDS && (PHOTO_CREDIT.matcher(p).find() || CALL_TO_ACTION.matcher(p).find());
  }
}
