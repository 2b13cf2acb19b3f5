package org.eventline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the WARC that docs/BENCHMARKS.md measures: {@code BenchWarc OUT.warc.gz COUNT [SEED.txt]}.
 * Pages are {@link Pages#html}, plus, when a seed text is given, every tenth page carries its
 * 637-word body, so the mix has long articles as a real crawl does. A benchmark, not a test.
 */
public final class BenchWarc {
  private BenchWarc() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    String seed = args.length > 2 ? Files.readString(Path.of(args[2])) : null;
    var records = new java.util.ArrayList<org.netpreserve.jwarc.WarcResponse>();
    for (int n = 0; n < count; n++) {
      String html = Pages.html(n);
      if (seed != null && n % 10 == 0) {
        String body = "<p>Report " + n + ".</p><p>" + seed.replace("&", "&amp;").replace("<", "&lt;")
            .replaceAll("\n\\s*\n", "</p><p>") + "</p>";
        html = html.replace("</article>", body + "</article>");
      }
      records.add(Pages.response(Pages.url(n), "text/html; charset=utf-8", html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    try (var w = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.FileChannel.open(out,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), org.netpreserve.jwarc.WarcCompression.GZIP)) {
      for (var r : records) {
        w.write(r);
      }
    }
    System.out.println(out + ": " + count + " pages, " + Files.size(out) + " bytes");
  }
}
