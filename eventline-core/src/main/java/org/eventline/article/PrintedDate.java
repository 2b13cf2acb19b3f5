package org.eventline.article;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.text.Normalizer;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a page prints or declares it, with the time and offset only when given.
 *
 * <p>{@link #parse} accepts a whole string that is nothing but a date, in the forms news pages
 * use: ISO 8601 ({@code 2016-06-25T16:04:00+04:30}), RFC 1123 ({@code Sat, 25 Jun 2016 16:04:00
 * GMT}), and printed forms in any order ({@code Saturday 25 June 2016 - 16:04}, {@code June
 * 25, 2016 at 4:04 pm EDT}, {@code 29 Mar 2024}, {@code 25.06.2016 16:04}), with month and weekday
 * names in English, German, French, Spanish, Italian, Portuguese or Dutch ({@code 5. März 2019 um
 * 14:00 Uhr}, {@code le 29 octobre 2012}) and the CJK forms ({@code 2019年4月2日}). Anything else in the
 * string makes it not a date, so a sentence that mentions a date is never taken for one. Numeric
 * dates are read day first ({@code 05/06/2016} is 5 June) unless that is impossible, as in most of
 * the world's press. Named zones (EDT, IRST) are ignored: the time stays local time as printed.
 */
record PrintedDate(LocalDate date, LocalTime time, ZoneOffset offset, boolean weekday) {

  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:T|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?\\s*"
          + "(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{1,4})");
  private static final Pattern TIME =
      Pattern.compile("(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?([ap]\\.?m\\.?)?|(\\d{1,2})([ap]\\.?m\\.?)");
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
  private static final Pattern OFFSET = Pattern.compile("(?:gmt|utc)?([+-])(\\d{1,2})(?::?(\\d{2}))?");
  private static final Set<String> UTC = Set.of("z", "gmt", "utc");
  /** Words that may sit between the parts of a printed date without making it something else. */
  private static final Set<String> FILLERS = Set.of("at", "on", "the", "of", "local", "time", "hrs", "h",
      // "le 29 octobre 2012 à 14h03", "5. März 2019 um 14:00 Uhr", "5 de marzo de 2019", "il 5 marzo", "op 5 maart"
      "le", "à", "a", "am", "um", "uhr", "den", "de", "del", "el", "il", "às", "em", "op", "om");
  /** Zone abbreviations seen on news sites; ambiguous across the world, so ignored. */
  private static final Set<String> NAMED_ZONES = Set.of("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
      "et", "pt", "bst", "cet", "cest", "eet", "eest", "wet", "ist", "irst", "irdt", "msk", "ast", "aest", "jst", "mez",
      "mesz");
  /**
   * A date written the Chinese, Japanese or Korean way, year, month and day each with its unit
   * ("2019年4月2日", "2019년 4월 2일"), rewritten to the numeric form before the words are read.
   */
  private static final Pattern CJK_DATE =
      Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일号]?");
  /** A time with CJK units ("14時37分", "14시 37분"), rewritten to "14:37". */
  private static final Pattern CJK_TIME = Pattern.compile("(\\d{1,2})\\s*[時时시]\\s*(\\d{1,2})\\s*[分분]");
  /** Weekdays as one CJK character, printed in brackets after a date ("2019年4月2日(火)"). */
  private static final Set<String> CJK_WEEKDAYS = Set.of("月", "火", "水", "木", "金", "土", "日", "一", "二", "三",
      "四", "五", "六", "월", "화", "수", "목", "금", "토", "일", "星期一", "星期二", "星期三", "星期四", "星期五",
      "星期六", "星期日", "周一", "周二", "周三", "周四", "周五", "周六", "周日");
  private static final Map<String, Month> MONTHS = new HashMap<>();
  private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

  /** The languages whose month and weekday names are read, English first (it wins any clash). */
  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
      Locale.forLanguageTag("es"), Locale.ITALIAN, Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl"));

  static {
    List<TextStyle> styles = List.of(TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE);
    for (Locale language : LANGUAGES) {
      for (TextStyle style : styles) {
        for (Month m : Month.values()) {
          putName(MONTHS, m.getDisplayName(style, language), m);
        }
      }
    }
    MONTHS.put("sept", Month.SEPTEMBER);
    // Weekdays after months, and never a month's name: "mar" is March, though Spanish shortens martes so
    for (Locale language : LANGUAGES) {
      for (TextStyle style : styles) {
        for (DayOfWeek d : DayOfWeek.values()) {
          putName(WEEKDAYS, d.getDisplayName(style, language), d);
        }
      }
    }
    WEEKDAYS.keySet().removeAll(MONTHS.keySet());
  }

  /** A name as the words of a date are read (lower case, no final dot), and again without accents ("fevrier", "marz"). */
  private static <T> void putName(Map<String, T> names, String name, T value) {
    String key = name.toLowerCase(Locale.ROOT);
    key = key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
    if (key.length() < 2 || key.chars().allMatch(Character::isDigit)) {
      return;
    }
    names.putIfAbsent(key, value);
    names.putIfAbsent(Normalizer.normalize(key, Normalizer.Form.NFD).replaceAll("\\p{M}", ""), value);
  }

  boolean hasTime() {
    return time != null;
  }

  /** {@code YYYY-MM-DD}, or {@code YYYY-MM-DDTHH:MM[:SS][offset]} when a time was given. */
  String format() {
    if (time == null) {
      return date.toString();
    }
    String t = String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    if (time.getSecond() != 0) {
      t += String.format(Locale.ROOT, ":%02d", time.getSecond());
    }
    String zone = offset == null ? "" : offset.equals(ZoneOffset.UTC) ? "Z" : offset.getId();
    return date + "T" + t + zone;
  }

  /** The earliest year a news page's date may have: before the web, a date is history, not the page's. */
  private static final int FIRST_YEAR = 1990;

  /**
   * The date the whole of {@code s} spells, or empty when {@code s} holds anything else or a date
   * no page can have: before 1990 or after tomorrow ("0000-00-00", a declared 1970-01-01, a date
   * an event is announced for).
   */
  static Optional<PrintedDate> parse(String s) {
    return spelled(s).filter(d -> d.date().getYear() >= FIRST_YEAR && !d.date().isAfter(LocalDate.now().plusDays(1)));
  }

  private static Optional<PrintedDate> spelled(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String text = s.strip();
    if (text.isEmpty() || text.length() > 80) {
      return Optional.empty();
    }
    Matcher iso = ISO.matcher(text);
    if (iso.matches()) {
      return iso(iso);
    }
    return printed(text);
  }

  private static Optional<PrintedDate> iso(Matcher m) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      LocalTime time = m.group(4) == null ? null : LocalTime.of(Integer.parseInt(m.group(4)),
          Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      return Optional.of(new PrintedDate(date, time, time == null ? null : offset(m.group(7)), false));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<PrintedDate> printed(String text) {
    String cjk = CJK_TIME.matcher(CJK_DATE.matcher(text).replaceAll(d -> String.format(Locale.ROOT, "%s-%02d-%02d ",
        d.group(1), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3))))).replaceAll("$1:$2");
    String t = cjk.toLowerCase(Locale.ROOT)
        .replaceAll("[,|•·()（）\\[\\]]", " ")
        .replaceAll("(?<=\\s|^)[-–—/]+(?=\\s|$)", " ")
        .replaceAll("(?<=\\d)-(?=[a-z])|(?<=[a-z])-(?=\\d)", " ") // 25-Jun-2016
        .replaceAll("\\s+([ap]\\.?m\\.?)(?=\\s|$)", "$1"); // "4:04 pm" is one token
    Integer day = null;
    Integer year = null;
    Month month = null;
    LocalTime time = null;
    ZoneOffset offset = null;
    LocalDate numeric = null;
    boolean weekday = false;
    for (String raw : t.trim().split("\\s+")) {
      String w = raw.endsWith(".") && !raw.matches(".*\\d\\.\\d.*") ? raw.substring(0, raw.length() - 1) : raw;
      Matcher m;
      if (WEEKDAYS.containsKey(w) || CJK_WEEKDAYS.contains(w)) {
        weekday = true;
      } else if (MONTHS.containsKey(w) && month == null) {
        month = MONTHS.get(w);
      } else if (YEAR.matcher(w).matches() && year == null) {
        year = Integer.parseInt(w);
      } else if ((m = DAY.matcher(w)).matches() && day == null) {
        day = Integer.parseInt(m.group(1));
      } else if ((m = NUMERIC_DATE.matcher(w)).matches() && numeric == null) {
        numeric = numericDate(m);
        if (numeric == null) {
          return Optional.empty();
        }
      } else if ((m = TIME.matcher(w)).matches() && time == null) {
        time = time(m);
        if (time == null) {
          return Optional.empty();
        }
      } else if (UTC.contains(w)) {
        offset = ZoneOffset.UTC;
      } else if ((m = OFFSET.matcher(w)).matches()) {
        offset = offset(m.group(1) + m.group(2) + (m.group(3) == null ? "" : m.group(3)));
      } else if (!FILLERS.contains(w) && !NAMED_ZONES.contains(w)) {
        return Optional.empty();
      }
    }
    try {
      LocalDate date;
      if (numeric != null && month == null && day == null && year == null) {
        date = numeric;
      } else if (numeric == null && month != null && day != null && year != null) {
        date = LocalDate.of(year, month, day);
      } else {
        return Optional.empty();
      }
      return Optional.of(new PrintedDate(date, time, time == null ? null : offset, weekday));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** {@code 25/06/2016}, {@code 06/25/2016}, {@code 2016/06/25}, {@code 2019/3/5}, {@code 25.06.16}. */
  private static LocalDate numericDate(Matcher m) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    int c = Integer.parseInt(m.group(4));
    try {
      if (m.group(1).length() == 4) {
        return LocalDate.of(a, b, c);
      }
      int year = m.group(4).length() == 2 ? (c > 50 ? 1900 + c : 2000 + c) : c;
      if (m.group(4).length() % 2 == 1 || year < 1900) {
        return null;
      }
      // Day first, as most of the world writes it; month first only when the day cannot be first.
      return a > 12 || b <= 12 ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalTime time(Matcher m) {
    boolean colon = m.group(1) != null;
    int hour = Integer.parseInt(colon ? m.group(1) : m.group(5));
    int minute = colon ? Integer.parseInt(m.group(2)) : 0;
    int second = colon && m.group(3) != null ? Integer.parseInt(m.group(3)) : 0;
    String meridiem = colon ? m.group(4) : m.group(6);
    if (meridiem != null) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      hour = hour % 12 + (meridiem.startsWith("p") ? 12 : 0);
    }
    try {
      return LocalTime.of(hour, minute, second);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String s) {
    if (s == null) {
      return null;
    }
    if (UTC.contains(s.toLowerCase(Locale.ROOT))) {
      return ZoneOffset.UTC;
    }
    String digits = s.replace(":", "");
    try {
      int hours = Integer.parseInt(digits.substring(1, Math.min(digits.length(), 3)));
      int minutes = digits.length() > 3 ? Integer.parseInt(digits.substring(digits.length() - 2)) : 0;
      int sign = s.startsWith("-") ? -1 : 1;
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
