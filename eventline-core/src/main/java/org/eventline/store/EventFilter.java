package org.eventline.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns an {@link EventQuery} into a WHERE clause made only of fixed SQL text with {@code ?}
 * placeholders, and the values to bind to them in order. No caller value is ever part of the SQL.
 */
final class EventFilter {
  final String where;
  final List<Object> params;

  private EventFilter(String where, List<Object> params) {
    this.where = where;
    this.params = List.copyOf(params);
  }

  static EventFilter of(EventQuery q) {
    List<String> clauses = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (q.actor() != null) {
      // Codes are upper case by convention; names are compared folded, so "russia" finds "Russia".
      clauses.add("(upper(e.source_code) = ? OR upper(e.target_code) = ?"
          + " OR lower(e.source_name) = ? OR lower(e.target_name) = ?)");
      String code = q.actor().toUpperCase(Locale.ROOT);
      String name = q.actor().toLowerCase(Locale.ROOT);
      params.add(code);
      params.add(code);
      params.add(name);
      params.add(name);
    }
    if (q.type() != null) {
      clauses.add("e.type = ?");
      params.add(q.type().name());
    }
    if (q.from() != null) {
      clauses.add("e.event_date >= ?");
      params.add(q.from().toString());
    }
    if (q.to() != null) {
      clauses.add("e.event_date <= ?");
      params.add(q.to().toString());
    }
    if (q.articleId() != null) {
      clauses.add("e.article_id = ?");
      params.add(q.articleId());
    }
    String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    return new EventFilter(where, params);
  }
}
