package org.eventline.page;

import java.util.List;

/**
 * One page, read and decoded: the input of article extraction.
 *
 * <pre>{@code
 * Page page = PageReader.read(Path.of("pages/aleppo.html"));
 * if (!page.failed()) System.out.println(page.kind() + " in " + page.charset());
 * }</pre>
 *
 * @param file the input path as given
 * @param text the decoded text, without a byte-order mark; empty when the page failed
 * @param kind HTML or scraped text; null when the page failed
 * @param charset the charset the bytes were decoded with, e.g. {@code UTF-8}; null when failed
 * @param size the size of the input in bytes, before any truncation
 * @param notes things a user may want to know that did not stop the reading (a truncation, a
 *     charset that did not fit the bytes)
 * @param error why the page could not be read, naming the file; null when it was read
 */
public record Page(
    String file, String text, PageKind kind, String charset, long size, List<String> notes, String error) {

  public Page {
    if (file == null) {
      throw new IllegalArgumentException("a page needs the file (input path) it came from");
    }
    if (text == null) {
      text = "";
    }
    notes = notes == null ? List.of() : List.copyOf(notes);
    if (error == null && (kind == null || charset == null)) {
      throw new IllegalArgumentException("page " + file + ": a readable page needs a kind and a charset");
    }
  }

  /** A page that could not be read, with the reason (which should name the file). */
  public static Page failed(String file, long size, String error) {
    return new Page(file, "", null, null, size, List.of(), error);
  }

  public boolean failed() {
    return error != null;
  }

  public boolean isHtml() {
    return kind == PageKind.HTML;
  }
}
