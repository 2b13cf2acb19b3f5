package org.eventline.article;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article a page describes in schema.org JSON-LD: publishers fill it for search engines, so
 * it is usually the cleanest metadata on the page. All fields null when the page has none.
 */
record JsonLd(String headline, String datePublished, String author, String articleBody, String publisher,
    String url, String language, String identifier) {

  static final JsonLd NONE = new JsonLd(null, null, null, null, null, null, null, null);

  /** Real-world JSON-LD is often sloppy: raw newlines in strings, trailing commas. */
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();

  static JsonLd read(Document doc) {
    JsonNode best = null;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = MAPPER.readTree(script.data());
      } catch (Exception e) {
        continue; // a broken block: the page's other metadata still counts
      }
      for (JsonNode node : nodes(root)) {
        if (isArticle(node)) {
          return of(node);
        }
        if (best == null && node.hasNonNull("headline")) {
          best = node;
        }
      }
    }
    return best == null ? NONE : of(best);
  }

  /** Every object in the tree, so articles inside {@code @graph} or arrays are found. */
  private static List<JsonNode> nodes(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.add(root);
    while (!todo.isEmpty()) {
      JsonNode n = todo.poll();
      if (n.isObject()) {
        out.add(n);
        n.path("@graph").forEach(todo::add);
      } else if (n.isArray()) {
        n.forEach(todo::add);
      }
    }
    return out;
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.path("@type");
    for (JsonNode t : type.isArray() ? type : List.of(type)) {
      String s = t.asText("");
      if (s.endsWith("Article") || s.equals("BlogPosting") || s.equals("LiveBlogPosting") || s.equals("Report")) {
        return true;
      }
    }
    return false;
  }

  private static JsonLd of(JsonNode n) {
    return new JsonLd(text(n.path("headline")), text(n.path("datePublished")), names(n.path("author")),
        text(n.path("articleBody")), names(n.path("publisher")), url(n), text(n.path("inLanguage")),
        text(n.path("identifier")));
  }

  private static String url(JsonNode n) {
    String url = text(n.path("url"));
    if (url == null) {
      JsonNode page = n.path("mainEntityOfPage");
      url = page.isTextual() ? page.asText() : text(page.path("@id"));
    }
    return url;
  }

  /** A name, or names joined by ", ": authors come as a string, an object or an array of either. */
  private static String names(JsonNode n) {
    List<String> names = new ArrayList<>();
    for (JsonNode a : n.isArray() ? n : List.of(n)) {
      String name = a.isTextual() ? a.asText() : text(a.path("name"));
      if (name != null && !name.isBlank() && !name.contains("://")) {
        names.add(Paragraphs.clean(name));
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static String text(JsonNode n) {
    if (n.isArray() && n.size() > 0) {
      n = n.get(0);
    }
    if (n.isObject()) {
      n = n.path("@value").isMissingNode() ? n.path("value") : n.path("@value");
    }
    return n.isValueNode() && !n.asText().isBlank() ? n.asText().strip() : null;
  }
}
