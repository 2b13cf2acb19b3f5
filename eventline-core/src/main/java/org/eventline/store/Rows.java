package org.eventline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

/** Small JDBC helpers shared by the row mappers: nulls in and out, and upsert SQL from column names. */
final class Rows {
  private Rows() {}

  /** Binds values to {@code ?} 1..n in order; a null binds as SQL NULL, a list as a VARCHAR[] (BIGINT[] when it holds longs). */
  static void bind(PreparedStatement ps, List<?> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      if (v == null) {
        ps.setNull(i + 1, Types.NULL);
      } else if (v instanceof List<?> list) {
        // A list of ids binds as one VARCHAR[] value: the SQL text stays the same whatever its size.
        String type = !list.isEmpty() && list.get(0) instanceof Long ? "BIGINT" : "VARCHAR";
        ps.setArray(i + 1, ps.getConnection().createArrayOf(type, list.toArray()));
      } else {
        ps.setObject(i + 1, v);
      }
    }
  }

  /** The one number a fixed query without parameters gives ({@code SELECT count(*) FROM ...}). */
  static long one(Connection conn, String sql) throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** {@code ?, ?, ?}: n placeholders for an IN list whose values are all bound. */
  static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  static Double nullableDouble(ResultSet rs, String column) throws SQLException {
    double d = rs.getDouble(column);
    return rs.wasNull() ? null : d;
  }

  static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long l = rs.getLong(column);
    return rs.wasNull() ? null : l;
  }

  /**
   * {@code INSERT ... ON CONFLICT (key) DO UPDATE} over fixed column names. Not {@code INSERT OR
   * REPLACE}: DuckDB 1.4 silently keeps the old row with it when the table has a secondary index.
   */
  static String upsert(String table, String key, List<String> columns) {
    String updates = columns.stream()
        .filter(c -> !c.equals(key))
        .map(c -> c + " = excluded." + c)
        .collect(Collectors.joining(", "));
    return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
        + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")"
        + " ON CONFLICT (" + key + ") DO UPDATE SET " + updates;
  }
}
