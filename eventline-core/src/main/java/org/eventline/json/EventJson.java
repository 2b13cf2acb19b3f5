package org.eventline.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eventline.article.Article;
import org.eventline.event.Event;
import org.eventline.event.Participant;
import org.eventline.geo.Place;

/**
 * The JSON shapes users and scorers rely on ({@code eventline article}, {@code eventline events},
 * {@code /api/events}): one place that writes them, so the CLI, the server and exports agree.
 */
public final class EventJson {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private EventJson() {}

  /** An article in the shape of {@code eventline article}. */
  public static ObjectNode article(Article a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("file", a.file());
    o.put("url", a.url());
    o.put("canonical_url", a.canonicalUrl());
    o.put("title", a.title());
    o.put("published", a.published());
    o.put("crawled", a.crawled());
    o.put("author", a.author());
    o.put("source", a.source());
    o.put("site", a.site());
    o.put("site_story_id", a.siteStoryId());
    o.put("language", a.language());
    o.put("body", a.body());
    if (a.error() != null) {
      o.put("error", a.error());
    }
    return o;
  }

  /** An event in the shape of {@code eventline events}, with the article it came from. */
  public static ObjectNode event(Event e, Article a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", e.id());
    ObjectNode art = o.putObject("article");
    art.put("id", e.articleId());
    if (a != null) {
      art.put("file", a.file());
      art.put("url", a.url());
      art.put("title", a.title());
      art.put("published", a.published());
      art.put("source", a.source());
    }
    o.put("date", e.date());
    o.put("type", e.type().name());
    o.put("mode", e.mode());
    o.put("cameo", e.cameo());
    o.put("quad_class", e.quadClass());
    o.put("goldstein", e.goldstein());
    o.put("status", e.status().label());
    o.set("source", participant(e.source()));
    o.set("target", participant(e.target()));
    o.set("where", place(e.where()));
    ObjectNode s = o.putObject("sentence");
    s.put("index", e.sentence().index());
    s.put("text", e.sentence().text());
    s.put("start", e.sentence().start());
    s.put("end", e.sentence().end());
    o.put("confidence", Math.round(e.confidence() * 100) / 100.0);
    return o;
  }

  static ObjectNode participant(Participant p) {
    if (p == null) {
      return null;
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("text", p.text());
    o.put("name", p.name());
    o.put("code", p.code());
    o.put("country", p.country());
    o.put("kind", p.kind());
    return o;
  }

  static ObjectNode place(Place p) {
    if (p == null) {
      return null;
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("text", p.text());
    o.put("name", p.name());
    o.put("country", p.country());
    o.put("lat", p.lat());
    o.put("lon", p.lon());
    o.put("geonames_id", p.geonamesId());
    o.put("kind", p.kind());
    o.put("how", p.how());
    return o;
  }
}
