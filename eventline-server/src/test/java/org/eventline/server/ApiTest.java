package org.eventline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.eventline.article.Article;
import org.eventline.event.EventType;
import org.eventline.json.EventJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API beyond listing: OpenAPI, aggregates, filters, errors, the token and the size cap. */
class ApiTest {
  static final String TOKEN = "test-token";
  @TempDir static Path dir;
  static ServerFixture fx;
  static EventlineServer writable;

  @BeforeAll
  static void start() {
    fx = new ServerFixture(dir);
    PageIngest stub = (name, bytes) -> {
      String body = new String(bytes, StandardCharsets.UTF_8);
      Article a = new Article(null, name, null, null, "Uploaded", "2016-08-01", null, null, null, null, null, "en", body, null);
      return new PageIngest.Coded(a, List.of(ServerFixture.event("u1", a.id(), "2016-08-01", EventType.AID,
          ServerFixture.RUSSIA, ServerFixture.SYRIA, body)));
    };
    writable = EventlineServer.start(fx.store, null, 0, TOKEN, stub);
  }

  @AfterAll
  static void stop() {
    writable.close();
    fx.close();
  }

  static JsonNode json(HttpResponse<String> r, int status) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return EventJson.MAPPER.readTree(r.body());
  }

  static HttpResponse<String> post(int port, String path, String token, byte[] body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void openApiDocumentsEveryRoute() throws Exception {
    JsonNode doc = json(fx.get("/api/openapi.json"), 200);
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    for (String route : ApiRoutes.ROUTES) {
      String[] parts = route.split(" ");
      assertThat(doc.at("/paths").get(parts[1])).as(route).isNotNull();
      assertThat(doc.at("/paths").get(parts[1]).get(parts[0].toLowerCase())).as(route).isNotNull();
    }
    assertThat(doc.get("paths").size()).isEqualTo(ApiRoutes.ROUTES.size());
    for (String filter : QueryParams.FILTERS) {
      assertThat(doc.at("/components/parameters/" + filter)).as(filter).isNotNull();
      assertThat(doc.at("/components/parameters/" + filter + "/name").asText()).isEqualTo(filter);
    }
  }

  @Test
  void everyDocumentedGetRouteAnswers() throws Exception {
    for (String path : List.of("/api/events", "/api/summary", "/api/actors", "/api/timeline", "/api/types",
        "/api/network", "/api/places", "/api/articles/a1")) {
      json(fx.get(path), 200);
    }
  }

  @Test
  void eventsCarryTotalAndSortAndObeyIt() throws Exception {
    JsonNode body = json(fx.get("/api/events?sort=oldest&limit=1"), 200);
    assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(3); // the upload test may add one
    assertThat(body.get("sort").asText()).isEqualTo("oldest");
    assertThat(body.at("/events/0/id").asText()).isEqualTo("e1");
  }

  @Test
  void networkHasNodesSizedByEventsAndEdgesWithQuadClass() throws Exception {
    JsonNode net = json(fx.get("/api/network?actor=RUSGOV"), 200);
    assertThat(net.get("nodes")).hasSize(2);
    assertThat(net.at("/edges/0/source").asText()).isEqualTo("RUSGOV");
    assertThat(net.at("/edges/0/quad_class").asInt()).isEqualTo(1);
  }

  @Test
  void timelineCountsByInterval() throws Exception {
    JsonNode t = json(fx.get("/api/timeline?interval=day&type=CONSULT"), 200);
    assertThat(t.get("interval").asText()).isEqualTo("day");
    assertThat(t.at("/timeline/0/period").asText()).isEqualTo("2016-06-25");
  }

  @Test
  void badParametersGetJsonErrorsThatSayWhich() throws Exception {
    assertThat(json(fx.get("/api/events?quad_class=7"), 400).get("error").asText()).contains("quad class");
    assertThat(json(fx.get("/api/events?status=maybe"), 400).get("error").asText()).contains("status");
    assertThat(json(fx.get("/api/events?bbox=1,2,3"), 400).get("error").asText()).contains("bbox");
    assertThat(json(fx.get("/api/events?sort=rowid"), 400).get("error").asText()).contains("sort");
    assertThat(json(fx.get("/api/timeline?interval=year"), 400).get("error").asText()).contains("interval");
    assertThat(json(fx.get("/api/events?limit=x"), 400).get("error").asText()).contains("limit");
  }

  @Test
  void sqlMetacharactersInEveryFilterAreHarmless() throws Exception {
    String evil = URLEncoder.encode("x' OR '1'='1'); DROP TABLE events; --", StandardCharsets.UTF_8);
    for (String f : List.of("actor", "actor_kind", "actor_country", "place_country", "q", "article")) {
      for (String path : List.of("/api/events", "/api/timeline", "/api/network", "/api/places", "/api/types")) {
        HttpResponse<String> r = fx.get(path + "?" + f + "=" + evil);
        assertThat(r.statusCode()).as(path + " " + f).isEqualTo(200);
      }
      assertThat(json(fx.get("/api/events?" + f + "=" + evil), 200).get("total").asLong()).as(f).isZero();
    }
    for (String f : List.of("type", "quad_class", "status", "from", "to", "bbox", "sort")) {
      assertThat(fx.get("/api/events?" + f + "=" + evil).statusCode()).as(f).isEqualTo(400);
    }
    assertThat(json(fx.get("/api/summary"), 200).get("events").asLong()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void uploadsNeedTheToken() throws Exception {
    byte[] page = "Russia sent aid to Syria.".getBytes(StandardCharsets.UTF_8);
    assertThat(json(post(writable.port(), "/api/pages?name=p.txt", null, page), 401).get("error").asText())
        .contains("token");
    assertThat(post(writable.port(), "/api/pages?name=p.txt", "wrong", page).statusCode()).isEqualTo(401);
    assertThat(json(post(fx.server.port(), "/api/pages?name=p.txt", TOKEN, page), 403).get("error").asText())
        .contains("no writes");
    JsonNode stored = json(post(writable.port(), "/api/pages?name=p.txt", TOKEN, page), 201);
    assertThat(stored.get("added").asBoolean()).isTrue();
    assertThat(stored.at("/events/0/type").asText()).isEqualTo("AID");
    assertThat(json(post(writable.port(), "/api/pages?name=p.txt", TOKEN, page), 200).get("added").asBoolean()).isFalse();
  }

  @Test
  void uploadsOverTheCapAreRefused() throws Exception {
    byte[] big = new byte[(int) EventlineServer.MAX_REQUEST_BYTES + 1024];
    int status = post(writable.port(), "/api/pages?name=big.html", TOKEN, big).statusCode();
    assertThat(status).isEqualTo(413);
  }

  @Test
  void loopbackIsRecognised() {
    assertThat(Access.isLoopback("127.0.0.1")).isTrue();
    assertThat(Access.isLoopback("::1")).isTrue();
    assertThat(Access.isLoopback("192.0.2.7")).isFalse();
  }

  @Test
  void assetsAreServedFromTheJarAndNothingElse() throws Exception {
    assertThat(fx.get("/assets/explore.js").statusCode()).isEqualTo(200);
    assertThat(fx.get("/assets/vendor/leaflet/dist/leaflet.js").statusCode()).isEqualTo(200);
    assertThat(fx.get("/assets/vendor/world-atlas/countries-110m.json").statusCode()).isEqualTo(200);
    assertThat(fx.get("/assets/../EventlineServer.class").statusCode()).isEqualTo(404);
    assertThat(fx.get("/assets/%2e%2e/openapi.json").statusCode()).isEqualTo(404);
  }

  @Test
  void everyPageCarriesTheStrictPolicy() throws Exception {
    for (String path : List.of("/", "/explore", "/articles/a1", "/api/events", "/assets/explore.js")) {
      assertThat(fx.get(path).headers().firstValue("Content-Security-Policy").orElse("")).as(path)
          .contains("script-src 'self'").doesNotContain("unsafe");
    }
  }

}
