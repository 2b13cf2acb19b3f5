package org.eventline.store;

import org.eventline.article.Article;
import org.eventline.event.Event;
import org.eventline.event.EventStatus;
import org.eventline.event.EventType;
import org.eventline.event.Participant;
import org.eventline.event.SentenceRef;
import org.eventline.geo.Place;

/** Small real-looking records, built directly: the store never needs the NLP to be tested. */
final class Fixtures {
  static final Participant RUSSIA =
      new Participant("the Russian foreign minister", "Russia", "RUSGOV", "RUS", "government");
  static final Participant SYRIA = new Participant("Damascus", "Syria", "SYRGOV", "SYR", "government");
  static final Participant NUSRA =
      new Participant("al-Nusra Front", "Nusra Front", "SYRREBNUS", "SYR", "armed_group");
  static final Place DAMASCUS =
      new Place("Damascus", "Damascus", "SYR", 33.51, 36.29, 170654L, "city", "sentence");

  private Fixtures() {}

  static Article article(String id, String title, String published) {
    return new Article(id, "html/" + id + ".html", "https://example.org/news/" + id, null, title,
        published, "2016-07-01", "Staff", "Al Waght", "example.org", id, "en",
        "Body of " + title + ".", null);
  }

  static Event event(String id, String articleId, String date, EventType type,
      Participant source, Participant target) {
    return new Event(id, articleId, date, type, "visit", "042", 1, 1.9, EventStatus.ASSERTED,
        source, target, DAMASCUS, new SentenceRef(1, "Sentence of " + id + ", with \"quotes\".", 10, 52), 0.83);
  }

  /** Deletes a folder and everything in it, as a user who lost it would. */
  static void deleteTree(java.nio.file.Path folder) throws java.io.IOException {
    try (var files = java.nio.file.Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
