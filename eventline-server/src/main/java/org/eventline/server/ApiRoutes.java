package org.eventline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import java.util.List;
import org.eventline.article.Article;
import org.eventline.json.EventJson;
import org.eventline.store.ActorCount;
import org.eventline.store.EventQuery;
import org.eventline.store.EventStore;
import org.eventline.store.StoredEvent;
import org.eventline.store.Summary;

/**
 * The JSON API. Events and articles are written by {@link EventJson}, so they have exactly the
 * shapes {@code eventline events} and {@code eventline article} print.
 */
final class ApiRoutes {
  private final EventStore store;

  ApiRoutes(EventStore store) {
    this.store = store;
  }

  void mount(JavalinDefaultRouting router) {
    router.get("/api/events", this::events);
    router.get("/api/articles/{id}", this::article);
    router.get("/api/summary", this::summary);
    router.get("/api/actors", this::actors);
  }

  private void events(Context ctx) {
    EventQuery q = QueryParams.events(ctx);
    ObjectNode body = EventJson.MAPPER.createObjectNode();
    body.set("events", eventArray(store.eventsWithArticles(q)));
    body.put("limit", q.limit());
    body.put("offset", q.offset());
    send(ctx, 200, body);
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    Article a = store.article(id).orElse(null);
    if (a == null) {
      send(ctx, 404, error("no article with id " + id));
      return;
    }
    ObjectNode body = EventJson.article(a);
    body.set("events", eventArray(store.eventsWithArticles(
        EventQuery.all().withArticleId(id).withLimit(EventQuery.MAX_LIMIT))));
    send(ctx, 200, body);
  }

  private void summary(Context ctx) {
    Summary s = store.summary();
    ObjectNode body = EventJson.MAPPER.createObjectNode();
    body.put("articles", s.articles());
    body.put("events", s.events());
    body.put("actors", s.actors());
    send(ctx, 200, body);
  }

  private void actors(Context ctx) {
    EventQuery page = QueryParams.page(ctx);
    ArrayNode actors = EventJson.MAPPER.createArrayNode();
    for (ActorCount a : store.actors(page.limit(), page.offset())) {
      actors.addObject().put("code", a.code()).put("name", a.name()).put("country", a.country())
          .put("kind", a.kind()).put("events", a.events());
    }
    ObjectNode body = EventJson.MAPPER.createObjectNode();
    body.set("actors", actors);
    body.put("limit", page.limit());
    body.put("offset", page.offset());
    send(ctx, 200, body);
  }

  private static ArrayNode eventArray(List<StoredEvent> events) {
    ArrayNode out = EventJson.MAPPER.createArrayNode();
    events.forEach(se -> out.add(EventJson.event(se.event(), se.article())));
    return out;
  }

  static ObjectNode error(String message) {
    return EventJson.MAPPER.createObjectNode().put("error", message);
  }

  static void send(Context ctx, int status, JsonNode body) {
    try {
      ctx.status(status).contentType(ContentType.APPLICATION_JSON)
          .result(EventJson.MAPPER.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }
}
