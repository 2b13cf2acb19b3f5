package org.eventline.page;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the charset of a page's bytes and decodes them: BOM, then a declaration, then a UTF-8
 * validity check, then windows-1252. See the package docs for why in that order.
 */
final class CharsetDetector {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Declarations sit in the head; browsers look at the first 1024 bytes, we allow more. */
  private static final int DECLARATION_WINDOW = 4096;

  /** Covers {@code <meta charset=x>}, {@code http-equiv ... content="text/html; charset=x"}. */
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private static final Pattern XML_ENCODING =
      Pattern.compile("<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  /** The decoded text, the charset used and what went wrong on the way. */
  record Decoded(String text, Charset charset, List<String> notes) {}

  private CharsetDetector() {}

  static Decoded decode(String file, byte[] bytes) {
    List<String> notes = new ArrayList<>();
    Bom bom = Bom.of(bytes);
    if (bom != null) {
      return new Decoded(new String(bytes, bom.length, bytes.length - bom.length, bom.charset), bom.charset, notes);
    }
    Utf8 utf8 = Utf8.check(bytes);
    String declaredName = declared(bytes);
    if (declaredName != null) {
      Charset declared = lookup(declaredName);
      if (declared == null) {
        notes.add("page " + file + ": declared charset '" + declaredName + "' is unknown; guessed from the bytes");
      } else if (declared.equals(StandardCharsets.UTF_8) && utf8 == Utf8.INVALID) {
        Charset guess = SingleByteGuess.of(bytes);
        notes.add("page " + file + ": charset UTF-8 declared but bytes are not valid UTF-8; decoded as " + guess.name());
        return new Decoded(new String(bytes, guess), guess, notes);
      } else if (!declared.equals(StandardCharsets.UTF_8) && utf8 == Utf8.MULTIBYTE && singleByte(declared)) {
        notes.add("page " + file + ": charset " + declared.name() + " declared but bytes are valid UTF-8; decoded as UTF-8");
        return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, notes);
      } else {
        return new Decoded(new String(bytes, declared), declared, notes);
      }
    }
    if (utf8 != Utf8.INVALID) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, notes);
    }
    Charset guess = SingleByteGuess.of(bytes);
    notes.add("page " + file + ": no charset declared and bytes are not valid UTF-8; decoded as " + guess.name());
    return new Decoded(new String(bytes, guess), guess, notes);
  }

  /** The charset named in a meta tag or XML declaration near the start, or null. */
  static String declared(byte[] bytes) {
    // ISO-8859-1 maps bytes one to one, so ASCII markup is found whatever the real charset.
    String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      return m.group(1);
    }
    m = XML_ENCODING.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /** A supported charset for a declared name, with the WHATWG aliases browsers apply. */
  static Charset lookup(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    // Browsers decode "Latin-1" and "ASCII" as windows-1252: pages labelled so often use its 0x80-0x9F.
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean singleByte(Charset c) {
    return c.newEncoder().maxBytesPerChar() <= 1.0f;
  }

  private enum Bom {
    UTF_8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
    UTF_16BE(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
    UTF_16LE(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE);

    final byte[] mark;
    final int length;
    final Charset charset;

    Bom(byte[] mark, Charset charset) {
      this.mark = mark;
      this.length = mark.length;
      this.charset = charset;
    }

    static Bom of(byte[] bytes) {
      for (Bom bom : values()) {
        if (bytes.length >= bom.length && java.util.Arrays.equals(bytes, 0, bom.length, bom.mark, 0, bom.length)) {
          return bom;
        }
      }
      return null;
    }
  }

  /** What a UTF-8 check found: only ASCII, valid multi-byte sequences, or invalid bytes. */
  enum Utf8 {
    ASCII,
    MULTIBYTE,
    INVALID;

    static Utf8 check(byte[] b) {
      boolean multibyte = false;
      int i = 0;
      while (i < b.length) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
          i++;
          continue;
        }
        int follow;
        int min;
        if (c >= 0xC2 && c <= 0xDF) {
          follow = 1;
          min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
          follow = 2;
          min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
          follow = 3;
          min = 0x10000;
        } else {
          return INVALID;
        }
        if (i + follow >= b.length) {
          return INVALID;
        }
        int cp = c & (0x3F >> follow);
        for (int k = 1; k <= follow; k++) {
          int f = b[i + k] & 0xFF;
          if ((f & 0xC0) != 0x80) {
            return INVALID;
          }
          cp = (cp << 6) | (f & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
          return INVALID;
        }
        multibyte = true;
        i += follow + 1;
      }
      return multibyte ? MULTIBYTE : ASCII;
    }
  }
}
