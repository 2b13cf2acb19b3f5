package org.eventline.event;

/**
 * The sentence an event was coded from.
 *
 * @param index 0-based index among the article's coded sentences (the title, when coded, is index 0)
 * @param start character offset into the article body (-1 for the title, which is not in the body)
 * @param end character offset after the sentence in the body (-1 for the title)
 */
public record SentenceRef(int index, String text, int start, int end) {}
