package org.eventline.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * A WARC file, plain or gzipped: every response record with an HTTP 2xx page, and every resource
 * record holding a page. Each page's input is the WARC's name and the record's offset
 * ({@code crawl.warc.gz#1234}), which is where {@code dd} or a WARC tool finds it again.
 *
 * <p>Revisit records carry no page (they point at an earlier capture) and are skipped with a
 * count; so are redirects, errors and non-page media types. A record that cannot be parsed is a
 * failed input; when the damage is to the framing (a truncated gzip, a wrong Content-Length), the
 * rest of the file cannot be found reliably and reading stops with one error naming the offset.
 */
record WarcFile(String name, Path path, int maxBytes) implements Source {
  @Override
  public void read(PageSink sink) {
    try (WarcReader reader = new WarcReader(FileChannel.open(path))) {
      long next = 0;
      while (true) {
        Optional<WarcRecord> r;
        try {
          r = reader.next();
        } catch (IOException | RuntimeException e) {
          sink.accept(PageInput.failed(name + "#" + next, name, null, "WARC " + name + ": record at offset " + next
              + " cannot be read (" + describe(e) + "); the rest of the file was skipped."
              + " Check whether the file is complete (a truncated download or a wrong Content-Length)"));
          return;
        }
        if (r.isEmpty()) {
          return;
        }
        WarcRecord rec = r.get();
        String input = name + "#" + rec.position();
        try {
          page(rec, input, sink);
        } catch (IOException | RuntimeException e) {
          sink.accept(PageInput.failed(input, name, target(rec), "WARC record " + input + ": cannot be read ("
              + describe(e) + "); skipped"));
        }
        next = reader.position();
      }
    } catch (NoSuchFileException e) {
      sink.accept(PageInput.failed(name, null, null, "WARC " + name + ": no such file"));
    } catch (AccessDeniedException e) {
      sink.accept(PageInput.failed(name, null, null, "WARC " + name + ": permission denied; check the file's permissions"));
    } catch (IOException | RuntimeException e) {
      sink.accept(PageInput.failed(name, null, null, "WARC " + name + ": cannot be read (" + describe(e)
          + "); is it a WARC file?"));
    }
  }

  private void page(WarcRecord rec, String input, PageSink sink) throws IOException {
    if (rec instanceof WarcRevisit) {
      sink.skipped(input, "revisit record (no page of its own)");
    } else if (rec instanceof WarcResponse resp) {
      String url = resp.target();
      MediaType type = resp.contentType();
      if (!"application".equals(type.type()) || !"http".equals(type.subtype())) {
        sink.accept(PageInput.failed(input, name, url, "WARC record " + input + ": a response of type " + type
            + ", not an HTTP response; skipped"));
        return;
      }
      if (resp.body().size() == 0) {
        sink.accept(PageInput.failed(input, name, url, "WARC record " + input + ": empty response record"
            + " (Content-Length 0); skipped"));
        return;
      }
      HttpResponse http = resp.http();
      if (http.status() < 200 || http.status() > 299) {
        sink.skipped(input, "HTTP " + http.status() + " (not a page)");
        return;
      }
      String pageType = http.headers().first("Content-Type").orElse(null);
      if (!isPageType(pageType)) {
        sink.skipped(input, "media type " + pageType + " (not a page)");
        return;
      }
      emit(input, url, pageType, http.bodyDecoded(), sink);
    } else if (rec instanceof WarcResource res) {
      String type = res.headers().first("Content-Type").orElse(null);
      if (!isPageType(type)) {
        sink.skipped(input, "media type " + type + " (not a page)");
        return;
      }
      emit(input, res.target(), type, res.body(), sink);
    }
    // Requests, metadata, warcinfo and conversions are not pages: nothing to count.
  }

  private void emit(String input, String url, String type, MessageBody body, PageSink sink) throws IOException {
    try (InputStream in = body.stream()) {
      byte[] bytes = in.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        sink.accept(PageInput.failed(input, name, url, "WARC record " + input + ": page over the limit of " + maxBytes
            + " bytes; skipped"));
        return;
      }
      sink.accept(PageInput.of(input, name, url, bytes).withContentType(type));
    }
  }

  /** HTML, XHTML and plain text are pages; a missing type is given the benefit of the doubt. */
  static boolean isPageType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return true;
    }
    MediaType t = MediaType.parseLeniently(contentType).base();
    String s = t.type() + "/" + t.subtype();
    return s.equals("text/html") || s.equals("application/xhtml+xml") || s.equals("text/plain");
  }

  private static String target(WarcRecord rec) {
    return rec.headers().first("WARC-Target-URI").orElse(null);
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
