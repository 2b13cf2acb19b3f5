package org.eventline.server;

import static org.eventline.server.Html.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eventline.event.Event;
import org.eventline.event.Participant;

/**
 * An article body as HTML with each event's sentence, actors, event words and place marked.
 *
 * <p>Events carry their sentence's offsets into the body and the text of each side and of the
 * place; each is looked for inside its sentence. The event words are taken as the text between
 * the source and the target when the target follows within a few words ("Lavrov <b>met</b> Assad"),
 * which holds for the active sentences most events come from. Overlapping marks keep the first.
 */
final class Highlights {
  private record Mark(int start, int end, String kind, String title) {}

  private static final int MAX_EVENT_WORDS = 40;

  private Highlights() {}

  static String body(String body, List<Event> events) {
    List<Mark> marks = new ArrayList<>();
    List<Mark> sentences = new ArrayList<>();
    for (Event e : events) {
      int s = e.sentence().start();
      int end = e.sentence().end();
      String text = e.sentence().text();
      if (s < 0 || end > body.length() || s >= end || (text != null && !body.startsWith(text.strip(), s))) {
        continue; // the title, or offsets that do not point at the sentence in this body
      }
      String label = e.type().name() + " (" + e.status().label() + ")";
      sentences.add(new Mark(s, end, "event", label));
      String sentence = body.substring(s, end);
      Mark source = find(sentence, s, e.source(), "actor", "source: " + name(e.source()));
      Mark target = find(sentence, s, e.target(), "actor", "target: " + name(e.target()));
      add(marks, source);
      add(marks, target);
      if (e.where() != null && e.where().text() != null) {
        int at = sentence.indexOf(e.where().text());
        if (at >= 0) {
          add(marks, new Mark(s + at, s + at + e.where().text().length(), "place", "place: " + placeLabel(e.where())));
        }
      }
      if (source != null && target != null && target.start() > source.end()
          && target.start() - source.end() <= MAX_EVENT_WORDS) {
        int from = source.end();
        int to = target.start();
        while (from < to && !Character.isLetterOrDigit(body.charAt(from))) {
          from++;
        }
        while (to > from && !Character.isLetterOrDigit(body.charAt(to - 1))) {
          to--;
        }
        if (from < to) {
          add(marks, new Mark(from, to, "verb", label));
        }
      }
    }
    return render(body, sentences, marks);
  }

  private static Mark find(String sentence, int offset, Participant p, String kind, String title) {
    if (p == null || p.text() == null || p.text().isBlank()) {
      return null;
    }
    int at = sentence.indexOf(p.text());
    return at < 0 ? null : new Mark(offset + at, offset + at + p.text().length(), kind, title);
  }

  private static String name(Participant p) {
    return p == null ? "" : (p.name() != null ? p.name() : p.text()) + (p.code() != null ? " " + p.code() : "");
  }

  private static void add(List<Mark> marks, Mark m) {
    if (m == null) {
      return;
    }
    for (Mark other : marks) {
      if (m.start() < other.end() && other.start() < m.end()) {
        return;
      }
    }
    marks.add(m);
  }

  /** Sentences become spans, marks inside them {@code <mark>}s; every piece of text is escaped. */
  private static String render(String body, List<Mark> sentences, List<Mark> marks) {
    List<Mark> outer = new ArrayList<>();
    sentences.stream().sorted(Comparator.comparingInt(Mark::start)).forEach(m -> add(outer, m));
    marks.sort(Comparator.comparingInt(Mark::start));
    StringBuilder out = new StringBuilder();
    int pos = 0;
    int inner = 0;
    for (Mark sentence : outer) {
      out.append(escape(body.substring(pos, sentence.start())));
      out.append("<span class=\"event-sentence\" title=\"").append(escape(sentence.title())).append("\">");
      pos = sentence.start();
      while (inner < marks.size() && marks.get(inner).start() < sentence.start()) {
        inner++;
      }
      while (inner < marks.size() && marks.get(inner).end() <= sentence.end()) {
        Mark m = marks.get(inner++);
        out.append(escape(body.substring(pos, m.start())))
            .append("<mark class=\"").append(m.kind()).append("\" title=\"").append(escape(m.title())).append("\">")
            .append(escape(body.substring(m.start(), m.end()))).append("</mark>");
        pos = m.end();
      }
      out.append(escape(body.substring(pos, sentence.end()))).append("</span>");
      pos = sentence.end();
    }
    return out.append(escape(body.substring(pos))).toString();
  }

  /**
   * "Taiz Governorate", or for a place the gazetteer lacks, named as written inside one it has,
   * "Al-Hashamah, in Taiz Governorate (not in the gazetteer)".
   */
  static String placeLabel(org.eventline.geo.Place p) {
    return p.isUnlisted() ? p.text() + ", in " + p.name() + " (not in the gazetteer)" : p.name();
  }
}
