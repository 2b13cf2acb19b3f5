package org.eventline.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The orders an event listing can take. Each is fixed SQL text chosen by name, so a client's sort
 * parameter picks from this list and never reaches SQL itself; every order ends with the same
 * tie-breakers, so paging is stable.
 */
public enum EventSort {
  NEWEST("e.day DESC NULLS LAST"),
  OLDEST("e.day ASC NULLS LAST"),
  TYPE("e.type"),
  SOURCE("e.source_name NULLS LAST"),
  TARGET("e.target_name NULLS LAST"),
  GOLDSTEIN("e.goldstein"),
  GOLDSTEIN_DESC("e.goldstein DESC"),
  CONFIDENCE("e.confidence DESC");

  /**
   * Ties go in storage order (the row id). Not (article, sentence, id): three more string keys make DuckDB's
   * top-N sort ten million rows in full (650 ms), while one row id lets it prune (75 ms). Stored
   * order is arrival order, so events of one article stay in sentence order.
   */

  private final String sql;

  EventSort(String sql) {
    this.sql = sql;
  }

  /** The ORDER BY clause, with a leading space; {@code row} is the column of the event's row id. */
  String orderBy(String row) {
    return " ORDER BY " + sql + (this == NEWEST || this == OLDEST ? "" : ", e.day DESC NULLS LAST") + ", " + row;
  }

  /** True when the order needs only the day and the row, which every filtered table has. */
  boolean byDate() {
    return this == NEWEST || this == OLDEST;
  }

  /** The name an API client writes: {@code newest}, {@code goldstein_desc}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a label as {@link #label()} writes it; {@code -date} and {@code date} are accepted too. */
  public static EventSort parse(String s) {
    String v = s.strip().toLowerCase(Locale.ROOT);
    switch (v) {
      case "date", "-date" -> {
        return v.startsWith("-") ? NEWEST : OLDEST;
      }
      default -> {
        for (EventSort sort : values()) {
          if (sort.label().equals(v)) {
            return sort;
          }
        }
        throw new IllegalArgumentException("sort '" + s + "' is not one of " + labels());
      }
    }
  }

  public static String labels() {
    return Arrays.stream(values()).map(EventSort::label).collect(Collectors.joining(", "));
  }
}
