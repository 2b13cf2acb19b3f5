package org.eventline.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;

/** Maps the ingest ledger ({@code inputs}) and {@code errors} tables of V2.sql. */
final class LedgerRows {
  /** The first input with a given key wins: it is the provenance of the article. */
  static final String INSERT_INPUT = "INSERT INTO inputs (content_hash, url, input, via, article_id)"
      + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (content_hash, url) DO NOTHING";

  static final String HAS_INPUT = "SELECT count(*) FROM inputs WHERE content_hash = ? AND url = ?";

  /** The latest message wins: a resumed run that fails differently says so. */
  static final String UPSERT_ERROR = "INSERT INTO errors (input, stage, message) VALUES (?, ?, ?)"
      + " ON CONFLICT (input, stage) DO UPDATE SET message = excluded.message, failed_at = excluded.failed_at";

  static final String SELECT_ERRORS =
      "SELECT input, stage, message, failed_at FROM errors ORDER BY failed_at, input, stage LIMIT ? OFFSET ?";

  private LedgerRows() {}

  static List<Object> inputValues(InputRecord in, String articleId) {
    return Arrays.asList(in.contentHash(), key(in.url()), in.input(), in.via(), articleId);
  }

  /** The URL as a key column: '' for none, since a primary key column cannot hold null. */
  static String key(String url) {
    return url == null ? "" : url;
  }

  static IngestError readError(ResultSet rs) throws SQLException {
    Timestamp at = rs.getTimestamp("failed_at");
    return new IngestError(rs.getString("input"), rs.getString("stage"), rs.getString("message"),
        at == null ? null : at.toInstant());
  }
}
