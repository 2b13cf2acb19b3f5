package org.eventline.event;

/**
 * The sentence an event was coded from.
 *
 * @param index 0-based index among the article's coded sentences (the title, when coded, is index 0)
 * @param start character offset into the article body (-1 for the title, which is not in the body)
 * @param end character offset after the sentence in the body (-1 for the title)
 * @param trigger index in the sentence's tokens of the word the event was coded from ("arrested"),
 *     which tells the geocoder which clause's place is the event's; -1 when not known (an event read
 *     back from a store, which keeps the sentence only)
 */
public record SentenceRef(int index, String text, int start, int end, int trigger) {
  /** A sentence with no known trigger word. */
  public SentenceRef(int index, String text, int start, int end) {
    this(index, text, start, end, -1);
  }
}
