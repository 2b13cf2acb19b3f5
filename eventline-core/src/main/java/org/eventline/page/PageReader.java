package org.eventline.page;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The front door of this package: reads a page and says what it is.
 *
 * <pre>{@code
 * Page page = PageReader.read(Path.of("pages/aleppo.txt"));
 * if (page.failed()) System.err.println(page.error());   // "page pages/x.pdf: 4096 bytes of PDF data (not text); skipped"
 * }</pre>
 *
 * <p>Never throws for bad input: a missing, unreadable, empty or binary file is a {@link Page}
 * with an error.
 */
public final class PageReader {
  /** Pages larger than this are cut; 20 MB is a hundred times the largest news page. */
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  /** How far back from the cut we look for a line break, so a cut never splits a character. */
  private static final int CUT_LOOKBACK = 64 * 1024;

  private PageReader() {}

  /** Reads the file at {@code path}; its {@code toString()} is the page's file name. */
  public static Page read(Path path) {
    String file = path.toString();
    if (Files.isDirectory(path)) {
      return Page.failed(file, 0, "page " + file + ": is a folder, not a page");
    }
    try (InputStream in = Files.newInputStream(path)) {
      long size = Files.size(path);
      // Read one byte past the cap: that is enough to know a page is too large without loading it.
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      return of(file, bytes, Math.max(size, bytes.length), MAX_BYTES);
    } catch (NoSuchFileException e) {
      return Page.failed(file, 0, "page " + file + ": no such file");
    } catch (AccessDeniedException e) {
      return Page.failed(file, 0, "page " + file + ": permission denied; check the file's permissions");
    } catch (IOException e) {
      return Page.failed(file, 0, "page " + file + ": cannot be read (" + e + ")");
    }
  }

  /** Reads a page already in memory; {@code file} names it in messages and results. */
  public static Page of(String file, byte[] bytes) {
    return of(file, bytes, bytes == null ? 0 : bytes.length, MAX_BYTES);
  }

  static Page of(String file, byte[] bytes, long size, int maxBytes) {
    if (bytes == null || bytes.length == 0) {
      return Page.failed(file, 0, "page " + file + ": empty file (0 bytes); skipped");
    }
    String binary = ContentSniffer.binaryKind(bytes);
    if (binary != null) {
      return Page.failed(file, size, "page " + file + ": " + size + " bytes of " + binary + " data (not text); skipped");
    }
    List<String> notes = new ArrayList<>();
    if (bytes.length > maxBytes) {
      bytes = cut(bytes, maxBytes);
      notes.add("page " + file + ": " + size + " bytes, over the limit of " + maxBytes
          + "; read only the first " + bytes.length + " bytes");
    }
    CharsetDetector.Decoded decoded = CharsetDetector.decode(file, bytes);
    notes.addAll(decoded.notes());
    String text = decoded.text();
    if (text.isBlank()) {
      return Page.failed(file, size, "page " + file + ": only whitespace (" + size + " bytes); skipped");
    }
    PageKind kind = ContentSniffer.kind(file, text);
    return new Page(file, text, kind, decoded.charset().name(), size, notes, null);
  }

  /** The first {@code max} bytes, shortened to end at a line break when one is near. */
  private static byte[] cut(byte[] bytes, int max) {
    for (int i = max - 1; i >= Math.max(0, max - CUT_LOOKBACK); i--) {
      if (bytes[i] == '\n') {
        return Arrays.copyOf(bytes, i + 1);
      }
    }
    // No line break: back off to a UTF-8 character boundary (continuation bytes are 10xxxxxx).
    int end = max;
    while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
      end--;
    }
    return Arrays.copyOf(bytes, end);
  }
}
