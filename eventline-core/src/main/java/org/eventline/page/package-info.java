/**
 * Reading a page's bytes and deciding what they are: the first stage of the flow.
 *
 * <p>{@link org.eventline.page.PageReader} turns a file or a byte array into a {@link
 * org.eventline.page.Page}: decoded text, its {@link org.eventline.page.PageKind} (HTML or scraped
 * text) and the charset used. Bad input is a page with an error, never an exception: a missing
 * file, an empty file, binary data (a PDF, an image, a gzip stream, NUL-ridden junk) each get a
 * specific message naming the file.
 *
 * <p>The charset is chosen the way a browser would, in this order: a byte-order mark; a
 * {@code <meta charset>}, {@code http-equiv} or XML declaration in the first bytes; otherwise
 * UTF-8 when the bytes are valid UTF-8, else a single-byte code page ({@code SingleByteGuess}):
 * the one of the page's {@code <html lang>} (windows-1256 for Arabic, Persian and Urdu, 1251 for
 * Cyrillic languages, 1253, 1254, 1255), or, without one, windows-1252 for Latin text (lone high
 * bytes between ASCII) and windows-1256 or 1251 for text in runs of high bytes, by their commonest
 * letters. The same guess replaces a UTF-8 declaration that the bytes contradict. A
 * declared single-byte charset loses to valid multi-byte UTF-8, because mislabelled UTF-8 is
 * common and Latin text that happens to be valid UTF-8 is vanishingly rare.
 *
 * <p>Pages over {@link org.eventline.page.PageReader#MAX_BYTES} are cut at a line break and carry
 * a note saying so; news articles are far smaller, so such a page is almost always junk.
 */
package org.eventline.page;
