package org.eventline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings a store file up to the schema this build knows: migrations {@code V1.sql}, {@code V2.sql}...
 * are resources beside this class, applied in order, each in one transaction with its row in
 * {@code schema_version}. A file written by a newer build is refused rather than misread.
 */
final class Schema {
  private Schema() {}

  /** Applies the missing migrations; returns the version the store is now at. */
  static int migrate(Connection conn, String where) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version ("
          + "version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp)");
    }
    int current = current(conn);
    int known = latestKnown();
    if (current > known) {
      throw new StoreException("store " + where + " has schema version " + current
          + " but this Eventline knows only up to " + known + "; open it with a newer Eventline");
    }
    boolean autoCommit = conn.getAutoCommit();
    conn.setAutoCommit(false);
    try {
      for (int v = current + 1; v <= known; v++) {
        try (Statement st = conn.createStatement();
            PreparedStatement mark = conn.prepareStatement("INSERT INTO schema_version (version) VALUES (?)")) {
          st.execute(script(v));
          mark.setInt(1, v);
          mark.executeUpdate();
          conn.commit();
        } catch (SQLException e) {
          conn.rollback();
          throw new StoreException("store " + where + ": migration V" + v + ".sql failed: " + e.getMessage(), e);
        }
      }
    } finally {
      conn.setAutoCommit(autoCommit);
    }
    if (current > 0 && current < known) {
      // An upgrade may rewrite whole columns (V3 fills the typed day of every event): a checkpoint
      // writes them back as plain column segments with fresh zonemaps, instead of leaving every
      // later scan to merge ten million updated values.
      try (Statement st = conn.createStatement()) {
        st.execute("CHECKPOINT");
      }
    }
    return known;
  }

  static int current(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Resources cannot be listed portably inside a jar, so the versions are probed until one is missing. */
  static int latestKnown() {
    int v = 0;
    while (Schema.class.getResource("V" + (v + 1) + ".sql") != null) {
      v++;
    }
    return v;
  }

  private static String script(int version) {
    try (InputStream in = Schema.class.getResourceAsStream("V" + version + ".sql")) {
      if (in == null) {
        throw new IllegalStateException("migration V" + version + ".sql is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration V" + version + ".sql", e);
    }
  }
}
