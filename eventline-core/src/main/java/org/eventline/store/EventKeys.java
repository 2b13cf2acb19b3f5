package org.eventline.store;

/**
 * The SQL of {@code event_keys} (V4.sql): every event listed once under each actor code and each
 * actor country it names, sorted by key and day, so that a filter on one actor or country reads
 * that key's rows instead of scanning both sides of every event.
 *
 * <p>A key is {@code 'a:' || code} or {@code 'c:' || country}: the same text as the stored column,
 * so {@code key = 'a:' || ?} holds exactly when {@code source_code = ? OR target_code = ?} does.
 */
final class EventKeys {
  private EventKeys() {}

  /** The key rows of the events a fixed condition on {@code events} selects (its {@code ?} bound once per branch). */
  static String rows(String condition) {
    String where = condition.isEmpty() ? "" : " AND " + condition;
    return "SELECT 'a:' || source_code AS key, day, type, quad_class, status, rowid AS event_row FROM events"
        + " WHERE source_code IS NOT NULL" + where
        + " UNION ALL SELECT 'a:' || target_code, day, type, quad_class, status, rowid FROM events"
        + " WHERE target_code IS NOT NULL AND target_code IS DISTINCT FROM source_code" + where
        + " UNION ALL SELECT 'c:' || source_country, day, type, quad_class, status, rowid FROM events"
        + " WHERE source_country IS NOT NULL" + where
        + " UNION ALL SELECT 'c:' || target_country, day, type, quad_class, status, rowid FROM events"
        + " WHERE target_country IS NOT NULL AND target_country IS DISTINCT FROM source_country" + where;
  }

  /** How many {@code ?} {@link #rows} binds for a condition with one placeholder. */
  static final int BRANCHES = 4;

  /** The keys of one event, by its row in events. */
  static final String INSERT_ROW = "INSERT INTO event_keys " + rows("rowid = ?");

  /** The keys of the events appended from a row on. */
  static final String INSERT_FROM = "INSERT INTO event_keys " + rows("rowid >= ?");

  static final String DELETE_ROW = "DELETE FROM event_keys WHERE event_row = ?";

  /** The whole table again from events, sorted: after a bulk append has left many rows unsorted. */
  static final String REBUILD = "CREATE OR REPLACE TABLE event_keys AS SELECT * FROM (" + rows("")
      + ") ORDER BY key, day, event_row";

  static String actor(String code) {
    return "a:" + code;
  }

  static String country(String country) {
    return "c:" + country;
  }
}
