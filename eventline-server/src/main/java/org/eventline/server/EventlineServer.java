package org.eventline.server;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
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
 * <p>The API is described in {@code /api/openapi.json} (the file {@code openapi.json} beside this
 * class); the pages are {@code /} (a plain list), {@code /explore} (search, table, timeline, actor
 * network, map) and {@code /articles/{id}} (the text with its events highlighted). Bad parameters
 * get a 400 with {@code {"error": "..."}}. It binds to the loopback address unless told otherwise.
 */
public final class EventlineServer implements AutoCloseable {
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** A news page is rarely over a megabyte; the cap bounds what one upload can make the server hold. */
  static final long MAX_REQUEST_BYTES = 8L * 1024 * 1024;

  /**
   * Scripts, styles, images and API calls come from this server only, and nothing inline: if
   * escaping ever failed, an injected script still would not run.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private static final Logger LOG = LoggerFactory.getLogger(EventlineServer.class);

  private final Javalin app;

  private EventlineServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts serving {@code store} on {@code host} (null for {@value #DEFAULT_HOST}) and {@code port}
   * (0 for any free port; see {@link #port()}). Writes ({@code POST /api/pages}) and reads from any
   * address but loopback need {@code Authorization: Bearer TOKEN}; a null token refuses them all.
   *
   * @param ingest codes uploaded pages; null refuses uploads
   */
  public static EventlineServer start(EventStore store, String host, int port, String token, PageIngest ingest) {
    ApiRoutes api = new ApiRoutes(store, ingest != null ? ingest : (name, page) -> {
      throw new Access.Denied(403, "this server codes no uploads; start it with `eventline serve`");
    }, resource("openapi.json"));
    Pages pages = new Pages(store);
    Access access = new Access(token);
    byte[] css = resource("style.css");
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
      cfg.router.ignoreTrailingSlashes = true;
      cfg.router.mount(router -> {
        router.before(EventlineServer::securityHeaders);
        router.before(access::check);
        api.mount(router);
        pages.mount(router);
        Assets.mount(router);
        router.get("/style.css", ctx -> ctx.contentType(ContentType.TEXT_CSS).result(css));
        router.exception(InvalidParameter.class, (e, ctx) -> fail(ctx, 400, e.getMessage()));
        router.exception(Access.Denied.class, (e, ctx) -> fail(ctx, e.status, e.getMessage()));
        // Javalin's own answers (a path no route matches, a body over the cap) in our two shapes.
        router.exception(NotFoundResponse.class, (e, ctx) -> fail(ctx, 404, "nothing at " + ctx.path()));
        router.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), e.getMessage()));
        router.exception(StoreException.class, (e, ctx) -> {
          LOG.error("store failed on {} {}", ctx.method(), ctx.path(), e);
          fail(ctx, 500, "the store failed; the server log says why");
        });
      });
    });
    app.start(host == null ? DEFAULT_HOST : host, port);
    return new EventlineServer(app);
  }

  /** Read-only: no token, no uploads, reads from loopback only. */
  public static EventlineServer start(EventStore store, String host, int port) {
    return start(store, host, port, null, null);
  }

  /** Starts on {@value #DEFAULT_HOST}, read-only. */
  public static EventlineServer start(EventStore store, int port) {
    return start(store, DEFAULT_HOST, port);
  }

  /** A fresh random token (128 bits, URL-safe) for {@code serve} to print at start. */
  public static String newToken() {
    byte[] bytes = new byte[16];
    new java.security.SecureRandom().nextBytes(bytes);
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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

  static byte[] resource(String name) {
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
