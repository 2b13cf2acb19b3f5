package org.eventline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventline.json.EventJson;
import org.eventline.store.EventQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventlineServerTest {
  @TempDir static Path dir;
  static ServerFixture fx;

  @BeforeAll
  static void start() {
    fx = new ServerFixture(dir);
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @Test
  void bindsARandomPortOnLoopback() {
    assertThat(fx.server.port()).isPositive();
  }

  @Test
  void listsEventsInTheContractShape() throws Exception {
    JsonNode body = json(fx.get("/api/events"), 200);
    assertThat(ids(body)).containsExactly("e3", "e2", "e1");
    assertThat(body.get("limit").asInt()).isEqualTo(100);
    assertThat(body.get("offset").asInt()).isZero();
    JsonNode e1 = body.get("events").get(2);
    JsonNode expected = EventJson.MAPPER.readTree(EventJson.MAPPER.writeValueAsString(EventJson.event(
        fx.store.events(EventQuery.all().withArticleId("a1").withType(org.eventline.event.EventType.CONSULT)).get(0),
        fx.store.eventsWithArticles(EventQuery.all().withArticleId("a1")).get(0).article())));
    // The contract's shape, plus the counts of the event it is a mention of (added, nothing changed).
    com.fasterxml.jackson.databind.node.ObjectNode shape = e1.deepCopy();
    assertThat(shape.remove(List.of("event_key", "num_mentions", "num_articles", "num_sources"))).isNotNull();
    assertThat(shape).isEqualTo(expected);
    assertThat(e1.get("num_mentions").asInt()).isEqualTo(1);
    assertThat(e1.get("event_key").asText()).isEqualTo("2016-06-25|042|asserted|RUSGOV|SYRGOV|-");
    assertThat(e1.at("/article/title").asText()).isEqualTo("Lavrov visits Damascus");
  }

  @Test
  void filtersByActorTypeAndDates() throws Exception {
    assertThat(ids(json(fx.get("/api/events?actor=RUSGOV"), 200))).containsExactly("e1");
    assertThat(ids(json(fx.get("/api/events?actor=syria"), 200))).containsExactly("e2", "e1");
    assertThat(ids(json(fx.get("/api/events?type=accuse"), 200))).containsExactly("e2");
    assertThat(ids(json(fx.get("/api/events?from=2016-06-26&to=2016-06-30"), 200))).containsExactly("e2");
    assertThat(ids(json(fx.get("/api/events?limit=1&offset=1"), 200))).containsExactly("e2");
  }

  @Test
  void sqlInAnActorIsJustText() throws Exception {
    String evil = URLEncoder.encode("x' OR 1=1 --", StandardCharsets.UTF_8);
    assertThat(ids(json(fx.get("/api/events?actor=" + evil), 200))).isEmpty();
  }

  @Test
  void capsTheLimit() throws Exception {
    assertThat(json(fx.get("/api/events?limit=99999"), 200).get("limit").asInt()).isEqualTo(1000);
  }

  @Test
  void badParametersGetA400WithTheReason() throws Exception {
    assertThat(error(fx.get("/api/events?type=BOMB"))).contains("type 'BOMB'").contains("CONSULT");
    assertThat(error(fx.get("/api/events?from=2016-13-01"))).contains("from '2016-13-01'").contains("YYYY-MM-DD");
    assertThat(error(fx.get("/api/events?to=yesterday"))).contains("to 'yesterday'");
    assertThat(error(fx.get("/api/events?limit=ten"))).contains("limit 'ten' is not a whole number");
    assertThat(error(fx.get("/api/events?limit=0"))).contains("limit");
    assertThat(error(fx.get("/api/events?offset=-5"))).contains("offset");
    assertThat(error(fx.get("/api/events?from=2016-07-01&to=2016-06-01"))).contains("after");
  }

  @Test
  void articleComesWithItsEvents() throws Exception {
    JsonNode body = json(fx.get("/api/articles/a1"), 200);
    assertThat(body.get("title").asText()).isEqualTo("Lavrov visits Damascus");
    assertThat(body.get("body").asText()).startsWith("Lavrov met Assad");
    assertThat(body.get("events")).extracting(e -> e.get("id").asText()).containsExactly("e2", "e1");
  }

  @Test
  void unknownArticleIsA404InJson() throws Exception {
    HttpResponse<String> r = fx.get("/api/articles/nope");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(EventJson.MAPPER.readTree(r.body()).get("error").asText()).contains("nope");
  }

  @Test
  void unknownApiRouteIsA404InJson() throws Exception {
    HttpResponse<String> r = fx.get("/api/nope");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(EventJson.MAPPER.readTree(r.body()).get("error").asText()).contains("/api/nope");
  }

  @Test
  void listsActorsByEventCount() throws Exception {
    JsonNode body = json(fx.get("/api/actors?limit=2"), 200);
    assertThat(body.get("actors")).hasSize(2);
    assertThat(body.at("/actors/0/code").asText()).isEqualTo("SYRGOV");
    assertThat(body.at("/actors/0/events").asLong()).isEqualTo(2);
    assertThat(error(fx.get("/api/actors?limit=0"))).contains("limit");
  }

  @Test
  void summaryCounts() throws Exception {
    JsonNode body = json(fx.get("/api/summary"), 200);
    assertThat(body.get("articles").asLong()).isEqualTo(2);
    assertThat(body.get("events").asLong()).isEqualTo(3);
    assertThat(body.get("actors").asLong()).isEqualTo(3);
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/", "/api/events", "/api/articles/nope", "/articles/a1")) {
      HttpResponse<String> r = fx.get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
          .contains(EventlineServer.CONTENT_SECURITY_POLICY);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
    }
  }

  private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return EventJson.MAPPER.readTree(r.body());
  }

  private static String error(HttpResponse<String> r) throws Exception {
    return json(r, 400).get("error").asText();
  }

  private static List<String> ids(JsonNode body) {
    List<String> out = new ArrayList<>();
    body.get("events").forEach(e -> out.add(e.get("id").asText()));
    return out;
  }
}
