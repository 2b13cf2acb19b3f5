package org.eventline.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** An HTTP server on 127.0.0.1 and a free port, for fetch tests: never the internet. */
final class LocalServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "local-server");
    t.setDaemon(true);
    return t;
  });

  LocalServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(pool);
    server.start();
  }

  LocalServer on(String path, HttpHandler h) {
    server.createContext(path, h);
    return this;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  static HttpHandler page(int status, String type, byte[] body) {
    return ex -> {
      ex.getResponseHeaders().set("Content-Type", type);
      ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    };
  }

  static HttpHandler redirect(String location) {
    return ex -> {
      ex.getResponseHeaders().set("Location", location);
      ex.sendResponseHeaders(302, -1);
      ex.close();
    };
  }

  /** Sends headers and a little HTML, then nothing for a minute. */
  static HttpHandler stall() {
    return ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      OutputStream out = ex.getResponseBody();
      out.write("<html><body><p>Start of a page that never ends".getBytes());
      out.flush();
      sleep(60_000);
      ex.close();
    };
  }

  /** Streams up to four gigabytes of HTML, until the client hangs up. */
  static HttpHandler gigabytes() {
    return (HttpExchange ex) -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      byte[] block = "<p>more news </p>\n".repeat(4096).getBytes();
      try (OutputStream out = ex.getResponseBody()) {
        for (long sent = 0; sent < 4L << 30; sent += block.length) {
          out.write(block);
        }
      } catch (IOException hungUp) {
        // The client stopped reading at its cap: that is the behaviour under test.
      }
    };
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
