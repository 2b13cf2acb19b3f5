package org.eventline.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eventline.article.ScrapedLine.Kind;

/**
 * Reads an article out of a scraped text page: a header of dates, ids and a title; the body's
 * paragraphs; a trailer of credits, links and form leftovers, in whatever order the scraper left
 * them. The rules are in the package docs.
 */
final class TextArticleReader {
  /** Title lines are headline-sized: more than a label, less than a paragraph. */
  private static final int TITLE_MAX_WORDS = 30;
  /** This many short lines in a row is a form, a menu or a link list: the body has ended. */
  private static final int SHORT_RUN_ENDS_BODY = 3;
  /** A date this much later than every other is when the page was saved, not published. */
  private static final long CRAWL_GAP_DAYS = 30;
  /** How near (in lines) a date must be to the title or story code to count as its header's. */
  private static final int NEAR = 3;

  /**
   * A list item is a line of this many words, however it ends, under a line that ends in a colon
   * ("Other reports Sunday include:"): news lists incidents so, while a menu's or a form's items are
   * a word or three.
   */
  private static final int LIST_ITEM_WORDS = 8;

  private final String file;
  private final List<ScrapedLine> lines;
  /** Per line: it opens a list of items or is one of them, so it is body though it ends no sentence. */
  private final boolean[] listed;

  private TextArticleReader(String file, List<ScrapedLine> lines) {
    this.file = file;
    this.lines = lines;
    this.listed = listed(lines);
  }

  private static boolean[] listed(List<ScrapedLine> lines) {
    boolean[] out = new boolean[lines.size()];
    boolean open = false;
    int opener = -1;
    for (int i = 0; i < lines.size(); i++) {
      ScrapedLine line = lines.get(i);
      String text = line.text();
      if (line.is(Kind.BLANK) || open && line.is(Kind.PARAGRAPH) && !text.endsWith(":")) {
        continue; // an item may end a sentence; the list goes on
      }
      if (open && line.is(Kind.SHORT) && !text.endsWith(":") && Paragraphs.words(text) >= LIST_ITEM_WORDS) {
        out[i] = true;
        if (opener >= 0) {
          out[opener] = true;
          opener = -1;
        }
        continue;
      }
      open = (line.is(Kind.SHORT) || line.is(Kind.PARAGRAPH)) && text.endsWith(":") && Paragraphs.words(text) >= 3;
      opener = open && line.is(Kind.SHORT) ? i : -1;
    }
    return out;
  }

  static Article read(String file, String text) {
    return new TextArticleReader(file, lines(text)).article();
  }

  /** Lines, tidied, with hard-wrapped paragraphs joined back into one line. */
  static List<ScrapedLine> lines(String text) {
    String[] raw = text.split("\\R", -1);
    List<ScrapedLine> out = new ArrayList<>(raw.length);
    StringBuilder pending = null;
    for (String r : raw) {
      String line = Paragraphs.clean(r);
      // A wrapped line is long, ends mid-sentence, and the next one goes on in lower case.
      if (pending != null && !line.isEmpty() && Character.isLowerCase(line.codePointAt(0))) {
        pending.append(' ').append(line);
        continue;
      }
      if (pending != null) {
        out.add(ScrapedLine.of(out.size(), pending.toString()));
        pending = null;
      }
      if (line.length() >= 40 && !Paragraphs.endsSentence(line)) {
        pending = new StringBuilder(line);
      } else {
        out.add(ScrapedLine.of(out.size(), line));
      }
    }
    if (pending != null) {
      out.add(ScrapedLine.of(out.size(), pending.toString()));
    }
    return out;
  }

  private Article article() {
    int bodyStart = indexOf(Kind.PARAGRAPH, 0);
    int bodyEnd = bodyStart < 0 ? -1 : bodyEnd(bodyStart);
    ScrapedLine title = bodyStart < 0 ? null : title(bodyStart);
    List<String> body = bodyStart < 0 ? List.of() : body(bodyStart, bodyEnd);

    String url = first(Kind.URL).map(ScrapedLine::value).orElse(null);
    ScrapedLine code = first(Kind.STORY_CODE).orElse(null);
    String storyId = code != null ? code.value() : UrlParts.storyId(url);
    String author = null;
    String source = null;
    for (ScrapedLine line : lines) {
      if (line.is(Kind.CREDIT)) {
        Credit credit = Credit.parse(line.text()).orElseThrow();
        // Above the story a byline names the writer; below a reposted story it names its publisher.
        boolean above = bodyStart < 0 || line.index() < bodyStart;
        if (credit.role() == Credit.Role.BYLINE && above) {
          author = author == null ? credit.name() : author;
        } else {
          source = source == null ? credit.name() : source;
        }
      }
    }
    Dates dates = dates(title, code);
    String published = dates.published != null ? dates.published.format()
        : Optional.ofNullable(UrlParts.pathDate(url)).map(PrintedDate::format).orElse(null);
    String error = body.isEmpty()
        ? "page " + file + ": no article text (no line reads as a paragraph: 8+ words ending a sentence)"
        : null;
    return new Article(null, file, url, null, title == null ? null : title.text(), published,
        dates.crawled == null ? null : dates.crawled.format(), author, source, UrlParts.host(url), storyId,
        null, Paragraphs.join(body), error);
  }

