package org.eventline.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns an {@link EventQuery} into a WHERE clause made only of fixed SQL text with {@code ?}
 * placeholders, and the values to bind to them in order. No caller value is ever part of the SQL.
 */
final class EventFilter {
  /** The table the filter reads, as {@code e}: {@code events}, or {@code event_keys} for a keyed filter. */
  final String table;
  /** The column that holds an event's row in {@code events}, the last key of every order. */
  final String row;
  final String where;
  final List<Object> params;

  private EventFilter(String table, String row, String where, List<Object> params) {
    this.table = table;
    this.row = row;
    this.where = where;
    this.params = List.copyOf(params);
  }

  /**
   * The same filter over {@code event_keys} (V4), or null when the query asks for more than that
   * table holds: one actor code or one actor country, with any of type, quad class, status and
   * dates. Its rows are then exactly the events {@link #of} selects, each once, with the same day
   * and row, so counts, timelines, types and date-sorted pages come out the same.
   */
  static EventFilter keyed(EventQuery q, boolean actorIsCode) {
    boolean byActor = q.actor() != null;
    if (byActor == (q.actorCountry() != null) || byActor && !actorIsCode
        || q.actorKind() != null || q.placeCountry() != null || q.box() != null || q.text() != null
        || q.articleId() != null) {
      return null;
    }
    List<String> clauses = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    clauses.add("e.key = ?");
    params.add(byActor ? EventKeys.actor(q.actor().toUpperCase(Locale.ROOT))
        : EventKeys.country(q.actorCountry().toUpperCase(Locale.ROOT)));
    eventColumns(q, clauses, params);
    return new EventFilter("event_keys e", "e.event_row", " WHERE " + String.join(" AND ", clauses), params);
  }

  /** Type, quad class, status and dates: columns both {@code events} and {@code event_keys} hold. */
  private static void eventColumns(EventQuery q, List<String> clauses, List<Object> params) {
    if (q.type() != null) {
      clauses.add("e.type = ?");
      params.add(q.type().name());
    }
    if (q.quadClass() != null) {
      clauses.add("e.quad_class = ?");
      params.add(q.quadClass());
    }
    if (q.status() != null) {
      clauses.add("e.status = ?");
      params.add(q.status().label());
    }
    if (q.from() != null) {
      clauses.add("e.day >= ?");
      params.add(q.from());
    }
    if (q.to() != null) {
      clauses.add("e.day <= ?");
      params.add(q.to());
    }
  }

  /** A filter without full text; a query with text needs {@link #of(EventQuery, TextMatches)}. */
  static EventFilter of(EventQuery q) {
    if (q.text() != null) {
      throw new IllegalStateException("a text query needs the text index's matches");
    }
    return of(q, null, false);
  }

  /**
   * @param actorIsCode the actor value is a stored actor code: then only codes are compared, since
   *     folding every row's names to compare them costs more than the rest of the filter
   */
  static EventFilter of(EventQuery q, TextMatches text, boolean actorIsCode) {
    List<String> clauses = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (q.actor() != null) {
      // Codes are stored upper case (CAMEO's convention), so the value is folded, not every row:
      // a function on the column would be evaluated ten million times and halve the speed.
      // Names are compared folded, so "russia" finds "Russia".
      if (actorIsCode) {
        clauses.add("(e.source_code = ? OR e.target_code = ?)");
        String code = q.actor().toUpperCase(Locale.ROOT);
        params.add(code);
        params.add(code);
      } else {
        clauses.add("(lower(e.source_name) = ? OR lower(e.target_name) = ?)");
        String name = q.actor().toLowerCase(Locale.ROOT);
        params.add(name);
        params.add(name);
      }
    }
    if (q.actorKind() != null) {
      clauses.add("(e.source_kind = ? OR e.target_kind = ?)");
      String kind = q.actorKind().toLowerCase(Locale.ROOT);
      params.add(kind);
      params.add(kind);
    }
    if (q.actorCountry() != null) {
      clauses.add("(e.source_country = ? OR e.target_country = ?)");
      String country = q.actorCountry().toUpperCase(Locale.ROOT);
      params.add(country);
      params.add(country);
    }
    eventColumns(q, clauses, params);
    if (q.placeCountry() != null) {
      clauses.add("e.where_country = ?");
      params.add(q.placeCountry().toUpperCase(Locale.ROOT));
    }
    if (q.box() != null) {
      BoundingBox b = q.box();
      clauses.add("e.where_lat BETWEEN ? AND ?");
      params.add(b.south());
      params.add(b.north());
      clauses.add(b.crossesAntimeridian() ? "(e.where_lon >= ? OR e.where_lon <= ?)" : "e.where_lon BETWEEN ? AND ?");
      params.add(b.west());
      params.add(b.east());
    }
    if (q.articleId() != null) {
      clauses.add("e.article_id = ?");
      params.add(q.articleId());
    }
    if (text != null) {
      // The ids travel as one bound list each; unnest makes them a semi-join, not a per-row list scan.
      clauses.add("(e.article_id IN (SELECT unnest(?::VARCHAR[])) OR e.id IN (SELECT unnest(?::VARCHAR[])))");
      params.add(text.articleIds());
      params.add(text.eventIds());
    }
    String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    return new EventFilter("events e", "e.rowid", where, params);
  }
}
