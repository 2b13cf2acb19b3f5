package org.eventline.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventline.event.AnalysedSentence;
import org.eventline.nlp.Token;

/**
 * How a page's sentences are laid out: which begin a paragraph, which paragraph holds a sentence, and
 * which are headings (a story label above briefs). Read from the sentences' offsets: a blank line,
 * not a space, separates paragraphs.
 */
final class PageLayout {
  private final Map<Integer, AnalysedSentence> byIndex = new HashMap<>();
  private final boolean labelled;

  PageLayout(List<AnalysedSentence> sentences) {
    for (AnalysedSentence s : sentences) {
      byIndex.put(s.index(), s);
    }
    // under a title, two labels already make briefs ("Organised crime in Australia", "Hijab in Iran"
    // below "Law and crime"); a page with no title and a section heading or two is one story
    boolean titled = sentences.stream().anyMatch(AnalysedSentence::inTitle);
    this.labelled = countLabels() >= (titled ? MIN_LABELS - 1 : MIN_LABELS);
  }

  /**
   * True when the sentence is a heading: a paragraph of its own, short, with no full stop ("Russian
   * invasion of Ukraine", "Somalia" above the briefs of that story).
   */
  boolean heading(int index) {
    AnalysedSentence s = byIndex.get(index);
    if (s == null || s.inTitle() || !opensParagraph(index) || byIndex.containsKey(index + 1) && !opensParagraph(index + 1)) {
      return false;
    }
    List<Token> tokens = s.sentence().tokens();
    String end = tokens.get(tokens.size() - 1).word();
    return (tokens.size() <= HEADING_TOKENS || twoLabels(tokens)) && !end.equals(".") && !end.equals("!") && !end.equals("?");
  }

  /**
   * True when the tokens are two labels of a heading's length joined by a comma, the second
   * capitalised ("2025–2026 Iranian protests, Kurdish separatism in Iran"), not a clause going on.
   */
  private static boolean twoLabels(List<Token> tokens) {
    int comma = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).word().equals(",")) {
        if (comma >= 0) {
          return false;
        }
        comma = i;
      }
    }
    return comma > 0 && comma <= HEADING_TOKENS && tokens.size() - comma - 1 <= HEADING_TOKENS && comma + 1 < tokens.size()
        && Character.isUpperCase(tokens.get(comma + 1).word().codePointAt(0));
  }

  /** The most tokens of a heading above briefs (of each of two labels a comma joins). */
  private static final int HEADING_TOKENS = 8;

  /**
   * True when sentence {@code index} begins a paragraph: a blank line, not a space, before it, or the
   * title (whose offsets are its own, not the body's) before it.
   */
  boolean opensParagraph(int index) {
    AnalysedSentence s = byIndex.get(index);
    AnalysedSentence before = byIndex.get(index - 1);
    return s != null && (before == null || before.inTitle() != s.inTitle() || s.sentence().begin() - before.sentence().end() >= 2);
  }

  /** The first sentence of the paragraph that holds sentence {@code index}. */
  int paragraphStart(int index) {
    int i = index;
    while (byIndex.containsKey(i - 1) && !opensParagraph(i)) {
      i--;
    }
    return i;
  }

  /**
   * True when headings stand above at least three paragraphs of text, two under a title: a page of briefs under story
   * labels ("2025 New Orleans jailbreak", "Capital punishment in Singapore"), as a current-events
   * portal or a news digest is laid out, rather than one story with a section heading or two.
   */
  boolean labelled() {
    return labelled;
  }

  /**
   * True when the sentence is a story label: a heading, or the title when the body's text follows it
   * right away (a portal section whose first label the page took for its title: "Constitutional
   * crisis in Somalia" above "Somalia's federal government calls for ...").
   */
  boolean label(int index) {
    AnalysedSentence s = byIndex.get(index);
    AnalysedSentence next = byIndex.get(index + 1);
    return heading(index) || s != null && s.inTitle() && next != null && !next.inTitle() && !heading(index + 1);
  }

  private int countLabels() {
    int labels = 0;
    for (int index : byIndex.keySet()) {
      if (label(index) && byIndex.containsKey(index + 1) && !heading(index + 1)) {
        labels++;
      }
    }
    return labels;
  }

  /** Labels above briefs that make a page of briefs without a title; one fewer under a title. */
  private static final int MIN_LABELS = 3;
}
