package org.eventline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventline.article.Article;
import org.eventline.json.EventJson;
import org.eventline.store.ActorCount;
import org.eventline.store.ActorPair;
import org.eventline.store.EventGroup;
import org.eventline.store.Story;
import org.eventline.store.Interval;
import org.eventline.store.PeriodCount;
import org.eventline.store.PlaceCount;
import org.eventline.store.TypeCount;
import org.eventline.store.EventQuery;
import org.eventline.store.EventStore;
import org.eventline.store.StoredEvent;
import org.eventline.store.Summary;

/**
 * The JSON API. Events and articles are written by {@link EventJson}, so they have exactly the
 * shapes {@code eventline events} and {@code eventline article} print.
 */
final class ApiRoutes {
  /** Every API route as "METHOD path"; the OpenAPI test checks each is documented. */
  static final List<String> ROUTES = List.of("GET /api/events", "GET /api/events/{id}/mentions", "GET /api/articles/{id}", "GET /api/summary",
      "GET /api/actors", "GET /api/timeline", "GET /api/types", "GET /api/network", "GET /api/places",
      "GET /api/openapi.json", "POST /api/pages");

  private final EventStore store;
  private final PageIngest ingest;
  private final byte[] openApi;

  ApiRoutes(EventStore store, PageIngest ingest, byte[] openApi) {
    this.store = store;
    this.ingest = ingest;
    this.openApi = openApi;
  }

  void mount(JavalinDefaultRouting router) {
    router.get("/api/events", this::events);
    router.get("/api/events/{id}/mentions", this::mentions);
    router.get("/api/articles/{id}", this::article);
    router.get("/api/summary", this::summary);
    router.get("/api/actors", this::actors);
    router.get("/api/timeline", this::timeline);
    router.get("/api/types", this::types);
    router.get("/api/network", this::network);
    router.get("/api/places", this::places);
    router.get("/api/openapi.json", ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(openApi));
    router.post("/api/pages", this::ingest);
  }

  private void events(Context ctx) {
    EventQuery q = QueryParams.events(ctx);
    ObjectNode body = EventJson.MAPPER.createObjectNode();
    body.set("events", eventArray(store.eventsWithArticles(q), store));
    body.put("total", store.count(q));
    body.put("limit", q.limit());
    body.put("offset", q.offset());
    body.put("sort", q.sort().label());
    send(ctx, 200, body);
  }

  private void timeline(Context ctx) {
    EventQuery q = QueryParams.events(ctx);
    Interval interval = QueryParams.interval(ctx.queryParam("interval"));
    ArrayNode points = EventJson.MAPPER.createArrayNode();
    for (PeriodCount p : store.timeline(q, interval)) {
      points.addObject().put("period", p.period()).put("type", p.type().name()).put("events", p.events());
    }
    ObjectNode body = EventJson.MAPPER.createObjectNode().put("interval", interval.label());
    body.set("timeline", points);
    send(ctx, 200, body);
  }

  private void types(Context ctx) {
    ArrayNode types = EventJson.MAPPER.createArrayNode();
    for (TypeCount t : store.types(QueryParams.events(ctx))) {
      types.addObject().put("type", t.type().name()).put("events", t.events());
    }
    ObjectNode body = EventJson.MAPPER.createObjectNode();
    body.set("types", types);
    send(ctx, 200, body);
  }

  /** Nodes and edges, so a client draws the network without counting anything itself. */
  private void network(Context ctx) {
    EventQuery q = QueryParams.events(ctx);
    Map<String, ObjectNode> nodes = new LinkedHashMap<>();
    ArrayNode edges = EventJson.MAPPER.createArrayNode();
    for (ActorPair p : store.actorPairs(q, q.limit())) {
      node(nodes, p.sourceCode(), p.sourceName(), p.events());
      node(nodes, p.targetCode(), p.targetName(), p.events());
      edges.addObject().put("source", p.sourceCode()).put("target", p.targetCode())
          .put("quad_class", p.quadClass()).put("events", p.events());
    }
    ObjectNode body = EventJson.MAPPER.createObjectNode();
    body.set("nodes", EventJson.MAPPER.createArrayNode().addAll(nodes.values()));
    body.set("edges", edges);
    send(ctx, 200, body);
  }

  private static void node(Map<String, ObjectNode> nodes, String code, String name, long events) {
    ObjectNode n = nodes.computeIfAbsent(code, c -> EventJson.MAPPER.createObjectNode()
        .put("code", c).put("name", name).put("events", 0L));
    n.put("events", n.get("events").asLong() + events);
  }

