package org.eventline.article;

import java.util.regex.Pattern;

/**
 * A writer's name out of what pages put in author fields and byline elements: "By: Jane Roe",
 * "Par JANE ROE, envoyée spéciale", "Jane Roe @janeroe", "Jane Roe on June 30, 2014", "Jane Roe |
 * Apr 19, 2013". What is left must look like a name: no digits, no web address, not a label.
 */
final class Byline {
  private static final Pattern LEAD = Pattern.compile(
      "(?i)^(?:(?:written|posted|reported|words)\\s+by|by|par|por|von|door|di|da|от|بقلم|كتب)\\s*:?\\s+");
  /** "By" run into the name where markup put no space between them ("By<a>Travis Haney</a>"). */
  private static final Pattern GLUED_LEAD = Pattern.compile("^(?:By|BY)(?=\\p{Lu}\\p{Ll})");
  /** "By" printed twice, once as a label and once in the credit ("By" + "by JOSH HASKELL"). */
  private static final Pattern DOUBLED_LEAD = Pattern.compile("(?i)^by\\s*by\\s+");
  private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
      + "sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
  private static final String WEEKDAYS = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
  /**
   * Where a name ends: a separator, a handle, a date, a weekday, a job title after a comma, an
   * agency in capitals after a comma, or the section it was filed in ("Jane Roe in Valve on ...").
   */
  private static final Pattern TAIL = Pattern.compile(
      "(?i)\\s*(?:\\s[|–—•·/]\\s|\\s-\\s|\\s@|\\son\\s+(?:" + MONTHS + ")\\b|\\s(?:" + MONTHS + ")\\.?\\s+\\d|"
          + "\\s" + WEEKDAYS + "\\b|\\s\\d|\\s(?:twitter|facebook|instagram|linkedin|e-?mail|follow)\\b|\\s(?:updated|published|posted)\\b|"
          + "\\sin\\s+(?-i:\\p{Lu})\\S*(?:\\s+\\S+){0,3}?\\s+on\\b|"
          + "\\s(?:senior|staff|chief|contributing|associate)\\s|"
          + ",\\s*(?:(?-i:\\p{Lu}{2,}(?!\\s+\\p{Lu}{2,}))\\b|(?:senior|staff|chief|executive|associate|contributing|special)?\\s*"
          + "(?:writer|editor|reporter|correspondent|columnist|contributor|envoy[ée]e?s?)\\b)).*$");
  /**
   * A name run into what markup printed after it with no space: "Howard BlumeStaff Writer",
   * "Andrew HusbandTwitter". Only after four lower-case letters, so "McDonald", "DeSantis" and
   * "MacArthur" stay whole.
   */
  private static final Pattern GLUED_TAIL = Pattern.compile("(?<=\\s\\p{Lu}\\p{Ll}{4,30})(?=\\p{Lu}).*$");
  /** An outlet in capitals after the name, with no comma: "Meg Wagner NEW YORK DAILY NEWS". */
  private static final Pattern CAPITALS_TAIL = Pattern.compile("(?<=\\p{Lu}\\p{Ll}{1,30})\\s+\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,})+$");
  /** A credit for pictures, not for the words: "Photograph by Tyrone Turner". */
  private static final Pattern PICTURE_CREDIT =
      Pattern.compile("(?i)^(?:photo(?:graph)?s?|photography|illustrations?|images?|video|graphics?)\\s*(?:by\\b|:)");
  /** "Gillman, Steve": surname first, as some sites print it. */
  private static final Pattern SURNAME_FIRST = Pattern.compile("^(\\p{Lu}[\\p{L}'’-]+),\\s+(\\p{Lu}[\\p{L}'’-]+)$");
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "(?i)^(?:authors?|by|staff|admin|editor|posted|unknown|anonymous|" + MONTHS + "|" + WEEKDAYS + ")$|\\ssays$"
          + "|\\d|://|www\\.|\\.(?:com|org|net|es|fr|de|co\\.uk)\\b|@");

  private Byline() {}

  /** The name, or names ("Jane Roe and John Doe"), or null when what is left is not one. */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String s = Paragraphs.clean(raw);
    if (PICTURE_CREDIT.matcher(s).lookingAt()) {
      return null;
    }
    s = DOUBLED_LEAD.matcher(s).replaceFirst("By ");
    s = GLUED_LEAD.matcher(s).replaceFirst("");
    s = LEAD.matcher(s).replaceFirst("");
    s = TAIL.matcher(s).replaceFirst("");
    s = GLUED_TAIL.matcher(s).replaceFirst("");
    s = CAPITALS_TAIL.matcher(s).replaceFirst("");
    s = s.replaceAll("^[\\s,:;|–-]+|[\\s,:;|–-]+$", "");
    s = SURNAME_FIRST.matcher(s).replaceFirst("$2 $1");
    if (s.isEmpty() || s.length() > 80 || Paragraphs.words(s) > 10 || NOT_A_NAME.matcher(s).find()) {
      return null;
    }
    return s;
  }
}