  /** The body ends at the first credit, link, id or date after it starts, or at a run of short lines. */
  private int bodyEnd(int start) {
    int shortRun = 0;
    for (int i = start; i < lines.size(); i++) {
      ScrapedLine line = lines.get(i);
      switch (line.kind()) {
        case CREDIT, URL, STORY_CODE, DATE -> {
          return i;
        }
        case SHORT -> {
          if (listed[i] || question(line)) {
            shortRun = 0;
          } else if (++shortRun >= SHORT_RUN_ENDS_BODY && !headingsAboveMoreNews(i - shortRun + 1)) {
            return i - shortRun + 1;
          }
        }
        case PARAGRAPH -> shortRun = 0;
        case BLANK -> { }
      }
    }
    return lines.size();
  }

  /**
   * True when the short lines from {@code from} on are headings over more news: each a capitalised
   * label of a few words that ends no sentence and names no part of a form, a menu or a footer, and
   * after them a paragraph of news ({@link #NEWS_WORDS}+ words ending a sentence). A digest of briefs
   * nests its story labels so ("Middle East crisis", "Gaza war", "Gaza humanitarian crisis"); a
   * page's tail of menus, share buttons and comment forms does not go on with news.
   */
  private boolean headingsAboveMoreNews(int from) {
    for (int i = from; i < lines.size(); i++) {
      ScrapedLine line = lines.get(i);
      if (line.is(Kind.BLANK)) {
        continue;
      }
      if (line.is(Kind.PARAGRAPH)) {
        return Paragraphs.words(line.text()) >= NEWS_WORDS && Paragraphs.endsSentence(line.text());
      }
      if (!line.is(Kind.SHORT) || !heading(line.text())) {
        return false;
      }
    }
    return false;
  }

  /** The fewest words of a paragraph of news below a run of headings. */
  private static final int NEWS_WORDS = 15;
  /**
   * The most words of a heading over briefs: a story label may join several titles with commas
   * ("Estonia–Russia relations, Russia–NATO relations, Violations of non-combatant airspaces during
   * the Russian invasion of Ukraine", 14 words; the portal's run to 18).
   */
  private static final int HEADING_WORDS = 20;
  /** Words of forms, menus and footers, never of a story's label. */
  private static final Pattern NOT_A_HEADING = Pattern.compile(
      "(?i).*\\b(?:e-?mail|name|comments?|password|subscribe|share|follow|log ?in|sign|newsletter|related|tags?|"
          + "read more|advertisement|cookies?|privacy|terms|copyright|home|contact|menu|search|login|print)\\b.*");