  private void places(Context ctx) {
    EventQuery q = QueryParams.events(ctx);
    ArrayNode places = EventJson.MAPPER.createArrayNode();
    for (PlaceCount p : store.places(q, q.limit())) {
      places.addObject().put("name", p.name()).put("country", p.country()).put("lat", p.lat())
          .put("lon", p.lon()).put("events", p.events());
    }
    ObjectNode body = EventJson.MAPPER.createObjectNode();
    body.set("places", places);
    send(ctx, 200, body);
  }

  /** One uploaded page, the request body as is; {@code name} says what to call it (its file name or URL). */
  private void ingest(Context ctx) {
    String name = ctx.queryParam("name");
    if (name == null || name.isBlank()) {
      throw new InvalidParameter("name is required: the page's file name or URL, e.g. ?name=page.html");
    }
    byte[] page = ctx.bodyAsBytes();
    if (page.length == 0) {
      throw new InvalidParameter("the request body is empty; send the page's bytes");
    }
    PageIngest.Coded c = ingest.code(name.strip(), page);
    boolean added = store.store(c.article(), c.events());
    ObjectNode body = EventJson.article(c.article());
    body.remove("body");
    body.put("added", added);
    body.set("events", eventArray(c.events().stream().map(e -> new StoredEvent(e, c.article())).toList()));
    send(ctx, added ? 201 : 200, body);
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    Article a = store.article(id).orElse(null);
    if (a == null) {
      send(ctx, 404, error("no article with id " + id));
      return;
    }
    ObjectNode body = EventJson.article(a);
    store.story(id).ifPresent(s -> body.set("story", story(s, id)));
    body.set("events", eventArray(store.eventsWithArticles(
        EventQuery.all().withArticleId(id).withLimit(EventQuery.MAX_LIMIT)), store));
    send(ctx, 200, body);
  }

  /** Every mention of the event an event id is a mention of, each with its article's story. */
  private void mentions(Context ctx) {
    String id = ctx.pathParam("id");
    List<StoredEvent> mentions = store.mentions(id);
    EventGroup g = store.eventGroups(List.of(id)).get(id);
    if (mentions.isEmpty() || g == null) {
      send(ctx, 404, error("no event with id " + id));
      return;
    }
    ObjectNode body = EventJson.MAPPER.createObjectNode();
    counts(body, g);
    ArrayNode out = body.putArray("mentions");
    Map<String, Story> stories = new HashMap<>();
    for (StoredEvent se : mentions) {
      ObjectNode m = EventJson.event(se.event(), se.article());
      String articleId = se.event().articleId();
      Story s = stories.computeIfAbsent(articleId, a -> store.story(a).orElse(null));
      if (s != null) {
        storyHeader(m.putObject("story"), s, articleId);
      }
      out.add(m);
    }
    send(ctx, 200, body);
  }

  /** An article's story: its original and every other stored copy. */
  static ObjectNode story(Story s, String articleId) {
    ObjectNode o = storyHeader(EventJson.MAPPER.createObjectNode(), s, articleId);
    ArrayNode copies = o.putArray("articles");
    for (Story.Copy c : s.articles()) {
      copies.addObject().put("id", c.id()).put("title", c.title()).put("url", c.url()).put("site", c.site())
          .put("source", c.source()).put("published", c.published()).put("original", c.id().equals(s.originalId()));
    }
    return o;
  }

  /** A story's id, its original, and whether this article is it. */
  private static ObjectNode storyHeader(ObjectNode o, Story s, String articleId) {
    return o.put("id", s.id()).put("original_id", s.originalId()).put("is_original", s.originalId().equals(articleId));
  }

  private static void counts(ObjectNode o, EventGroup g) {
    o.put("event_key", g.key());
    o.put("num_mentions", g.numMentions());
    o.put("num_articles", g.numArticles());
    o.put("num_sources", g.numSources());
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

  /** Events with the counts of the event each is a mention of (GDELT's NumMentions, NumArticles, NumSources). */
  private static ArrayNode eventArray(List<StoredEvent> events, EventStore store) {
    Map<String, EventGroup> groups = store.eventGroups(events.stream().map(se -> se.event().id()).toList());
    ArrayNode out = EventJson.MAPPER.createArrayNode();
    for (StoredEvent se : events) {
      ObjectNode o = EventJson.event(se.event(), se.article());
      EventGroup g = groups.get(se.event().id());
      if (g != null) {
        counts(o, g);
      }
      out.add(o);
    }
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
