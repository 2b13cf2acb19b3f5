package org.eventline.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.eventline.nlp.Token;

/**
 * The date of an event: the article's, unless the sentence dates it ("on Friday", "yesterday",
 * "last week", "on 5 June", "June 5"). Relative dates count back from the article date, as news
 * reports past events.
 */
final class EventDates {
  private EventDates() {}

  static LocalDate dateOf(List<Token> tokens, LocalDate articleDate) {
    if (articleDate == null) {
      return null;
    }
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      String prev = i > 0 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
      switch (w) {
        case "yesterday":
          return articleDate.minusDays(1);
        case "week":
          if (prev.equals("last")) {
            return articleDate.minusWeeks(1);
          }
          break;
        default:
          break;
      }
      DayOfWeek day = dayOfWeek(w);
      if (day != null && !prev.equals("next")) {
        return articleDate.with(TemporalAdjusters.previousOrSame(day));
      }
      Month month = month(w);
      if (month != null) {
        Integer dom = dayNumber(i + 1 < tokens.size() ? tokens.get(i + 1).word() : "");
        if (dom == null) {
          dom = dayNumber(i > 0 ? tokens.get(i - 1).word() : "");
        }
        if (dom != null && dom <= month.length(true)) {
          LocalDate d = LocalDate.of(articleDate.getYear(), month, Math.min(dom, month.length(articleDate.isLeapYear())));
          // A date later than the article belongs to the year before ("on 28 December" in a January story).
          return d.isAfter(articleDate) ? d.minusYears(1) : d;
        }
      }
    }
    return articleDate;
  }

  private static DayOfWeek dayOfWeek(String w) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.ROOT).equals(w)) {
        return d;
      }
    }
    return null;
  }

  private static Month month(String w) {
    if (w.length() < 3) {
      return null;
    }
    for (Month m : Month.values()) {
      String name = m.name().toLowerCase(Locale.ROOT);
      // "may" is also a modal verb: only the full name counts, and only with a day beside it.
      if (name.equals(w) || (w.length() == 4 && w.endsWith(".") && name.startsWith(w.substring(0, 3)))) {
        return m;
      }
    }
    return null;
  }

  private static Integer dayNumber(String w) {
    String digits = w.replaceAll("(st|nd|rd|th)$", "");
    if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int d = Integer.parseInt(digits);
    return d >= 1 && d <= 31 ? d : null;
  }
}
