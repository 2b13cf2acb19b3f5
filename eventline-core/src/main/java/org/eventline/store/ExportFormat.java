package org.eventline.store;

/** What {@link EventStore#export} writes: one row or line per event. */
public enum ExportFormat {
  /** Flat columns with a header row, written by DuckDB. */
  CSV,
  /** One {@code eventline events} JSON object per line, the same shape as the CLI and the API. */
  JSONL,
  /** Flat columns as Parquet, written by DuckDB, for Spark, pandas and friends. */
  PARQUET
}
