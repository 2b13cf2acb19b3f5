package org.eventline.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /** The row the next appended event will take: events are never deleted, so rows run 0..count-1. */
  static long nextRow(java.sql.Connection conn) throws SQLException {
    return Rows.one(conn, "SELECT count(*) FROM events");
  }

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

  /** One row's values by column name: from a result set, or from a stored copy ({@link EventDocs}). */
  interface Cells {
    String text(String column) throws SQLException;

    int integer(String column) throws SQLException;

    double real(String column) throws SQLException;

    Double nullableReal(String column) throws SQLException;

    Long nullableWhole(String column) throws SQLException;
  }

  static Cells cells(ResultSet rs) {
    return new Cells() {
      @Override public String text(String column) throws SQLException {
        return rs.getString(column);
      }

      @Override public int integer(String column) throws SQLException {
        return rs.getInt(column);
      }

      @Override public double real(String column) throws SQLException {
        return rs.getDouble(column);
      }

      @Override public Double nullableReal(String column) throws SQLException {
        return Rows.nullableDouble(rs, column);
      }

      @Override public Long nullableWhole(String column) throws SQLException {
        return Rows.nullableLong(rs, column);
      }
    };
  }

  private static final Map<String, Integer> POSITION = new HashMap<>();

  static {
    for (int i = 0; i < COLUMNS.size(); i++) {
      POSITION.put(COLUMNS.get(i), i);
    }
  }

  /** The {@link #COLUMNS} as text, from {@code values[first]} on, as DuckDB printed them. */
  static Cells cells(String[] values, int first) {
    return new Cells() {
      @Override public String text(String column) {
        return values[first + POSITION.get(column)];
      }

      @Override public int integer(String column) {
        return Integer.parseInt(text(column));
      }

      @Override public double real(String column) {
        return Double.parseDouble(text(column));
      }

      @Override public Double nullableReal(String column) {
        String v = text(column);
        return v == null ? null : Double.valueOf(v);
      }

      @Override public Long nullableWhole(String column) {
        String v = text(column);
        return v == null ? null : Long.valueOf(v);
      }
    };
  }

  static Event read(ResultSet rs) throws SQLException {
    return read(cells(rs));
  }

  static Event read(Cells c) throws SQLException {
    return new Event(
        c.text("id"),
        c.text("article_id"),
        c.text("event_date"),
        EventType.valueOf(c.text("type")),
        c.text("mode"),
        c.text("cameo"),
        c.integer("quad_class"),
        c.real("goldstein"),
        EventStatus.valueOf(c.text("status").toUpperCase(Locale.ROOT)),
        participant(c, "source_"),
        participant(c, "target_"),
        place(c),
        new SentenceRef(
            c.integer("sentence_index"), c.text("sentence_text"),
            c.integer("sentence_start"), c.integer("sentence_end")),
        c.real("confidence"));
  }

  /** A side stored as all NULL columns was a missing (null) target; the source is always present. */
  private static Participant participant(Cells c, String prefix) throws SQLException {
    Participant p = new Participant(
        c.text(prefix + "text"), c.text(prefix + "name"), c.text(prefix + "code"),
        c.text(prefix + "country"), c.text(prefix + "kind"));
    boolean empty = p.text() == null && p.name() == null && p.code() == null
        && p.country() == null && p.kind() == null;
    return empty && prefix.equals("target_") ? null : p;
  }

  private static Place place(Cells c) throws SQLException {
    Place p = new Place(
        c.text("where_text"), c.text("where_name"), c.text("where_country"),
        c.nullableReal("where_lat"), c.nullableReal("where_lon"),
        c.nullableWhole("where_geonames_id"), c.text("where_kind"), c.text("where_how"));
    return p.equals(new Place(null, null, null, null, null, null, null, null)) ? null : p;
  }
}
