package org.eventline.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.eventline.article.Article;
import org.eventline.event.Event;
import org.eventline.event.EventStatus;
import org.eventline.event.EventType;
import org.eventline.event.Participant;
import org.eventline.event.SentenceRef;
import org.eventline.store.EventStore;

/** A real store in a temp folder and a real server on a free port, asked over real HTTP. */
final class ServerFixture implements AutoCloseable {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";

  static final Participant RUSSIA =
      new Participant("the Russian foreign minister", "Russia", "RUSGOV", "RUS", "government");
  static final Participant SYRIA = new Participant("Damascus", "Syria", "SYRGOV", "SYR", "government");

  static final Article ALEPPO = new Article("a1", "html/a1.html", "https://example.org/a1", null,
      "Lavrov visits Damascus", "2016-06-25T16:04", null, null, "Al Waght", "example.org", null, "en",
      "Lavrov met Assad in Damascus.\n\nThey talked.", null);
  static final Article EVIL = new Article("evil", "html/evil.html", "javascript:alert(1)", null,
      "Title " + SCRIPT + IMG, "2016-07-01", null, IMG, null, null, null, "en",
      "Body " + SCRIPT + " and " + IMG, null);

  final EventStore store;
  final EventlineServer server;
  final HttpClient http = HttpClient.newHttpClient();

  ServerFixture(Path dir) {
    store = EventStore.open(dir);
    store.store(ALEPPO, List.of(
        event("e1", "a1", "2016-06-25", EventType.CONSULT, RUSSIA, SYRIA, "Lavrov met Assad in Damascus."),
        event("e2", "a1", "2016-06-26", EventType.ACCUSE, SYRIA, null, "Syria accused the rebels.")));
    Participant evilActor = new Participant(SCRIPT, IMG, "EVL", null, "other");
    store.store(EVIL, List.of(event("e3", "evil", "2016-07-01", EventType.THREATEN, evilActor, evilActor,
        "Sentence " + SCRIPT + IMG)));
    server = EventlineServer.start(store, null, 0);
  }

  static Event event(String id, String articleId, String date, EventType type, Participant source,
      Participant target, String sentence) {
    return new Event(id, articleId, date, type, "visit", "042", 1, 1.9, EventStatus.ASSERTED, source, target,
        null, new SentenceRef(0, sentence, 0, sentence.length()), 0.9);
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
