package org.eventline.store;

import java.util.Locale;

/** The width of a timeline bucket; each is a fixed SQL expression, so a client only picks by name. */
public enum Interval {
  DAY("strftime(e.day, '%Y-%m-%d')"),
  /** Weeks start on Monday (ISO 8601), labelled by that Monday's date. */
  WEEK("strftime(date_trunc('week', e.day), '%Y-%m-%d')"),
  MONTH("strftime(e.day, '%Y-%m')");

  final String sql;

  Interval(String sql) {
    this.sql = sql;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Interval parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("interval '" + s + "' is not one of day, week, month");
    }
  }
}
