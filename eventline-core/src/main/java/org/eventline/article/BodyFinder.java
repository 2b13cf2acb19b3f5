package org.eventline.article;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the story and reads its paragraphs. See the package docs for the
 * heuristic; the numbers here are its weights.
 */
final class BodyFinder {
  /** Shorter text blocks say too little to vote for a container (captions, labels, dates). */
  private static final int MIN_VOTING_LENGTH = 25;
  /** A class or id naming content earns a container this much; a boilerplate name loses it. */
  private static final double CLASS_WEIGHT = 25;
  /** Siblings of the best container join the body when they score at least this share of it. */
  private static final double SIBLING_SHARE = 0.2;

  private static final Pattern CONTENT_HINT = Pattern.compile(
      "article|body|content|entry|main|story|text|post|news|detail", Pattern.CASE_INSENSITIVE);
  private static final Set<String> VOTERS = Set.of("p", "pre", "td", "blockquote");
  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4");
  private static final Set<String> BLOCKS = Set.of("p", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
      "ul", "ol", "li", "div", "section", "article", "main", "table", "tr", "td", "th", "dl", "dt", "dd", "hr");

  private final Map<Element, Double> scores = new IdentityHashMap<>();

  private BodyFinder() {}

  /** The body's paragraphs, in page order. Removes boilerplate from {@code root} first. */
  static List<String> paragraphs(Element root) {
    Boilerplate.strip(root);
    return new BodyFinder().read(root);
  }

  private List<String> read(Element root) {
    Element best = best(root);
    List<String> out = new ArrayList<>();
    Element parent = best.parent();
    if (parent == null || best == root) {
      collect(best, out);
      return out;
    }
    double threshold = Math.max(10, score(best) * SIBLING_SHARE);
    for (Element sibling : parent.children()) {
      if (sibling == best || score(sibling) >= threshold || isLoneParagraph(sibling)) {
        if (sibling.normalName().equals("p")) {
          addBlock(sibling, out);
        } else {
          collect(sibling, out);
        }
      }
    }
    return out;
  }

  /**
   * Each paragraph votes for its parent (fully) and grandparent (half) with 1 point, one per
   * comma, and one per 100 characters up to 3: long, comma-rich prose is article text. The
   * container's total is then discounted by the share of its text inside links.
   */
  private Element best(Element root) {
    for (Element e : root.getAllElements()) {
      if (!isVoter(e)) {
        continue;
      }
      String text = e.text();
      if (text.length() < MIN_VOTING_LENGTH) {
        continue;
      }
      double vote = 1 + commas(text) + Math.min(text.length() / 100, 3);
      Element parent = e.parent();
      if (parent != null) {
        scores.merge(parent, initial(parent) + vote, (a, b) -> a + vote);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, initial(grand) + vote / 2, (a, b) -> a + vote / 2);
        }
      }
    }
    Element best = root;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double s = entry.getValue() * (1 - linkDensity(entry.getKey()));
      entry.setValue(s);
      if (s > bestScore) {
        bestScore = s;
        best = entry.getKey();
      }
    }
    return best;
  }

  private double score(Element e) {
    return scores.getOrDefault(e, 0.0);
  }

  /** Paragraphs vote, and so do divs that hold text but no blocks (old sites use them as paragraphs). */
  private static boolean isVoter(Element e) {
    if (VOTERS.contains(e.normalName())) {
      return true;
    }
    return e.normalName().equals("div") && e.children().stream().noneMatch(c -> BLOCKS.contains(c.normalName()));
  }

  private static double initial(Element e) {
    String names = e.className() + " " + e.id();
    double weight = 0;
    if (CONTENT_HINT.matcher(names).find()) {
      weight += CLASS_WEIGHT;
    }
    if (Boilerplate.isHinted(e)) {
      weight -= CLASS_WEIGHT;
    }
    if (e.normalName().equals("article") || e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")) {
      weight += 10;
    }
    return weight;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '،' || c == '，') {
        n++;
      }
    }
    return n;
  }

  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1, (double) links / total);
  }

  private static boolean isLoneParagraph(Element e) {
    return e.normalName().equals("p") && e.text().length() >= 80 && linkDensity(e) < 0.25;
  }

  /** Walks a container in page order, turning blocks into paragraphs and loose text into paragraphs too. */
  private static void collect(Element container, List<String> out) {
    StringBuilder loose = new StringBuilder();
    for (Node node : container.childNodes()) {
      if (node instanceof TextNode t) {
        // Source line breaks render as spaces; only <br> breaks a line.
        loose.append(t.getWholeText().replace('\n', ' ').replace('\r', ' '));
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
          loose.append('\n');
        } else if (!BLOCKS.contains(tag) && !e.isBlock()) {
          loose.append(e.text());
        } else {
          flush(loose, out);
          block(e, out);
        }
      }
    }
    flush(loose, out);
  }

  private static void block(Element e, List<String> out) {
    String tag = e.normalName();
    if (tag.equals("p") || tag.equals("pre") || HEADINGS.contains(tag)) {
      addBlock(e, out);
    } else if (tag.equals("blockquote") && e.selectFirst("p") == null) {
      addBlock(e, out);
    } else if ((tag.equals("ul") || tag.equals("ol")) && linkDensity(e) > 0.5) {
      // a list of links: more stories, tags, a menu that escaped the class filter
    } else if (tag.equals("li")) {
      addBlock(e, out);
    } else if (!tag.equals("h1") && !tag.equals("hr")) {
      collect(e, out);
    }
  }

  private static void addBlock(Element e, List<String> out) {
    if (linkDensity(e) > 0.5) {
      return;
    }
    String text = Paragraphs.clean(e.text());
    boolean heading = HEADINGS.contains(e.normalName());
    // A few words that are not a sentence and not a heading are a label: "Advertisement", "Read more".
    // A credit ("Source: Reuters") is kept for the reader to take as the source.
    if (!text.isEmpty() && (heading || Paragraphs.words(text) >= 4 || Paragraphs.endsSentence(text)
        || Credit.parse(text).isPresent())) {
      out.add(text);
    }
  }

  /** Loose text splits into paragraphs at a blank line or two {@code <br>}s in a row. */
  private static void flush(StringBuilder loose, List<String> out) {
    for (String part : loose.toString().split("\\n\\s*\\n")) {
      String text = Paragraphs.clean(part);
      if (Paragraphs.words(text) >= 4 || (!text.isEmpty() && Paragraphs.endsSentence(text) && text.length() > 20)) {
        out.add(text);
      }
    }
    loose.setLength(0);
  }
}
