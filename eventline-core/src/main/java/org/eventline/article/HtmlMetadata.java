package org.eventline.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * An HTML page's article metadata. Each field is taken from the most deliberate source that has
 * it: JSON-LD first (written for search engines), then Open Graph and other meta tags, then
 * markup conventions ({@code rel=author}, {@code <time>}), then what the page prints.
 */
record HtmlMetadata(String title, String published, String author, String url, String canonicalUrl,
    String site, String siteStoryId, String language, String source, boolean declaresArticle) {

  private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:article:published_time",
      "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "date",
      "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.created", "parsely-pub-date", "sailthru.date",
      "article.published", "cxenseparse:recs:publishtime");
  /** Where pages declare when a story was last changed: the fallback when they declare no publication date. */
  private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
      "datemodified", "dcterms.modified", "last-modified", "lastmod");
  /** The article's own author fields first: a page's "author" is often its publisher ("Condé Nast"). */
  private static final List<String> AUTHOR_META = List.of("article:author", "byl", "parsely-author", "sailthru.author",
      "dc.creator", "author");
  private static final List<String> STORY_ID_META = List.of("article:id", "articleid", "article_id", "story_id",
      "storyid", "news_id", "parsely-post-id", "cxenseparse:articleid", "content_id");
  private static final List<String> SOURCE_META = List.of("original-source", "syndication-source", "dc.source");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|–—»·:]|-|::)\\s+");
  /** The separator before a site's name at the end of a title, spaces or none: "：", ":", "｜", "_", " - ". */
  private static final Pattern CJK_SITE_SEPARATOR = Pattern.compile("\\s*[：:|｜_\\-–—·»]\\s*$");
  /** A short section or kicker that opens a title before the headline: "Opinion | ", "Genetik: ". */
  private static final Pattern LEADING_LABEL = Pattern.compile("\\S+(?:\\s\\S+)?(?:\\s+[|–—»·:-]|:)\\s+");
  private static final Pattern DATE_CLASS = Pattern.compile("date|time|publish|posted", Pattern.CASE_INSENSITIVE);
  /** How many elements after the headline we look through for a printed date. */
  private static final int PRINTED_DATE_WINDOW = 40;
  /** How many elements after the headline we look through for a printed byline. */
  private static final int PRINTED_BYLINE_WINDOW = 80;
  /** The longest byline or dateline whose parts are read one by one for a date. */
  private static final int DATELINE_LENGTH = 160;
  /** Classes and ids of the line under a headline that holds its byline and date. */
  private static final Pattern DATELINE_CLASS = Pattern.compile("(?i)byline|author|dateline|meta|date|time|info|posted");
  private static final Pattern BYLINE_START = Pattern.compile("(?i)(?:written |posted |published |updated )?by\\s");
  /** Separators between the parts of a byline: "Saibal Dasgupta / TNN / Updated: Oct 9, 2019". */
  private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+[|/·•—–]\\s+");
  /** What follows the last "on" of a byline part: "... in Valve on 1 June 2019 at 08:34 PM EDT." */
  private static final Pattern LAST_ON = Pattern.compile("(?i).*\\bon\\s+(.+)$");
  private static final Pattern PRINTED_BYLINE = Pattern.compile("(?:By|Par|Por|Von)\\s+\\p{Lu}.{2,60}");
  private static final Pattern BY_ALONE = Pattern.compile("(?:By|BY|by|Par|Por|Von):?");
  private static final Pattern NAME_LIST_SEPARATOR = Pattern.compile(",\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+");
  private static final Pattern CAPITALISED_NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}");

  static HtmlMetadata read(Document doc, JsonLd ld) {
    Map<String, String> meta = metaTags(doc);
    String canonical = attr(doc, "link[rel=canonical]", "href");
    String url = first(() -> meta.get("og:url"), () -> canonical, ld::url);
    String site = first(() -> meta.get("og:site_name"), ld::publisher, () -> meta.get("application-name"),
        () -> UrlParts.host(url));
    String firstHeading = text(doc.selectFirst("h1"));
    String h1 = siteNameHeading(firstHeading, doc.title(), site);
    // an <h1> set aside as the site's name is the name to take off the end of the title
    String siteName = h1 == null && firstHeading != null && !firstHeading.isBlank() ? Paragraphs.clean(firstHeading) : site;
    String title = first(ld::headline, () -> meta.get("og:title"), () -> meta.get("twitter:title"),
        () -> postUnderBlogName(doc, h1), () -> h1, doc::title);
    // An author that is the site itself ("ABC News" on abcnews.go.com) says nothing: the byline may
    String author = first(() -> notTheSite(Byline.clean(ld.author()), site, ld.publisher()),
        () -> metaAuthor(meta, site, ld.publisher()),
        () -> byline(doc), () -> printedByline(doc));
    return new HtmlMetadata(
        title == null ? null : headline(withoutSiteName(Paragraphs.clean(title), siteName), author, doc),
        published(doc, ld, meta, url, canonical),
        author,
        url,
        canonical,
        site,
        first(() -> firstMeta(meta, STORY_ID_META), ld::identifier, () -> UrlParts.storyId(url),
            () -> UrlParts.storyId(canonical)),
        language(doc, ld, meta),
        firstMeta(meta, SOURCE_META),
        ld.headline() != null || "article".equalsIgnoreCase(meta.get("og:type"))
            || meta.containsKey("article:published_time") || doc.selectFirst("article, [itemprop=articleBody]") != null);
  }

  /** Meta tags by lower-cased name, property or itemprop; the first of a name wins. */
  private static Map<String, String> metaTags(Document doc) {
    Map<String, String> meta = new HashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String content = m.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String key : new String[] {"name", "property", "itemprop", "http-equiv"}) {
        if (m.hasAttr(key)) {
          meta.putIfAbsent(m.attr(key).toLowerCase(Locale.ROOT).strip(), content);
        }
      }
    }
    return meta;
  }

  /**
   * Declared dates first (JSON-LD, meta, microdata, {@code <time datetime>}), then a date in the
   * path of the page's URL or of its AMP twin, then a date printed just after the headline or in an
   * element whose class names a date. Only when the page gives no publication date at all, the
   * date it says it was last changed: declared, else printed ("Updated: Oct 9, 2019"). A story is
   * mostly changed on the day it came out, and a day near it is worth more than none.
   */
  private static String published(Document doc, JsonLd ld, Map<String, String> meta, String url, String canonical) {
    Stream<String> declared = Stream.concat(Stream.of(ld.datePublished()), PUBLISHED_META.stream().map(meta::get));
    // microdata puts a machine-readable date in "content" on any element ("<dd itemprop=datePublished content=2019-04-26>")
    Stream<String> microdata = doc.select("[itemprop=datePublished][content]").stream().map(e -> e.attr("content"));
    Stream<String> times = doc.select("[itemprop=datePublished][datetime], time[pubdate][datetime], time[datetime]")
        .stream().map(e -> e.attr("datetime"));
    Optional<PrintedDate> date = firstDate(Stream.concat(Stream.concat(declared, microdata), times));
    if (date.isEmpty()) {
      String amp = attr(doc, "link[rel=amphtml]", "href");
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
    String text = shortText(e, DATELINE_LENGTH); // null when longer: the whole of a page is no dateline
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

  /**
   * The element's text as {@link Element#text()} gives it, cleaned, or null when it is longer than
   * {@code max}: reading stops there, so asking whether the whole of a 20 MB page is a dateline costs
   * nothing.
   */
  private static String shortText(Element e, int max) {
    StringBuilder b = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof org.jsoup.nodes.TextNode t) {
          b.append(t.text());
          if (b.length() > 2 * max) {
            return FilterResult.STOP;
          }
        } else if (node instanceof Element el && (el.isBlock() || el.normalName().equals("br"))) {
          b.append(' '); // as Element.text() spaces blocks and line breaks, and runs inline text together
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, e);
    String text = Paragraphs.clean(b.toString());
    return text.length() > max ? null : text;
  }


  /** The first author field that holds a name, not an address, a handle ("/@timoreilly") or the site. */
  private static String metaAuthor(Map<String, String> meta, String site, String publisher) {
    for (String name : AUTHOR_META) {
      String v = meta.get(name);
      String author = v == null || v.contains("://") ? null : notTheSite(Byline.clean(v), site, publisher);
      if (author != null) {
        return author;
      }
    }
    return null;
  }

  private static String notTheSite(String author, String site, String publisher) {
    if (author == null) {
      return null;
    }
    String a = author.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    for (String name : new String[] {site, publisher}) {
      if (name != null && a.equals(name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""))) {
        return null;
      }
    }
    return author;
  }

  private static String byline(Document doc) {
    for (Element e : doc.select("a[rel=author], [itemprop=author], [class~=(?i)byline|author]")) {
      Element name = e.selectFirst("[itemprop=name]");
      String text = Byline.clean((name != null ? name : e).text());
      if (text != null) {
        return withCoauthors(e, text);
      }
    }
    return null;
  }

  /**
   * The whole list when the name found is one of several the byline prints ("By Marc Santora,
   * William K. Rashbaum, Al Baker and Adam Goldman", each name its own link): the nearest of three
   * ancestors whose text, as a byline, is nothing but names and holds this one.
   */
  private static String withCoauthors(Element e, String name) {
    Element up = e.parent();
    for (int i = 0; i < 3 && up != null; i++, up = up.parent()) {
      String text = shortText(up, 200);
      if (text == null) {
        break;
      }
      String list = Byline.clean(text);
      if (list != null && list.length() > name.length() && list.contains(name) && nameList(list)) {
        return list;
      }
    }
    return name;
  }

  private static boolean nameList(String s) {
    String[] names = NAME_LIST_SEPARATOR.split(s);
    if (names.length < 2) {
      return false;
    }
    for (String n : names) {
      if (!CAPITALISED_NAME.matcher(n.strip()).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A byline printed as plain text near the headline, with no markup to find it by: a line "By
   * Jemele Hill" (between {@code <br>}s or alone in an element) whose name is two to four
   * capitalised words.
   */
  private static String printedByline(Document doc) {
    List<Element> all = doc.getAllElements();
    Element h1 = doc.selectFirst("h1");
    int from = h1 == null ? 0 : all.indexOf(h1);
    for (int i = from; i < Math.min(all.size(), from + PRINTED_BYLINE_WINDOW); i++) {
      Element e = all.get(i);
      for (org.jsoup.nodes.TextNode t : e.textNodes()) {
        String line = Paragraphs.clean(t.text());
        if (PRINTED_BYLINE.matcher(line).matches()) {
          String name = Byline.clean(line);
          if (name != null && CAPITALISED_NAME.matcher(name).matches()) {
            return name;
          }
        }
      }
      // "<span>By</span><div><a>Chris Thompson</a></div>": the word alone, the name in the markup beside it
      if (BY_ALONE.matcher(Paragraphs.clean(e.ownText())).matches() && e.parent() != null) {
        Element line = e.children().isEmpty() ? e.parent() : e;
        String text = Paragraphs.clean(line.text());
        String name = text.length() > 100 ? null : Byline.clean(text);
        if (name != null && (CAPITALISED_NAME.matcher(name).matches() || nameList(name))) {
          return name;
        }
      }
    }
    return null;
  }

  private static String language(Document doc, JsonLd ld, Map<String, String> meta) {
    Element html = doc.selectFirst("html");
    String lang = first(() -> html == null ? null : html.attr("lang"), () -> meta.get("content-language"),
        () -> meta.get("og:locale"), ld::language);
    return lang == null ? null : lang.replace('_', '-');
  }

  /**
   * "Russia and Iran talk | Al Waght" without its site name: a last part separated by a bar or
   * dash is dropped when it is the site's name, or looks like a name (four words or fewer; Title
   * Case after a dash) while what stays is longer.
   */
  static String withoutSiteName(String title, String site) {
    if (site != null && site.length() >= 2 && title.length() > site.length() + 2 && title.endsWith(site)) {
      // "…受賞：朝日新聞デジタル", "…「Treeviz」:phpspot開発日誌": CJK titles set the site's name off with no spaces
      String rest = title.substring(0, title.length() - site.length());
      if (CJK_SITE_SEPARATOR.matcher(rest).find()) {
        title = CJK_SITE_SEPARATOR.matcher(rest).replaceFirst("");
      }
    }
    // "Story : News : Site" loses its parts one at a time while they look like names.
    for (int i = 0; i < 3; i++) {
      String shorter = withoutLastPart(title, site);
      if (shorter.equals(title)) {
        break;
      }
      title = shorter;
    }
    return title;
  }

  private static String withoutLastPart(String title, String site) {
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    String last = parts[parts.length - 1];
    String rest = title.substring(0, title.length() - last.length()).replaceFirst(TITLE_SEPARATOR.pattern() + "$", "");
    boolean isSite = site != null && (last.equalsIgnoreCase(site) || last.toLowerCase(Locale.ROOT)
        .replaceAll("\\s", "").contains(site.toLowerCase(Locale.ROOT).replaceAll("\\s", "")));
    // After a bar any short part is a name; after a dash only a Title Case one ("- Gulf Wire", not "- live").
    boolean nameLike = !title.contains(" - " + last) || last.matches("(?:\\p{Lu}[\\p{L}\\p{N}.'’&-]*\\s*)+");
    if (isSite || (nameLike && Paragraphs.words(last) <= 4 && Paragraphs.words(rest) > Paragraphs.words(last))) {
      return rest.strip();
    }
    if (site != null && parts[0].equalsIgnoreCase(site)) {
      return title.substring(parts[0].length()).replaceFirst("^" + TITLE_SEPARATOR.pattern(), "").strip();
    }
    return title;
  }

  /**
   * A declared title often carries more than the headline: "Story - Jane Roe", "Story : News :
   * Site". When the page's own {@code <h1>} is the start of it, the {@code <h1>} is the headline.
   */
  private static String headline(String title, String author, Document doc) {
    if (author != null && title.endsWith(" - " + author)) {
      title = title.substring(0, title.length() - author.length() - 3).strip();
    }
    Element h1 = doc.selectFirst("h1");
    String h = h1 == null ? "" : Paragraphs.clean(h1.text());
    if (Paragraphs.words(h) >= 3 && title.length() > h.length() && title.startsWith(h)) {
      return h;
    }
    // "Opinion | Enough platitudes: Let’s name names", "r/Showerthoughts - Vanilla ...": a section or
    // kicker before the headline the page prints
    if (Paragraphs.words(h) >= 3 && title.length() > h.length() && title.endsWith(h)
        && LEADING_LABEL.matcher(title.substring(0, title.length() - h.length())).matches()) {
      return h;
    }
    return title;
  }

  /**
   * Null for an {@code <h1>} that is the site's name, not the story's headline: the name
   * og:site_name gives, or the last part of the {@code <title>} ("…找对象_好奇心日报" over a hidden
   * {@code <h1>好奇心日报</h1>}).
   */
  private static String siteNameHeading(String h1, String pageTitle, String site) {
    if (h1 == null || h1.isBlank()) {
      return h1;
    }
    String h = Paragraphs.clean(h1);
    String t = Paragraphs.clean(pageTitle);
    boolean titlesLastPart = t.length() > h.length() + 2 && t.endsWith(h)
        && (CJK_SITE_SEPARATOR.matcher(t.substring(0, t.length() - h.length())).find()
            || TITLE_SEPARATOR.matcher(t.substring(0, t.length() - h.length()) + " ").find());
    return h.equalsIgnoreCase(site) || titlesLastPart ? null : h1;
  }

  /**
   * A blog prints its own name as the {@code <h1>} and the post's title in an {@code <h2>}; the
   * page's {@code <title>} names both, blog first ("The Film Gang » Blog Archive » Stand Up
   * Guys"). When the {@code <h1>} is the title's first part, a heading that is its last part is
   * the post's title. A headline first and its section after ("Story - Your Money - MSN") is not
   * this: there the {@code <h1>} is the headline.
   */
  private static String postUnderBlogName(Document doc, String h1) {
    if (h1 == null) {
      return null;
    }
    String[] parts = TITLE_SEPARATOR.split(Paragraphs.clean(doc.title()));
    String last = parts[parts.length - 1];
    if (parts.length < 2 || !parts[0].equalsIgnoreCase(Paragraphs.clean(h1))) {
      return null;
    }
    for (Element h : doc.select("h2, h3")) {
      if (Paragraphs.clean(h.text()).equalsIgnoreCase(last)) {
        return last;
      }
    }
    return null;
  }

  private static String firstMeta(Map<String, String> meta, List<String> names) {
    for (String name : names) {
      String v = meta.get(name);
      if (v != null && !v.contains("://")) {
        return Paragraphs.clean(v);
      }
    }
    return null;
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    String v = e == null ? "" : e.attr(attr).strip();
    return v.isEmpty() ? null : v;
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  @SafeVarargs
  private static String first(Supplier<String>... choices) {
    for (Supplier<String> c : choices) {
      String v = c.get();
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
