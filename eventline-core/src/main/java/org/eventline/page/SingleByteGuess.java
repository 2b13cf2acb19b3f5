package org.eventline.page;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which single-byte charset bytes that are not UTF-8 are in. The page's {@code lang} decides when
 * it names a language with its own Windows code page (an Arabic page in windows-1256 labelled
 * UTF-8 by its template). Otherwise the bytes do: Latin text has a lone accented byte between
 * ASCII letters, Arabic and Cyrillic text runs of high bytes, told apart by their commonest letters.
 */
final class SingleByteGuess {
  private static final Pattern LANG = Pattern.compile("<html[^>]*\\slang\\s*=\\s*[\"']?([a-zA-Z]{2})", Pattern.CASE_INSENSITIVE);
  private static final Map<String, String> CODE_PAGES = Map.ofEntries(
      Map.entry("ar", "windows-1256"), Map.entry("fa", "windows-1256"), Map.entry("ur", "windows-1256"),
      Map.entry("ru", "windows-1251"), Map.entry("uk", "windows-1251"), Map.entry("bg", "windows-1251"),
      Map.entry("sr", "windows-1251"), Map.entry("mk", "windows-1251"), Map.entry("be", "windows-1251"),
      Map.entry("el", "windows-1253"), Map.entry("he", "windows-1255"), Map.entry("tr", "windows-1254"));
  private static final int SAMPLE = 64 * 1024;

  private SingleByteGuess() {}

  static Charset of(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = LANG.matcher(head);
    if (m.find()) {
      String page = CODE_PAGES.get(m.group(1).toLowerCase(Locale.ROOT));
      if (page != null) {
        return Charset.forName(page);
      }
    }
    int high = 0;
    int inRuns = 0;
    int arabic = 0;
    int cyrillic = 0;
    int n = Math.min(bytes.length, SAMPLE);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        continue;
      }
      high++;
      if (i > 0 && (bytes[i - 1] & 0x80) != 0) {
        inRuns++;
      }
      // windows-1256 alef (C7) and lam (E1); windows-1251 о, е, а (EE, E5, E0)
      if (b == 0xC7 || b == 0xE1) {
        arabic++;
      } else if (b == 0xEE || b == 0xE5 || b == 0xE0) {
        cyrillic++;
      }
    }
    if (high == 0 || inRuns * 2 < high) {
      return CharsetDetector.WINDOWS_1252;
    }
    return Charset.forName(arabic >= cyrillic ? "windows-1256" : "windows-1251");
  }
}
