package org.eventline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * When a page says its story was published: declared (JSON-LD, meta tags, microdata, {@code <time>}),
 * in its URL, printed near the headline or with a label anywhere; else when it was last changed.
 */
final class PageDates {
  private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:article:published_time",
      "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "date",
      "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.created", "parsely-pub-date", "sailthru.date",
      "article.published", "cxenseparse:recs:publishtime");
  /** Where pages declare when a story was last changed: the fallback when they declare no publication date. */
  private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
      "datemodified", "dcterms.modified", "last-modified", "lastmod");
  private static final Pattern DATE_CLASS = Pattern.compile("date|time|publish|posted", Pattern.CASE_INSENSITIVE);
  /** How many elements after the headline we look through for a printed date. */
  private static final int PRINTED_DATE_WINDOW = 40;
  /** The longest byline or dateline whose parts are read one by one for a date. */
  private static final int DATELINE_LENGTH = 160;
  /** Classes and ids of the line under a headline that holds its byline and date. */
  private static final Pattern DATELINE_CLASS = Pattern.compile("(?i)byline|author|dateline|meta|date|time|info|posted");
  private static final Pattern BYLINE_START = Pattern.compile("(?i)(?:written |posted |published |updated )?by\\s");
  /** Separators between the parts of a byline: "Saibal Dasgupta / TNN / Updated: Oct 9, 2019". */
  private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+[|/·•—–]\\s+");
  /** What follows the last "on" of a byline part: "... in Valve on 1 June 2019 at 08:34 PM EDT." */
  private static final Pattern LAST_ON = Pattern.compile("(?i).*\\bon\\s+(.+)$");

  private PageDates() {}

  /**
   * Declared dates first (JSON-LD, meta, microdata, {@code <time datetime>}), then a date in the
   * path of the page's URL or of its AMP twin, then a date printed just after the headline or in an
   * element whose class names a date. Only when the page gives no publication date at all, the
   * date it says it was last changed: declared, else printed ("Updated: Oct 9, 2019"). A story is
   * mostly changed on the day it came out, and a day near it is worth more than none.
   */
  static String published(Document doc, JsonLd ld, Map<String, String> meta, String url, String canonical) {
    Stream<String> declared = Stream.concat(Stream.of(ld.datePublished()), PUBLISHED_META.stream().map(meta::get));
    // microdata puts a machine-readable date in "content" on any element ("<dd itemprop=datePublished content=2019-04-26>")
    Stream<String> microdata = doc.select("[itemprop=datePublished][content]").stream().map(e -> e.attr("content"));
    Stream<String> times = doc.select("[itemprop=datePublished][datetime], time[pubdate][datetime], time[datetime]")
        .stream().map(e -> e.attr("datetime"));
    Optional<PrintedDate> date = firstDate(Stream.concat(Stream.concat(declared, microdata), times));
    if (date.isEmpty()) {
      Element ampLink = doc.selectFirst("link[rel=amphtml]");
      String amp = ampLink == null ? null : ampLink.attr("href");
      date = Stream.of(url, canonical, amp).map(UrlParts::pathDate).filter(Objects::nonNull).findFirst();
    }
    Printed printed = date.isEmpty() ? printedDates(doc) : null;
    if (date.isEmpty()) {
      date = printed.published();
    }
    if (date.isEmpty()) {
      Stream<String> modified = Stream.concat(MODIFIED_META.stream().map(meta::get),
          doc.select("[itemprop=dateModified]").stream().map(e -> e.hasAttr("content") ? e.attr("content") : e.attr("datetime")));
      date = firstDate(modified);
    }
    if (date.isEmpty()) {
      date = printed.updated();
    }
    return date.map(PrintedDate::format).orElse(null);
  }

  private static Optional<PrintedDate> firstDate(Stream<String> values) {
    return values.filter(Objects::nonNull).map(PrintedDate::parse).flatMap(Optional::stream).findFirst();
  }

  /** The first publication date and the first last-change date a page prints; either may be empty. */
  private record Printed(Optional<PrintedDate> published, Optional<PrintedDate> updated) {
    Printed or(Printed other) {
      return new Printed(published.isPresent() ? published : other.published,
          updated.isPresent() ? updated : other.updated);
    }
  }

  /**
   * The dates a page prints, published and last changed, in one reading: just after the headline,
   * else in an element whose class names a date, else anywhere with a label. The reading stops at
   * the first publication date; a last change only counts when the page prints no publication date.
   */
  private static Printed printedDates(Document doc) {
    List<Element> all = doc.getAllElements();
    Element h1 = doc.selectFirst("h1");
    int from = h1 == null ? 0 : all.indexOf(h1);
    Printed found = new Printed(Optional.empty(), Optional.empty());
    for (int i = from; i < Math.min(all.size(), from + PRINTED_DATE_WINDOW) && found.published().isEmpty(); i++) {
      found = found.or(datesIn(all.get(i)));
    }
    for (int i = 0; i < all.size() && found.published().isEmpty(); i++) {
      if (DATE_CLASS.matcher(all.get(i).className()).find()) {
        found = found.or(datesIn(all.get(i)));
      }
    }
    if (found.published().isPresent()) {
      return found;
    }
    // Last, a date labelled as the publication's anywhere: "Publié le 29/10/2012" in a page's top bar
    // or foot, "最終更新日：2019年4月2日" between line breaks, "<dt>配信開始日</dt><dd>2019/3/5</dd>" in a
    // list or table of the item's details, label and date in cells side by side.
    Stream<String> cells = doc.select("dd, td").stream()
        .filter(e -> e.previousElementSibling() != null && e.previousElementSibling().text().length() <= 30)
        .map(e -> e.previousElementSibling().text() + " " + e.text());
    Stream<String> lines = Stream.concat(all.stream().flatMap(e -> e.textNodes().stream()).map(t -> t.text()), cells);
    Optional<PrintedDate> updated = found.updated();
    for (String line : (Iterable<String>) lines::iterator) {
      Optional<DateLine> d = DateLine.parse(Paragraphs.clean(line));
      if (d.isPresent() && d.get().role() == DateLine.Role.PUBLISHED) {
        return new Printed(Optional.of(d.get().date()), updated);
      }
      if (d.isPresent() && d.get().role() == DateLine.Role.UPDATED && updated.isEmpty()) {
        updated = Optional.of(d.get().date());
      }
    }
    return new Printed(Optional.empty(), updated);
  }

  /**
   * The dates an element prints: its own text, its whole text when short, each line between
   * {@code <br>}s, and, in a short byline or dateline, each part between separators and what
   * follows its last "on" ("Written by Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT").
   * A crawl date is no date of the story.
   */
  private static Printed datesIn(Element e) {
    List<String> lines = new ArrayList<>();
    lines.add(Paragraphs.clean(e.ownText()));
    String text = Paragraphs.shortText(e, DATELINE_LENGTH); // null when longer: the whole of a page is no dateline
    if (text != null && text.length() <= 80) {
      lines.add(text);
    }
    for (org.jsoup.nodes.TextNode t : e.textNodes()) {
      lines.add(Paragraphs.clean(t.text()));
    }
    if (text != null && (DATELINE_CLASS.matcher(e.className() + " " + e.id()).find() || BYLINE_START.matcher(text).lookingAt())) {
      for (String part : PART_SEPARATOR.split(text)) {
        lines.add(part);
        Matcher on = LAST_ON.matcher(part);
        if (on.find()) {
          lines.add(on.group(1));
        }
      }
    }
    Optional<PrintedDate> published = Optional.empty();
    Optional<PrintedDate> updated = Optional.empty();
    for (String line : lines) {
      Optional<DateLine> d = DateLine.parse(line);
      if (d.isEmpty() || d.get().role() == DateLine.Role.CRAWLED) {
        continue;
      }
      if (d.get().role() == DateLine.Role.UPDATED) {
        updated = updated.isPresent() ? updated : Optional.of(d.get().date());
      } else if (published.isEmpty()) {
        published = Optional.of(d.get().date());
      }
    }
    return new Printed(published, updated);
  }
}
