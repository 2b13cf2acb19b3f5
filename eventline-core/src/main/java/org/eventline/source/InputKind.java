package org.eventline.source;

import java.util.Locale;

/** What an input file holds, told by its name. */
enum InputKind {
  PAGE, WARC, FEED, JSON_LINES, URL_LIST;

  /** The kind a file name says, or null for a file that is none of these (an image, a PDF). */
  static InputKind of(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
      return WARC;
    }
    if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
      return FEED;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    if (n.endsWith(".urls")) {
      return URL_LIST;
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".txt")) {
      return PAGE;
    }
    return null;
  }
}
