package org.eventline.export;

import java.util.Locale;

/** What {@code eventline export --format} writes. */
public enum ExportFormat {
  /** GDELT 2.0 event table: 61 tab-separated columns, no header, as GDELT publishes it. */
  GDELT("tsv"),
  /** One PLOVER event object per line (POLECAT-style field names). */
  PLOVER("jsonl"),
  /** Flat columns with a header row. */
  CSV("csv"),
  /** Flat columns as Parquet, for Spark, pandas and DuckDB. */
  PARQUET("parquet"),
  /** The actor network: actors as nodes, interactions per quad class as weighted edges. */
  GEXF("gexf"),
  /** One {@code eventline events} object per line: the JSON contract. */
  JSONL("jsonl");

  private final String extension;

  ExportFormat(String extension) {
    this.extension = extension;
  }

  /** The default file name: {@code events.gdelt.tsv}, {@code events.csv}. */
  public String defaultFileName() {
    String name = name().toLowerCase(Locale.ROOT);
    return name.equals(extension) ? "events." + extension : "events." + name + "." + extension;
  }
}
