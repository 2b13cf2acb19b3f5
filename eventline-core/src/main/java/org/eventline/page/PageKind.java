package org.eventline.page;

/** What a page holds: markup to parse, or text already stripped of markup by a scraper. */
public enum PageKind {
  HTML,
  TEXT;

  /** The lower-case name used in JSON and fixtures: {@code html} or {@code text}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
