import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The throughput input of docs/SCALING.md: every devset page (a dateline, a title, paragraphs) as
 * an HTML page, COPIES times with a line naming the copy (so each copy is its own article and the
 * copies make duplicate stories), written both as .html files (for the CLI) and as WARCS gzipped
 * WARC files (for the job), the same bytes both ways.
 *
 * <p>java -cp ~/.m2/repository/org/netpreserve/jwarc/0.36.0/jwarc-0.36.0.jar MakeWarcs.java devset/events/pages OUT 4 4
 */
public class MakeWarcs {
  public static void main(String[] args) throws Exception {
    Path pages = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int copies = Integer.parseInt(args[2]);
    int warcs = Integer.parseInt(args[3]);
    Files.createDirectories(out.resolve("html"));
    Files.createDirectories(out.resolve("warc"));
    List<Path> texts;
    try (Stream<Path> s = Files.list(pages)) {
      texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    WarcWriter[] writers = new WarcWriter[warcs];
    for (int w = 0; w < warcs; w++) {
      writers[w] = new WarcWriter(Files.newByteChannel(out.resolve("warc/part-" + w + ".warc.gz"),
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP);
    }
    int n = 0;
    for (int copy = 0; copy < copies; copy++) {
      for (Path t : texts) {
        String[] blocks = Files.readString(t).split("\\n\\s*\\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .append(esc(blocks[2].strip())).append("</title></head><body><article><h1>").append(esc(blocks[2].strip()))
            .append("</h1><p class=\"date\">").append(esc(blocks[0].strip())).append("</p>\n");
        for (int i = 3; i < blocks.length; i++) {
          html.append("<p>").append(esc(blocks[i].strip())).append("</p>\n");
        }
        html.append("<p>Wire copy ").append(copy + 1).append(" of this report.</p></article></body></html>\n");
        byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
        String name = String.format("%04d-%s", n, t.getFileName().toString().replace(".txt", ".html"));
        Files.write(out.resolve("html/" + name), bytes);
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), bytes).build();
        writers[n % warcs].write(new WarcResponse.Builder(URI.create("https://site" + copy + ".example.org/" + name))
            .date(Instant.parse("2024-01-01T00:00:00Z")).body(http).build());
        n++;
      }
    }
    for (WarcWriter w : writers) {
      w.close();
    }
    System.out.println(n + " pages in " + warcs + " WARC files and as HTML under " + out);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
