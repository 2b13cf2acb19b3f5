package org.eventline.nlp;

import java.util.List;
import java.util.Set;

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

  /** The text of tokens first..last, as written between them ("Saudi Arabia", "Savar, Dhaka District"). */
  public String span(int first, int last) {
    return text.substring(tokens.get(first).begin() - begin, tokens.get(last).end() - begin);
  }

  /**
   * Per token: it stands in a source cited in brackets at the end of an item ("... killing four.
   * (Reuters) (The Jerusalem Post)"), which digests of news briefs add to every item and the sentence
   * splitter may leave as a sentence of its own. A paper's name there ("The Hill", "Kyiv Independent",
   * "The Jerusalem Post") names no place and no actor of the news.
   */
  public boolean[] citation() {
    boolean[] cited = new boolean[tokens.size()];
    int end = tokens.size();
    while (end > 0 && tokens.get(end - 1).word().equals(".")) {
      end--;
    }
    // from the end back: bracketed groups only, then the sentence's end or its start
    int t = end - 1;
    int groupsFrom = end;
    while (t >= 0 && tokens.get(t).word().equals(")")) {
      int open = t - 1;
      while (open >= 0 && !tokens.get(open).word().equals("(") && !tokens.get(open).word().equals(")")) {
        open--;
      }
      if (open < 0 || !tokens.get(open).word().equals("(") || t - open - 1 > CITATION_WORDS || t - open < 2) {
        break;
      }
      groupsFrom = open;
      t = open - 1;
    }
    if (groupsFrom == end || groupsFrom > 0 && !SENTENCE_ENDS.contains(tokens.get(groupsFrom - 1).word())) {
      return cited;
    }
    for (int i = groupsFrom; i < end; i++) {
      cited[i] = true;
    }
    return cited;
  }

  /** The most words of a source's name in brackets ("The Times of India"). */
  private static final int CITATION_WORDS = 6;
  private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?");
}
