package org.eventline.article;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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
  private static final List<String> AUTHOR_META = List.of("author", "article:author", "byl", "dc.creator",
      "parsely-author", "sailthru.author");
  private static final List<String> STORY_ID_META = List.of("article:id", "articleid", "article_id", "story_id",
      "storyid", "news_id", "parsely-post-id", "cxenseparse:articleid", "content_id");
  private static final List<String> SOURCE_META = List.of("original-source", "syndication-source", "dc.source");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|–—»·:]|-|::)\\s+");
  private static final Pattern DATE_CLASS = Pattern.compile("date|time|publish|posted", Pattern.CASE_INSENSITIVE);
  /** How many elements after the headline we look through for a printed date. */
  private static final int PRINTED_DATE_WINDOW = 40;
  /** How many elements after the headline we look through for a printed byline. */
  private static final int PRINTED_BYLINE_WINDOW = 80;
  private static final Pattern PRINTED_BYLINE = Pattern.compile("(?:By|Par|Por|Von)\\s+\\p{Lu}.{2,60}");
  private static final Pattern CAPITALISED_NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}");

  static HtmlMetadata read(Document doc, JsonLd ld) {
    Map<String, String> meta = metaTags(doc);
    String canonical = attr(doc, "link[rel=canonical]", "href");
    String url = first(() -> meta.get("og:url"), () -> canonical, ld::url);
    String site = first(() -> meta.get("og:site_name"), ld::publisher, () -> meta.get("application-name"),
        () -> UrlParts.host(url));
    String h1 = text(doc.selectFirst("h1"));
    String title = first(ld::headline, () -> meta.get("og:title"), () -> meta.get("twitter:title"),
        () -> postUnderBlogName(doc, h1), () -> h1, doc::title);
    String author = first(() -> Byline.clean(ld.author()), () -> Byline.clean(firstMeta(meta, AUTHOR_META)),
        () -> byline(doc), () -> printedByline(doc));
    return new HtmlMetadata(
        title == null ? null : headline(withoutSiteName(Paragraphs.clean(title), site), author, doc),
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
   * Declared dates first (JSON-LD, meta, {@code <time datetime>}), then a date in the URL's path,
   * then a date printed just after the headline or in an element whose class names a date.
   */
  private static String published(Document doc, JsonLd ld, Map<String, String> meta, String url, String canonical) {
    Stream<String> declared = Stream.concat(Stream.of(ld.datePublished()), PUBLISHED_META.stream().map(meta::get));
    Stream<String> times = doc.select("[itemprop=datePublished][datetime], time[pubdate][datetime], time[datetime]")
        .stream().map(e -> e.attr("datetime"));
    Optional<PrintedDate> date = Stream.concat(declared, times)
        .filter(Objects::nonNull)
        .map(PrintedDate::parse)
        .flatMap(Optional::stream)
        .findFirst();
    if (date.isEmpty()) {
      date = Stream.of(url, canonical).map(UrlParts::pathDate).filter(Objects::nonNull).findFirst();
    }
    if (date.isEmpty()) {
      date = printedDate(doc);
    }
    return date.map(PrintedDate::format).orElse(null);
  }

  private static Optional<PrintedDate> printedDate(Document doc) {
    List<Element> all = doc.getAllElements();
    Element h1 = doc.selectFirst("h1");
    int from = h1 == null ? 0 : all.indexOf(h1);
    for (int i = from; i < Math.min(all.size(), from + PRINTED_DATE_WINDOW); i++) {
      Optional<PrintedDate> d = dateIn(all.get(i));
      if (d.isPresent()) {
        return d;
      }
    }
    Optional<PrintedDate> d = doc.getAllElements().stream()
        .filter(e -> DATE_CLASS.matcher(e.className()).find())
        .map(HtmlMetadata::dateIn).flatMap(Optional::stream).findFirst();
    if (d.isPresent()) {
      return d;
    }
    // Last, a date labelled as the publication's anywhere: "Publié le 29/10/2012" in a page's top bar or foot.
    return doc.getAllElements().stream()
        .map(e -> DateLine.parse(Paragraphs.clean(e.ownText())))
        .flatMap(Optional::stream)
        .filter(line -> line.role() == DateLine.Role.PUBLISHED)
        .map(DateLine::date).findFirst();
  }

  private static Optional<PrintedDate> dateIn(Element e) {
    String own = Paragraphs.clean(e.ownText());
    Optional<DateLine> d = DateLine.parse(own);
    if (d.isEmpty() && e.text().length() <= 80) {
      d = DateLine.parse(Paragraphs.clean(e.text()));
    }
    return d.filter(line -> line.role() != DateLine.Role.UPDATED).map(DateLine::date);
  }

  private static String byline(Document doc) {
    for (Element e : doc.select("a[rel=author], [itemprop=author], [class~=(?i)byline|author]")) {
      Element name = e.selectFirst("[itemprop=name]");
      String text = Byline.clean((name != null ? name : e).text());
      if (text != null) {
        return text;
      }
    }
    return null;
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
      for (org.jsoup.nodes.TextNode t : all.get(i).textNodes()) {
        String line = Paragraphs.clean(t.text());
        if (PRINTED_BYLINE.matcher(line).matches()) {
          String name = Byline.clean(line);
          if (name != null && CAPITALISED_NAME.matcher(name).matches()) {
            return name;
          }
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
    return title;
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
