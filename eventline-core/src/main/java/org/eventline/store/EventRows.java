package org.eventline.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eventline.event.Event;
import org.eventline.event.EventStatus;
import org.eventline.event.EventType;
import org.eventline.event.Participant;
import org.eventline.event.SentenceRef;
import org.eventline.geo.Place;

/** Maps {@link Event} to and from the flat {@code events} table, and its actors to {@code actors}. */
final class EventRows {
  static final List<String> COLUMNS = List.of(
      "id", "article_id", "event_date", "type", "mode", "cameo", "quad_class", "goldstein", "status",
      "source_text", "source_name", "source_code", "source_country", "source_kind",
      "target_text", "target_name", "target_code", "target_country", "target_kind",
      "where_text", "where_name", "where_country", "where_lat", "where_lon", "where_geonames_id",
      "where_kind", "where_how",
      "sentence_index", "sentence_text", "sentence_start", "sentence_end", "confidence", "day");

  static final String UPSERT = Rows.upsert("events", "id", COLUMNS);

  static final String UPSERT_ACTOR =
      Rows.upsert("actors", "code", List.of("code", "name", "country", "kind"));

  /**
   * Events with their article's header, newest first; ties broken so that paging is stable.
   * Callers append only {@link EventFilter#where} and fixed LIMIT/OFFSET placeholders.
   */
  static final String SELECT = "SELECT e.*, a.file AS a_file, a.url AS a_url, a.title AS a_title,"
      + " a.published AS a_published, a.source AS a_source"
      + " FROM events e LEFT JOIN articles a ON a.id = e.article_id";

  static final String ORDER = " ORDER BY e.day DESC NULLS LAST, e.article_id, e.sentence_index, e.id";

  /** The actors of every event, as {@link #UPSERT_ACTOR} would record them one by one. */
  static final String REFRESH_ACTORS = "INSERT INTO actors (code, name, country, kind)"
      + " SELECT code, any_value(name), any_value(country), any_value(kind) FROM ("
      + " SELECT source_code AS code, source_name AS name, source_country AS country, source_kind AS kind FROM events"
      + " UNION ALL SELECT target_code, target_name, target_country, target_kind FROM events)"
      + " WHERE code IS NOT NULL AND code <> '' GROUP BY code"
      + " ON CONFLICT (code) DO UPDATE SET name = excluded.name, country = excluded.country, kind = excluded.kind";

  private EventRows() {}

  /** The row ids of one page of events in the given order: only narrow columns are sorted. */
  static String pageRowIds(EventFilter f, EventSort sort) {
    return "SELECT " + f.row + " FROM " + f.table + f.where + sort.orderBy(f.row) + " LIMIT ? OFFSET ?";
  }

  /**
   * Whole event rows by row id: the lowest and highest id, then one placeholder per id. The range
   * is what makes it fast: DuckDB reads only the row groups between the two ids (a page's rows lie
   * close together when they come from a date window), while an IN list alone, bound or joined,
   * still scans every row of every column (350 ms at a million events against 10 ms).
   */
  static String selectByRowIds(int n) {
    return "SELECT e.*, e.rowid AS row_id FROM events e WHERE e.rowid BETWEEN ? AND ? AND e.rowid IN ("
        + Rows.placeholders(n) + ")";
  }

  /** The parameters of {@link #selectByRowIds}. */
  static List<Object> rowIdParams(List<Long> rowIds) {
    List<Object> p = new java.util.ArrayList<>(rowIds.size() + 2);
    p.add(rowIds.stream().mapToLong(Long::longValue).min().orElseThrow());
    p.add(rowIds.stream().mapToLong(Long::longValue).max().orElseThrow());
    p.addAll(rowIds);
    return p;
  }

  static List<Object> values(Event e) {
    Participant s = e.source();
    Participant t = e.target() != null ? e.target() : new Participant(null, null, null, null, null);
    Place w = e.where() != null ? e.where() : new Place(null, null, null, null, null, null, null, null);
    SentenceRef r = e.sentence();
    return Arrays.asList(
        e.id(), e.articleId(), e.date(), e.type().name(), e.mode(), e.cameo(), e.quadClass(),
        e.goldstein(), e.status().label(),
        s.text(), s.name(), s.code(), s.country(), s.kind(),
        t.text(), t.name(), t.code(), t.country(), t.kind(),
        w.text(), w.name(), w.country(), w.lat(), w.lon(), w.geonamesId(), w.kind(), w.how(),
        r.index(), r.text(), r.start(), r.end(), e.confidence(), day(e.date()));
  }

  /** The typed date of the {@code day} column (V3), or null when the event's date is not an ISO date. */
  static LocalDate day(String date) {
    if (date == null) {
      return null;
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** {@link #values} typed as the appender needs them: it will not widen an int into TINYINT. */
  static List<Object> appendValues(Event e) {
    List<Object> v = values(e);
    v.set(COLUMNS.indexOf("quad_class"), (byte) e.quadClass());
    return v;
  }

  /** The actors row for a participant, or null when it has no code to key it by. */
  static List<Object> actorValues(Participant p) {
    if (p == null || p.code() == null || p.code().isBlank()) {
      return null;
    }
    return Arrays.asList(p.code(), p.name(), p.country(), p.kind());
  }

  static Event read(ResultSet rs) throws SQLException {
    return new Event(
        rs.getString("id"),
        rs.getString("article_id"),
        rs.getString("event_date"),
        EventType.valueOf(rs.getString("type")),
        rs.getString("mode"),
        rs.getString("cameo"),
        rs.getInt("quad_class"),
        rs.getDouble("goldstein"),
        EventStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
        participant(rs, "source_"),
        participant(rs, "target_"),
        place(rs),
        new SentenceRef(
            rs.getInt("sentence_index"), rs.getString("sentence_text"),
            rs.getInt("sentence_start"), rs.getInt("sentence_end")),
        rs.getDouble("confidence"));
  }

  /** A side stored as all NULL columns was a missing (null) target; the source is always present. */
  private static Participant participant(ResultSet rs, String prefix) throws SQLException {
    Participant p = new Participant(
        rs.getString(prefix + "text"), rs.getString(prefix + "name"), rs.getString(prefix + "code"),
        rs.getString(prefix + "country"), rs.getString(prefix + "kind"));
    boolean empty = p.text() == null && p.name() == null && p.code() == null
        && p.country() == null && p.kind() == null;
    return empty && prefix.equals("target_") ? null : p;
  }

  private static Place place(ResultSet rs) throws SQLException {
    Place p = new Place(
        rs.getString("where_text"), rs.getString("where_name"), rs.getString("where_country"),
        Rows.nullableDouble(rs, "where_lat"), Rows.nullableDouble(rs, "where_lon"),
        Rows.nullableLong(rs, "where_geonames_id"), rs.getString("where_kind"), rs.getString("where_how"));
    return p.equals(new Place(null, null, null, null, null, null, null, null)) ? null : p;
  }
}
