package org.eventline.server;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eventline.store.EventStore;
import org.eventline.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Eventline web server: a JSON API and HTML pages over an {@link EventStore}.
 *
 * <pre>{@code
 * try (EventStore store = EventStore.open(Path.of("eventline-data"));
 *     EventlineServer server = EventlineServer.start(store, "127.0.0.1", 8080)) {
 *   ... // GET http://127.0.0.1:8080/api/events?actor=RUSGOV&type=CONSULT
 * }
 * }</pre>
 *
 * <p>Routes: {@code GET /api/events?actor=&type=&from=&to=&article=&limit=&offset=},
 * {@code GET /api/articles/{id}}, {@code GET /api/summary}, {@code GET /api/actors?limit=&offset=}, {@code GET /} and
 * {@code GET /articles/{id}}. Bad parameters get a 400 with {@code {"error": "..."}}. It binds to
 * the loopback address unless told otherwise: the API has no authentication.
 */
public final class EventlineServer implements AutoCloseable {
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The API only reads; nothing legitimate sends a body, so a small cap costs nothing. */
  static final long MAX_REQUEST_BYTES = 64 * 1024;

  /**
   * Pages are self-contained: a stylesheet from this server, no scripts, no frames. If escaping
   * ever failed, an injected script still would not run.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self';"
      + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private static final Logger LOG = LoggerFactory.getLogger(EventlineServer.class);

  private final Javalin app;

  private EventlineServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts serving {@code store} on {@code host} (null for {@value #DEFAULT_HOST}) and {@code port}
   * (0 for any free port; see {@link #port()}).
   */
  public static EventlineServer start(EventStore store, String host, int port) {
    ApiRoutes api = new ApiRoutes(store);
    Pages pages = new Pages(store);
    byte[] css = resource("style.css");
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
      cfg.router.ignoreTrailingSlashes = true;
      cfg.router.mount(router -> {
        router.before(EventlineServer::securityHeaders);
        api.mount(router);
        pages.mount(router);
        router.get("/style.css", ctx -> ctx.contentType(ContentType.TEXT_CSS).result(css));
        router.exception(InvalidParameter.class, (e, ctx) -> fail(ctx, 400, e.getMessage()));
        // Javalin's own answer to a path no route matches, in our two shapes.
        router.exception(NotFoundResponse.class, (e, ctx) -> fail(ctx, 404, "nothing at " + ctx.path()));
        router.exception(StoreException.class, (e, ctx) -> {
          LOG.error("store failed on {} {}", ctx.method(), ctx.path(), e);
          fail(ctx, 500, "the store failed; the server log says why");
        });
      });
    });
    app.start(host == null ? DEFAULT_HOST : host, port);
    return new EventlineServer(app);
  }

  /** Starts on {@value #DEFAULT_HOST}. */
  public static EventlineServer start(EventStore store, int port) {
    return start(store, DEFAULT_HOST, port);
  }

  /** The port actually bound: the one asked for, or the one chosen when asked for 0. */
  public int port() {
    return app.port();
  }

  /** Stops serving; the store stays open, since the caller opened it. */
  @Override
  public void close() {
    app.stop();
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }

  /** One place turns errors into responses: JSON under /api, a page elsewhere. */
  private static void fail(Context ctx, int status, String message) {
    if (ctx.path().startsWith("/api/")) {
      ApiRoutes.send(ctx, status, ApiRoutes.error(message));
    } else {
      ctx.status(status).html(Layout.error(message));
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = EventlineServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the server jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
