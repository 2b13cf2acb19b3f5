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
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element that holds the story and reads its paragraphs. See the package docs for the
 * heuristic; the numbers here are its weights.
 */
final class BodyFinder {
  /** Shorter text blocks say too little to vote for a container (captions, labels, dates). */
  private static final int MIN_VOTING_LENGTH = 25;
  /** A class or id naming content earns a container this much; a boilerplate name loses it. */
  private static final double CLASS_WEIGHT = 25;
  /** A container named for content with less text than this earns no head start from its name. */
  private static final int MIN_NAMED_CONTENT = 200;
  /** Siblings of the best container join the body when they score at least this share of it. */
  private static final double SIBLING_SHARE = 0.2;

  private static final Pattern CONTENT_HINT = Pattern.compile(
      "article|body|content|entry|main|story|text|post|news|detail", Pattern.CASE_INSENSITIVE);
  private static final Set<String> VOTERS = Set.of("p", "pre", "td", "blockquote");
  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4");
  private static final Set<String> HEADLINES = Set.of("h1", "h2", "h3", "h4");
  private static final Set<String> BLOCKS = Set.of("p", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
      "ul", "ol", "li", "div", "section", "article", "main", "table", "tr", "td", "th", "dl", "dt", "dd", "hr");

  /** A container whose parent holds this much more prose, mostly as plain paragraphs, gives way to it. */
  private static final double CLIMB_GAIN = 1.15;

  private final Map<Element, Double> scores = new IdentityHashMap<>();
  private final TextStats stats;

  private BodyFinder(TextStats stats) {
    this.stats = stats;
  }

  /** What was found: the body's paragraphs, and whether they look like a list of teasers. */
  record Body(List<String> paragraphs, boolean listing) {}

  /**
   * The body's paragraphs, in page order. Removes boilerplate from {@code root} first; with
   * {@code byName} false, class and id names condemn nothing (the fallback for pages whose
   * story sits in a container named like boilerplate).
   */
  static Body find(Element root, boolean byName) {
    Boilerplate.strip(root, byName);
    TextStats stats = TextStats.of(root, BodyFinder::isVoter, MIN_VOTING_LENGTH);
    return new BodyFinder(stats).read(root);
  }

  private Body read(Element root) {
    Element best = climb(best(root));
    boolean listing = isListing(best);
    List<String> out = new ArrayList<>();
    Element parent = best.parent();
    if (parent == null || best == root) {
      collect(best, out);
      return new Body(out, listing);
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
    return new Body(out, listing);
  }

  /**
   * A home or section page: the best container is a run of linked headlines, each with a line of
   * teaser. A story has a linked subheading now and then, never one per paragraph.
   */
  private boolean isListing(Element container) {
    int headlines = 0;
    for (Element h : container.select("h1, h2, h3, h4, h5")) {
      TextStats.Counts c = stats.of(h);
      if (c.chars > 0 && c.linkChars * 2 > c.chars) {
        headlines++;
      }
    }
    int paragraphs = 0;
    int longOnes = 0;
    for (Element p : container.getAllElements()) {
      TextStats.Counts c = stats.of(p);
      if (isVoter(p)) {
        paragraphs += c.chars >= 80 ? 1 : 0;
      }
      // a long run of prose, in a paragraph or written straight into a container
      longOnes += (isVoter(p) ? c.chars : c.ownChars) >= 200 && c.linkChars * 3 < c.chars ? 1 : 0;
    }
    // Teasers are a line or two; three long paragraphs are a story, whatever links sit around it.
    return headlines >= 4 && headlines * 2 >= paragraphs && longOnes < 3;
  }

  /**
   * Each paragraph votes for its parent (fully) and grandparent (half) with 1 point, one per
   * comma, and one per 100 characters up to 3: long, comma-rich prose is article text. Text
   * written straight into a container (old sites break lines with {@code <br>}) votes for the
   * container itself. A container's total is then discounted by the share of its text in links.
   */
  private Element best(Element root) {
    for (Element e : root.getAllElements()) {
      TextStats.Counts c = stats.of(e);
      if (isVoter(e)) {
        if (c.chars >= MIN_VOTING_LENGTH) {
          vote(e.parent(), 1 + c.commas + Math.min(c.chars / 100, 3));
        }
      } else if (c.ownChars >= MIN_VOTING_LENGTH) {
        vote(e, 1 + c.ownCommas + Math.min(c.ownChars / 100, 3));
      }
    }
    Element best = root;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double s = entry.getValue() * (1 - stats.linkDensity(entry.getKey()));
      entry.setValue(s);
      if (s > bestScore) {
        bestScore = s;
        best = entry.getKey();
      }
    }
    return best;
  }

  private void vote(Element parent, double vote) {
    if (parent == null) {
      return;
    }
    scores.merge(parent, initial(parent) + vote, (a, b) -> a + vote);
    Element grand = parent.parent();
    if (grand != null) {
      scores.merge(grand, initial(grand) + vote / 2, (a, b) -> a + vote / 2);
    }
  }

