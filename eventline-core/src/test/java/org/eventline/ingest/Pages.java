package org.eventline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/** Real-looking news pages, and WARC files of them written with jwarc's writer. */
final class Pages {
  private static final String[] CITIES = {"Aleppo", "Damascus", "Homs", "Idlib", "Raqqa", "Deir ez-Zor", "Latakia"};
  private static final String[] ACTORS = {"Russian foreign minister", "Syrian army", "UN envoy", "Turkish president",
      "Iranian delegation", "rebel commanders", "Kurdish forces"};

  private Pages() {}

  /** A news page, different for each {@code n}, with title, date, byline and three paragraphs. */
  static String html(int n) {
    String city = CITIES[n % CITIES.length];
    String who = ACTORS[(n / 7) % ACTORS.length];
    String title = "The " + who + " visits " + city + " for talks, report " + n;
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
        + "<meta property=\"article:published_time\" content=\"2016-06-" + (10 + n % 19) + "T16:04:00Z\">"
        + "<link rel=\"canonical\" href=\"https://news.example.org/world/" + n + "\"></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1>"
        + "<p class=\"byline\">By Staff Reporter</p>"
        + "<p>" + city.toUpperCase() + " - The " + who + " arrived in " + city + " on Saturday and held talks with"
        + " local officials about the ceasefire, the delivery of aid and the return of families, report " + n + ".</p>"
        + "<p>Officials said the meeting lasted three hours and that both sides agreed to meet again next week"
        + " to discuss the opening of roads into the old city.</p>"
        + "<p>Residents of " + city + " told reporters that shelling had eased since the start of the month, but"
        + " that food and fuel remained scarce in the eastern districts.</p></article>"
        + "<footer>Copyright 2016 Example News</footer></body></html>";
  }

  static byte[] bytes(int n) {
    return html(n).getBytes(StandardCharsets.UTF_8);
  }

  static String url(int n) {
    return "https://news.example.org/world/" + n;
  }

  /** Writes pages {@code from..to-1} as HTML files into {@code dir}. */
  static void writeFiles(Path dir, int from, int to) {
    try {
      Files.createDirectories(dir);
      for (int n = from; n < to; n++) {
        Files.write(dir.resolve(String.format("page-%05d.html", n)), bytes(n));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A WARC of response records for pages 0..count-1, every {@code revisitEvery}th followed by a revisit. */
  static Path warc(Path file, int count, int revisitEvery) {
    boolean gz = file.toString().endsWith(".gz");
    try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING), gz ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (int n = 0; n < count; n++) {
        w.write(response(url(n), "text/html; charset=utf-8", bytes(n)));
        if (revisitEvery > 0 && n % revisitEvery == 0) {
          w.write(new WarcRevisit.Builder(URI.create(url(n))).date(Instant.parse("2016-07-02T00:00:00Z"))
              .refersTo(URI.create("urn:uuid:00000000-0000-0000-0000-000000000000"), URI.create(url(n)),
                  Instant.parse("2016-07-01T00:00:00Z"))
              .build());
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static WarcResponse response(String url, String contentType, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
    return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2016-07-01T00:00:00Z")).body(http).build();
  }

  /** A WARC (uncompressed) of the given responses, in order. */
  static Path warcOf(Path file, List<WarcResponse> records) {
    try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.NONE)) {
      for (WarcResponse r : records) {
        w.write(r);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
