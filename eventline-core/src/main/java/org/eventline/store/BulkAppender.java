package org.eventline.store;

import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes rows through DuckDB's appender, which is an order of magnitude faster than prepared
 * inserts because it fills column vectors directly; the price is no upsert, so it is only for rows
 * known to be new (a fresh store, a generated benchmark set).
 */
final class BulkAppender implements AutoCloseable {
  private final DuckDBAppender appender;

  BulkAppender(DuckDBConnection conn, String table) throws SQLException {
    this.appender = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
  }

  /** One row: the values in table order, then {@code defaults} trailing columns left to their DEFAULT. */
  void row(List<Object> values, int defaults) throws SQLException {
    appender.beginRow();
    for (Object v : values) {
      if (v == null) {
        appender.appendNull();
      } else if (v instanceof String s) {
        appender.append(s);
      } else if (v instanceof Byte b) {
        appender.append(b.byteValue());
      } else if (v instanceof Integer i) {
        appender.append(i.intValue());
      } else if (v instanceof Long l) {
        appender.append(l.longValue());
      } else if (v instanceof Double d) {
        appender.append(d.doubleValue());
      } else if (v instanceof java.time.LocalDate d) {
        appender.append(d);
      } else if (v instanceof int[] list) {
        appender.append(list); // an INTEGER[] column
      } else if (v instanceof Boolean b) {
        appender.append(b.booleanValue());
      } else {
        throw new IllegalArgumentException("no appender mapping for " + v.getClass());
      }
    }
    for (int i = 0; i < defaults; i++) {
      appender.appendDefault();
    }
    appender.endRow();
  }

  @Override
  public void close() throws SQLException {
    appender.close();
  }
}
