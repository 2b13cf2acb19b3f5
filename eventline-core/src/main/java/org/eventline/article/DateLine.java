package org.eventline.article;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that is a date and nothing else, with what its label (if any) says the date is:
 * {@code "Published: 25 June 2016"}, {@code "Retrieved 29 Mar 2024"}, {@code "Saturday 25 June 2016 - 16:04"}.
 */
record DateLine(Role role, PrintedDate date) {

  /** What a label says about a date; most printed dates carry no label. */
  enum Role {
    PUBLISHED,
    UPDATED,
    CRAWLED,
    UNLABELLED
  }

  private static final Pattern LABEL = Pattern.compile(
      "^(published|posted|first published|date|dated|released|publié|publiée|publicado|publicada|veröffentlicht|"
          + "updated|last updated|modified|last modified|mis à jour|actualizado|aktualisiert|"
          + "crawled|retrieved|accessed|scraped|fetched|saved|archived)"
          + "(?:\\s+(?:on|at|le|el|am))?\\s*[:\\-–]?\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static Optional<DateLine> parse(String line) {
    Matcher m = LABEL.matcher(line);
    Role role = Role.UNLABELLED;
    String rest = line;
    if (m.find()) {
      role = roleOf(m.group(1).toLowerCase(Locale.ROOT));
      rest = line.substring(m.end());
    }
    Role r = role;
    return PrintedDate.parse(rest).map(d -> new DateLine(r, d));
  }

  private static Role roleOf(String label) {
    if (label.contains("updated") || label.contains("modified") || label.startsWith("mis à jour")
        || label.equals("actualizado") || label.equals("aktualisiert")) {
      return Role.UPDATED;
    }
    return switch (label) {
      case "crawled", "retrieved", "accessed", "scraped", "fetched", "saved", "archived" -> Role.CRAWLED;
      default -> Role.PUBLISHED;
    };
  }
}
