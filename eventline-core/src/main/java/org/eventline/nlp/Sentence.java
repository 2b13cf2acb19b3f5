package org.eventline.nlp;

import java.util.List;

/**
 * One sentence of an analysed text, with its tokens.
 *
 * @param index 0-based position among the sentences of the text
 * @param begin character offset of the sentence in the analysed text
 * @param end character offset after the sentence
 */
public record Sentence(int index, String text, int begin, int end, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
