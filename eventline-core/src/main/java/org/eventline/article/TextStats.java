package org.eventline.article;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element, computed in one walk of the tree so that scoring never calls
 * {@code text()} or {@code select()} per element: that would be quadratic in the depth of the
 * page, and deep pages (10 MB of nested divs) must still take linear time.
 */
final class TextStats {
  /** Measures of one element's subtree. Lengths count non-space characters. */
  static final class Counts {
    int chars;
    int linkChars;
    int commas;
    /** Characters of text directly inside the element, not in a child element. */
    int ownChars;
    int ownCommas;
    /** Characters in paragraphs below that read as prose: long enough and few links. */
    int prose;
  }

  private static final Counts NONE = new Counts();

  private final Map<Element, Counts> counts = new IdentityHashMap<>();

  private TextStats() {}

  /** Measures {@code root}; a paragraph-like element counts as prose when {@code isParagraph} says so. */
  static TextStats of(Element root, java.util.function.Predicate<Element> isParagraph, int minProse) {
    TextStats stats = new TextStats();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t && node.parent() instanceof Element parent) {
          Counts c = stats.counts.computeIfAbsent(parent, k -> new Counts());
          String s = t.getWholeText();
          for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!Character.isWhitespace(ch) && ch != '\u00A0') {
              c.ownChars++;
              if (ch == ',' || ch == '،' || ch == '，' || ch == '、') {
                c.ownCommas++;
              }
            }
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return;
        }
        Counts c = stats.counts.computeIfAbsent(e, k -> new Counts());
        c.chars += c.ownChars;
        c.commas += c.ownCommas;
        if (e.normalName().equals("a")) {
          c.linkChars = c.chars;
        }
        if (c.chars >= minProse && c.linkChars * 3 < c.chars && isParagraph.test(e)) {
          c.prose = c.chars;
        }
        if (e.parent() != null) {
          Counts p = stats.counts.computeIfAbsent(e.parent(), k -> new Counts());
          p.chars += c.chars;
          p.linkChars += c.linkChars;
          p.commas += c.commas;
          p.prose += c.prose;
        }
      }
    }, root);
    return stats;
  }

  Counts of(Element e) {
    return counts.getOrDefault(e, NONE);
  }

  double linkDensity(Element e) {
    Counts c = of(e);
    return c.chars == 0 ? 0 : Math.min(1, (double) c.linkChars / c.chars);
  }
}
