package org.eventline.server;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRouting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web UI's static files, from {@code assets/} beside this class in the jar: our own scripts
 * and styles, and under {@code vendor/} the npm packages Maven copied in at build time.
 */
final class Assets {
  private static final Map<String, String> TYPES = Map.of(
      "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
      "json", "application/json", "png", "image/png", "svg", "image/svg+xml");
  private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

  private Assets() {}

  static void mount(JavalinDefaultRouting router) {
    router.get("/assets/<path>", Assets::serve);
  }

  private static void serve(Context ctx) {
    String path = ctx.pathParam("path");
    String ext = path.substring(path.lastIndexOf('.') + 1);
    // Only plain relative names with a known type: no "..", no absolute paths, no class files.
    if (path.contains("..") || path.startsWith("/") || path.contains("\\") || !TYPES.containsKey(ext)) {
      throw new NotFoundResponse();
    }
    byte[] bytes = CACHE.computeIfAbsent(path, Assets::read);
    if (bytes.length == 0) {
      throw new NotFoundResponse();
    }
    ctx.contentType(TYPES.get(ext)).header("Cache-Control", "max-age=3600").result(bytes);
  }

  private static byte[] read(String path) {
    try (InputStream in = Assets.class.getResourceAsStream("assets/" + path)) {
      return in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
