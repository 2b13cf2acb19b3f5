package org.eventline.store;

import java.nio.file.Path;

/**
 * The output path of a DuckDB {@code COPY ... TO 'path'}, as a SQL string literal.
 *
 * <p>COPY takes its path as a literal, not a bound parameter, so this is the one place a caller's
 * value reaches SQL text. It is made absolute (so DuckDB never reads it as {@code s3://} or
 * {@code http://}), checked against a short list of characters that are ordinary in file names,
 * and its quotes doubled. Anything else is refused with a message, not escaped and hoped for.
 */
final class CopyTarget {
  private static final String ALLOWED_PUNCTUATION = " ._-/\\:+,=@()'~";

  private CopyTarget() {}

  static String literal(Path out) {
    String path = out.toAbsolutePath().normalize().toString();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (!Character.isLetterOrDigit(c) && ALLOWED_PUNCTUATION.indexOf(c) < 0) {
        throw new IllegalArgumentException("export path " + path + " has the character "
            + (Character.isISOControl(c) ? String.format("U+%04X", (int) c) : "'" + c + "'")
            + " at " + i + "; use letters, digits and " + ALLOWED_PUNCTUATION.strip());
      }
    }
    return "'" + path.replace("'", "''") + "'";
  }
}