  private static boolean heading(String text) {
    String t = text.strip();
    // a story's label may open with its year ("2026 Lebanon war")
    return !t.isEmpty() && (Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0)))
        && Paragraphs.words(t) <= HEADING_WORDS
        && !t.endsWith(":") && !t.endsWith(".") && !NOT_A_HEADING.matcher(t).matches();
  }

  /**
   * Paragraphs between start and end; a short line among them stays only when it stands alone
   * before more paragraphs (a subheading) or is an item of a list a colon opened; other short lines
   * in twos are form labels or link lists.
   */
  private List<String> body(int start, int end) {
    List<String> body = new ArrayList<>();
    for (int i = start; i < end; i++) {
      ScrapedLine line = lines.get(i);
      if (line.is(Kind.PARAGRAPH)) {
        body.add(line.text());
      } else if (line.is(Kind.SHORT) && (listed[i] || question(line) || aloneBeforeParagraph(i, end)
          || heading(line.text()) && headingsAboveMoreNews(i))) {
        // a digest's story labels stay, nested ones too ("Russian invasion of Ukraine" / "Attacks in
        // Russia during the Russian invasion of Ukraine"): they say what the briefs below are about
        body.add(line.text());
      }
    }
    return body;
  }

  /**
   * True when a short line asks a question of two words or more ("Which time control do you
   * prefer?"): an interview's question, never a menu's or a form's label, so a run of short
   * answers and questions is body.
   */
  private static boolean question(ScrapedLine line) {
    return line.text().endsWith("?") && Paragraphs.words(line.text()) >= 2;
  }

  private boolean aloneBeforeParagraph(int at, int end) {
    int next = nextNonBlank(at + 1, end);
    int previous = at - 1;
    while (previous >= 0 && lines.get(previous).is(Kind.BLANK)) {
      previous--;
    }
    return next >= 0 && lines.get(next).is(Kind.PARAGRAPH) && previous >= 0 && lines.get(previous).is(Kind.PARAGRAPH);
  }

  /** The nearest headline-shaped line above the body: short, and not ending in . , ; or : */
  private ScrapedLine title(int bodyStart) {
    for (int i = bodyStart - 1; i >= 0; i--) {
      ScrapedLine line = lines.get(i);
      int words = Paragraphs.words(line.text());
      if (line.is(Kind.SHORT) && words >= 2 && words <= TITLE_MAX_WORDS && !line.text().matches(".*[.,;:]$")) {
        return line;
      }
    }
    return null;
  }

  private record Dated(int at, DateLine line) {
    PrintedDate date() {
      return line.date();
    }

    String format() {
      return line.date().format();
    }
  }

  private record Dates(Dated published, Dated crawled) {}

  /**
   * Which date is which. A labelled date is what its label says. Unlabelled, the crawl date is
   * the latest date when it is later than all others and either much later, or printed without a
   * time, or standing at the very top or bottom of the file, apart from the story: a page cannot be
   * saved before it is published, and scrapers stamp the save date at an edge. Of the rest, the
   * publication date is the one most like a story header: with a time, with a weekday, near the
   * title or story code; ties go to the earliest line.
   */
  private Dates dates(ScrapedLine title, ScrapedLine code) {
    List<Dated> all = new ArrayList<>();
    for (ScrapedLine line : lines) {
      if (line.is(Kind.DATE)) {
        all.add(new Dated(line.index(), DateLine.parse(line.text()).orElseThrow()));
      }
    }
    Dated crawled = all.stream().filter(d -> d.line.role() == DateLine.Role.CRAWLED).findFirst().orElse(null);
    List<Dated> candidates = new ArrayList<>(all.stream()
        .filter(d -> d.line.role() == DateLine.Role.PUBLISHED || d.line.role() == DateLine.Role.UNLABELLED)
        .toList());
    if (crawled == null && candidates.size() >= 2) {
      Dated latest = candidates.stream().max(Comparator.comparing(d -> d.date().date())).orElseThrow();
      boolean laterThanAll = candidates.stream()
          .allMatch(d -> d == latest || d.date().date().isBefore(latest.date().date()));
      boolean muchLater = candidates.stream()
          .allMatch(d -> d == latest || d.date().date().plusDays(CRAWL_GAP_DAYS).isBefore(latest.date().date()));
      boolean atEdge = latest.at == nextNonBlank(0, lines.size()) || latest.at == lastNonBlank();
      if (latest.line.role() == DateLine.Role.UNLABELLED && laterThanAll
          && (muchLater || !latest.date().hasTime() || atEdge)) {
        crawled = latest;
        candidates.remove(latest);
      }
    }
    Dated published = candidates.stream()
        .max(Comparator.comparingInt((Dated d) -> headerScore(d, title, code)).thenComparing(d -> -d.at))
        .orElse(null);
    return new Dates(published, crawled);
  }

  private static int headerScore(Dated d, ScrapedLine title, ScrapedLine code) {
    int score = d.line.role() == DateLine.Role.PUBLISHED ? 10 : 0;
    score += d.date().hasTime() ? 2 : 0;
    score += d.date().weekday() ? 1 : 0;
    boolean near = (title != null && Math.abs(title.index() - d.at) <= NEAR)
        || (code != null && Math.abs(code.index() - d.at) <= NEAR);
    return score + (near ? 2 : 0);
  }

  private int indexOf(Kind kind, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).is(kind)) {
        return i;
      }
    }
    return -1;
  }

  private Optional<ScrapedLine> first(Kind kind) {
    int i = indexOf(kind, 0);
    return i < 0 ? Optional.empty() : Optional.of(lines.get(i));
  }

  private int nextNonBlank(int from, int end) {
    for (int i = from; i < end; i++) {
      if (!lines.get(i).is(Kind.BLANK)) {
        return i;
      }
    }
    return -1;
  }

  private int lastNonBlank() {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (!lines.get(i).is(Kind.BLANK)) {
        return i;
      }
    }
    return -1;
  }
}
