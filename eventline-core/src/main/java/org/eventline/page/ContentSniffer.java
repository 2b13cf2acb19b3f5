package org.eventline.page;

import java.util.Locale;
import java.util.regex.Pattern;

/** Looks at bytes and text to tell binary data from text, and HTML from scraped text. */
final class ContentSniffer {
  /** Enough bytes to judge a file: binary formats show themselves in their first kilobytes. */
  private static final int SAMPLE = 8192;

  private static final Pattern HTML_START =
      Pattern.compile("^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static final Pattern TAG =
      Pattern.compile("<(?:p|div|br|a|span|meta|title|script|article|h[1-6])[\\s>/]", Pattern.CASE_INSENSITIVE);

  private ContentSniffer() {}

  /**
   * What the bytes are when they are not text ("PDF", "gzip-compressed", "binary"), or null for
   * text. Known formats are named by their magic numbers; other data is binary when it holds NUL
   * bytes or many control characters, which no text page of ours carries.
   */
  static String binaryKind(byte[] bytes) {
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      return null; // UTF-16 with a byte-order mark: every other byte is NUL in Latin text
    }
    if (startsWith(bytes, '%', 'P', 'D', 'F')) {
      return "PDF";
    }
    if (startsWith(bytes, 0x1F, 0x8B)) {
      return "gzip-compressed";
    }
    if (startsWith(bytes, 'P', 'K', 3, 4)) {
      return "ZIP";
    }
    if (startsWith(bytes, 0x89, 'P', 'N', 'G') || startsWith(bytes, 0xFF, 0xD8, 0xFF)
        || startsWith(bytes, 'G', 'I', 'F', '8')) {
      return "image";
    }
    int n = Math.min(bytes.length, SAMPLE);
    int nul = 0;
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        nul++;
      } else if ((b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) || b == 0x7F) {
        control++;
      }
    }
    // A stray NUL or two happens in scraped text; more is a binary format (or UTF-16 without a BOM).
    if (nul > 2 || control * 10 > n) {
      return "binary";
    }
    return null;
  }

  /**
   * HTML when the text starts like an HTML document; otherwise the file name decides; for names
   * that say nothing, a page with several common tags in its first kilobytes is HTML.
   */
  static PageKind kind(String file, String text) {
    String head = text.substring(0, Math.min(text.length(), SAMPLE));
    if (HTML_START.matcher(head).find()) {
      return PageKind.HTML;
    }
    String name = file.toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return PageKind.TEXT;
    }
    if (name.matches(".*\\.(?:x?html?|php|aspx?|jsp|shtml)$")) {
      return PageKind.HTML;
    }
    return TAG.matcher(head).results().limit(3).count() >= 3 ? PageKind.HTML : PageKind.TEXT;
  }

  private static boolean startsWith(byte[] bytes, int... magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
