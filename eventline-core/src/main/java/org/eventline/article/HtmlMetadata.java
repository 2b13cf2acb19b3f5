package org.eventline.article;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page's article metadata. Each field is taken from the most deliberate source that has
 * it: JSON-LD first (written for search engines), then Open Graph and other meta tags, then
 * markup conventions ({@code rel=author}, {@code <time>}), then what the page prints.
 */
record HtmlMetadata(String title, String published, String author, String url, String canonicalUrl,
    String site, String siteStoryId, String language, String source, boolean declaresArticle) {

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
  /** How many elements after the headline we look through for a printed byline. */
  private static final int PRINTED_BYLINE_WINDOW = 80;
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
        PageDates.published(doc, ld, meta, url, canonical),
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
    String a = letters(author);
    for (String name : new String[] {site, publisher}) {
      if (name != null && a.equals(letters(name))) {
        return null;
      }
    }
    return author;
  }

  /** A name's letters and digits alone, in lower case: "ABC News" and "abcnews" are one name. */
  private static String letters(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
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
      String text = Paragraphs.shortText(up, 200);
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
        String text = Paragraphs.shortText(line, 100); // null when longer: no byline
        String name = text == null ? null : Byline.clean(text);
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
    String before = t.substring(0, Math.max(0, t.length() - h.length()));
    boolean titlesLastPart = t.length() > h.length() + 2 && t.endsWith(h)
        && (CJK_SITE_SEPARATOR.matcher(before).find() || TITLE_SEPARATOR.matcher(before + " ").find());
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