  /**
   * Stories split into several wrappers (one per few paragraphs, as many CMSs print them) make the
   * best container one wrapper among its cousins. While the parent holds clearly more prose, and
   * that prose is still most of its text, the parent is the story. Wrappers that add no prose (a
   * section around one block of text) are passed through; above them, only prose in blocks of
   * the best container's own kind (same tag and class: the story's other chunks) counts, since
   * what sits there beside the story is more often an author's note or teasers than more story.
   */
  private Element climb(Element best) {
    Map<Element, Integer> ofKind = null;
    Element e = best;
    Element cursor = best;
    while (cursor.parent() != null && !cursor.parent().normalName().equals("body")) {
      Element parent = cursor.parent();
      TextStats.Counts theirs = stats.of(parent);
      if (!isMostlyProse(parent)) {
        break;
      }
      if (cursor != e && ofKind == null) {
        ofKind = proseOfKind(highestProse(parent), best);
      }
      int gain = cursor == e ? theirs.prose : ofKind.getOrDefault(parent, 0);
      TextStats.Counts mine = stats.of(e);
      int added = theirs.chars - mine.chars;
      if (cursor == e && added > 0 && (theirs.linkChars - mine.linkChars) * 5 > added) {
        break; // what the parent adds is a fifth links: a column of teasers, not more story
      }
      if (gain > mine.prose * CLIMB_GAIN + MIN_VOTING_LENGTH) {
        e = parent;
      } else if (theirs.prose > stats.of(cursor).prose) {
        break;
      }
      cursor = parent;
    }
    return e;
  }

  /** The highest ancestor the climb could reach: the last of a run of mostly-prose ancestors. */
  private Element highestProse(Element from) {
    Element top = from;
    for (Element a = from.parent(); a != null && !a.normalName().equals("body") && isMostlyProse(a); a = a.parent()) {
      top = a;
    }
    return top;
  }

  private boolean isMostlyProse(Element e) {
    TextStats.Counts c = stats.of(e);
    return c.prose >= c.chars * 0.6 && stats.linkDensity(e) < 0.25;
  }

  /**
   * For every element, the prose it holds in blocks of the same tag and class as {@code kind}
   * (the story's other chunks), in one walk. A block under its own linked headline is another
   * story's teaser card: elements holding a linked headline count nothing, unless they hold the
   * best container itself. Without a class, a tag alone says too little: nothing but the best
   * container counts.
   */
  private Map<Element, Integer> proseOfKind(Element root, Element kind) {
    if (kind.className().isEmpty()) {
      return Map.of(); // the best container alone never gains on itself: nothing to count
    }
    Set<Element> holdsKind = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element a = kind; a != null; a = a.parent()) {
      holdsKind.add(a);
    }
    Map<Element, Integer> prose = new IdentityHashMap<>();
    Set<Element> linkedHeadline = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return;
        }
        TextStats.Counts c = stats.of(e);
        boolean headline = HEADLINES.contains(e.normalName()) && c.chars > 0 && c.linkChars * 2 > c.chars;
        if (headline || linkedHeadline.contains(e)) {
          linkedHeadline.add(e.parent());
        }
        int mine = e == kind || e.normalName().equals(kind.normalName())
            && e.className().equals(kind.className()) ? c.prose : prose.getOrDefault(e, 0);
        if (linkedHeadline.contains(e) && !holdsKind.contains(e)) {
          mine = 0;
        }
        prose.put(e, mine);
        if (e.parent() != null && mine > 0) {
          prose.merge(e.parent(), mine, Integer::sum);
        }
      }
    }, root);
    return prose;
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

  /**
   * A container's head start from its name and tag. A content name says nothing about a line or
   * two of text ("content" wrapping a copyright notice): below a short story's length it earns
   * nothing, or it would outvote the real story on a small page.
   */
  private double initial(Element e) {
    String names = e.className() + " " + e.id();
    double weight = 0;
    if (CONTENT_HINT.matcher(names).find() && stats.of(e).chars >= MIN_NAMED_CONTENT) {
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

  private boolean isLoneParagraph(Element e) {
    return e.normalName().equals("p") && stats.of(e).chars >= 70 && stats.linkDensity(e) < 0.25;
  }

  /** Walks a container in page order, turning blocks into paragraphs and loose text into paragraphs too. */
  private void collect(Element container, List<String> out) {
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

  private void block(Element e, List<String> out) {
    String tag = e.normalName();
    if (tag.equals("p") || tag.equals("pre") || HEADINGS.contains(tag)) {
      addBlock(e, out);
    } else if (tag.equals("blockquote") && e.selectFirst("p") == null) {
      addBlock(e, out);
    } else if ((tag.equals("ul") || tag.equals("ol")) && stats.linkDensity(e) > 0.5) {
      // a list of links: more stories, tags, a menu that escaped the class filter
    } else if (tag.equals("li")) {
      addBlock(e, out);
    } else if (!tag.equals("h1") && !tag.equals("hr")) {
      collect(e, out);
    }
  }

  private void addBlock(Element e, List<String> out) {
    if (stats.linkDensity(e) > 0.5) {
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
