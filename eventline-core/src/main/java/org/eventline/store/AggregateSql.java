package org.eventline.store;

/**
 * The SQL of the aggregates, all over the same filtered events ({@link EventFilter#where}): fixed
 * text with placeholders only, the bucket expression chosen from {@link Interval}'s own constants.
 * Count, timeline and types read only the day, type, quad class and status, so they also run over a
 * keyed filter's {@code event_keys}; pairs and places need whole events.
 */
final class AggregateSql {
  private AggregateSql() {}

  static String timeline(Interval interval, EventFilter f) {
    String where = f.where;
    return "SELECT " + interval.sql + " AS period, e.type, count(*) AS n FROM " + f.table + where
        + (where.isEmpty() ? " WHERE" : " AND") + " e.day IS NOT NULL"
        + " GROUP BY ALL ORDER BY period, e.type";
  }

  static String types(EventFilter f) {
    return "SELECT e.type, count(*) AS n FROM " + f.table + f.where + " GROUP BY ALL ORDER BY n DESC, e.type";
  }

  /** Events without a coded target (an attack on unnamed people) are no edge of the network. */
  static String actorPairs(String where) {
    return "SELECT e.source_code, any_value(e.source_name), e.target_code, any_value(e.target_name),"
        + " e.quad_class, count(*) AS n FROM events e" + where
        + (where.isEmpty() ? " WHERE" : " AND") + " e.source_code IS NOT NULL AND e.target_code IS NOT NULL"
        + " GROUP BY e.source_code, e.target_code, e.quad_class"
        + " ORDER BY n DESC, e.source_code, e.target_code, e.quad_class LIMIT ?";
  }

  static String places(String where) {
    return "SELECT any_value(e.where_name), any_value(e.where_country), round(e.where_lat, 3) AS lat,"
        + " round(e.where_lon, 3) AS lon, count(*) AS n FROM events e" + where
        + (where.isEmpty() ? " WHERE" : " AND") + " e.where_lat IS NOT NULL AND e.where_lon IS NOT NULL"
        + " GROUP BY lat, lon ORDER BY n DESC, lat, lon LIMIT ?";
  }

  static String count(EventFilter f) {
    return "SELECT count(*) FROM " + f.table + f.where;
  }
}
