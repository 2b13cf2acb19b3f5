package org.eventline.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eventline.geo.Place;

/**
 * One coded event: who did what to whom, where and when, with the sentence it came from.
 *
 * @param id stable id (article id, sentence, type, actors), the same on every run
 * @param articleId the id of the {@link org.eventline.article.Article} it came from
 * @param date the event date, {@code YYYY-MM-DD}: the article date unless the sentence dates it
 * @param target may be null (an attack with no named target)
 * @param where may be null
 * @param confidence 0..1, how sure the coder is
 */
public record Event(
    String id,
    String articleId,
    String date,
    EventType type,
    String mode,
    String cameo,
    int quadClass,
    double goldstein,
    EventStatus status,
    Participant source,
    Participant target,
    Place where,
    SentenceRef sentence,
    double confidence) {
  public Event {
    if (type == null || status == null || source == null || sentence == null) {
      throw new IllegalArgumentException("an event needs a type, a status, a source and a sentence");
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("quad class is 1..4, not " + quadClass);
    }
  }

  /**
   * The same act at another place of a list its sentence names ("protests in Montreal and
   * Vancouver"): a copy placed there, with an id of its own derived from this one's and the place's,
   * so it is as stable as this one's.
   */
  public Event alsoAt(Place place) {
    String placedId = idOf(id + "|" + place.name() + "|" + place.country() + "|" + place.lat() + "|" + place.lon());
    return new Event(placedId, articleId, date, type, mode, cameo, quadClass, goldstein, status, source, target,
        place, sentence, confidence);
  }

  /** An event id: the first 8 bytes of the key's SHA-256, in hex, so the same key gives the same id on every run. */
  static String idOf(String key) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** This event with another source; everything else the same, its id too. */
  public Event withSource(Participant other) {
    return new Event(id, articleId, date, type, mode, cameo, quadClass, goldstein, status, other, target,
        where, sentence, confidence);
  }

  /** This event with another target (or none, with null); everything else the same, its id too. */
  public Event withTarget(Participant other) {
    return new Event(id, articleId, date, type, mode, cameo, quadClass, goldstein, status, source, other,
        where, sentence, confidence);
  }

  /** This event placed somewhere (or nowhere, with null); everything else the same. */
  public Event withWhere(Place place) {
    return new Event(id, articleId, date, type, mode, cameo, quadClass, goldstein, status, source, target,
        place, sentence, confidence);
  }
}
