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
  private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
      + "sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
  /** Where a name ends: a separator, a handle, a date, a weekday, or a job title after a comma. */
  private static final Pattern TAIL = Pattern.compile(
      "(?i)\\s*(?:\\s[|–—•·]\\s|\\s-\\s|\\s@|\\son\\s+(?:" + MONTHS + ")\\b|\\s(?:" + MONTHS + ")\\.?\\s+\\d|"
          + "\\s(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\s\\d|\\s(?:updated|published|posted)\\b|"
          + "\\s(?:senior|staff|chief|contributing|associate)\\s|"
          + ",\\s*(?:\\p{Lu}{2,}|(?:senior|staff|chief|executive|associate|contributing|special)?\\s*"
          + "(?:writer|editor|reporter|correspondent|columnist|contributor|envoy[ée]e?s?)\\b)).*$");
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "(?i)^(?:authors?|by|staff|admin|editor|posted|unknown|anonymous)$|\\d|://|www\\.|\\.(?:com|org|net|es|fr|de|co\\.uk)\\b|@");

  private Byline() {}

  /** The name, or null when what is left is not one. */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String s = Paragraphs.clean(raw);
    s = LEAD.matcher(s).replaceFirst("");
    s = TAIL.matcher(s).replaceFirst("");
    s = s.replaceAll("^[\\s,:;|–-]+|[\\s,:;|–-]+$", "");
    if (s.isEmpty() || s.length() > 80 || Paragraphs.words(s) > 10 || NOT_A_NAME.matcher(s).find()) {
      return null;
    }
    return s;
  }
}
