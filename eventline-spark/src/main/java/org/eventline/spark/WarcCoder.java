package org.eventline.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.eventline.article.Article;
import org.eventline.dedup.Fingerprint;
import org.eventline.event.Event;
import org.eventline.ingest.PageDecoder;
import org.eventline.pipeline.Pipeline;
import org.eventline.source.PageInput;
import org.eventline.source.PageSink;
import org.eventline.source.Source;
import org.eventline.source.SourceOptions;
import org.eventline.source.Sources;

/**
 * Codes the WARC files of one partition, on an executor: the core's WARC source reads each file
 * (so revisits, redirects and damaged records are handled as the CLI handles them), the core's
 * decoder makes each page an article, and {@link Pipeline#shared()} codes it, loading CoreNLP once
 * per executor JVM rather than per record or per task.
 *
 * <p>A WARC on a cluster file system (HDFS, S3, GCS) is copied to the executor's local disk first,
 * because the WARC source reads a local channel; every {@code file} still names the WARC as the user
 * gave it, with the record's offset ({@code s3a://bucket/crawl.warc.gz#1234}).
 *
 * <p>Records are coded one at a time as the source yields them, but a partition's rows are kept
 * until its file ends: one WARC of CC-NEWS (about 1 GB, 30,000 pages) makes some 100 MB of rows.
 */
final class WarcCoder implements MapPartitionsFunction<String, Row> {
  private static final long serialVersionUID = 1L;

  /** The driver's Hadoop settings, so executors reach the same file systems with the same credentials. */
  private final Map<String, String> hadoop;

  WarcCoder(Map<String, String> hadoop) {
    this.hadoop = hadoop;
  }

  @Override
  public Iterator<Row> call(Iterator<String> warcs) throws IOException {
    List<Row> rows = new ArrayList<>();
    while (warcs.hasNext()) {
      String warc = warcs.next();
      Path local = localCopy(warc);
      try {
        read(warc, local, rows);
      } finally {
        if (!local.toString().equals(localPath(warc))) {
          Files.deleteIfExists(local);
        }
      }
    }
    return rows.iterator();
  }

  private static void read(String warc, Path local, List<Row> rows) {
    String localName = local.toString();
    Source source = Sources.open(List.of(localName), SourceOptions.defaults()).get(0);
    source.read(new PageSink() {
      @Override
      public void accept(PageInput page) {
        rows.add(code(renamed(page, localName, warc)));
      }
    });
  }

  /** One input's row; never throws, as a bad page must not fail the task (and with it the file). */
  static Row code(PageInput in) {
    if (in.failed()) {
      return RowFactory.create(in.input(), "source", in.error(), null, Tables.seq(List.of()), 0, null, null);
    }
    Pipeline.Coded coded;
    String stage = null;
    try {
      Article article = PageDecoder.article(in);
      coded = article.failed() ? new Pipeline.Coded(article, List.of(), 0, 0) : Pipeline.shared().code(article);
      if (coded.error() != null) {
        stage = article.failed() ? "page" : "code";
      }
    } catch (RuntimeException | StackOverflowError e) {
      return RowFactory.create(in.input(), "code", "input " + in.input() + ": " + e + "; please report it",
          null, Tables.seq(List.of()), 0, null, null);
    }
    // The coder can give two events one id (different words, same codes); the store's upsert keeps
    // the last, and so does this, so that the tables hold what an ingest would have stored.
    Map<String, Row> events = new LinkedHashMap<>();
    for (Event e : coded.events()) {
      events.put(e.id(), Tables.event(e));
    }
    Fingerprint f = Fingerprint.of(coded.article());
    return RowFactory.create(in.input(), stage, coded.error(), Tables.article(coded.article()),
        Tables.seq(new ArrayList<>(events.values())), f.shingles(), Tables.seq(ints(f.signature())), Tables.seq(longs(f.bandKeys())));
  }

  /** The input as the user named it: the local copy's name swapped for the WARC's own. */
  static PageInput renamed(PageInput p, String localName, String warc) {
    if (localName.equals(warc)) {
      return p;
    }
    String input = p.input().startsWith(localName) ? warc + p.input().substring(localName.length()) : p.input();
    String via = localName.equals(p.via()) ? warc : p.via();
    String error = p.error() == null ? null : p.error().replace(localName, warc);
    return new PageInput(input, via, p.url(), p.contentType(), p.text(), p.bytes(), error);
  }

  private Path localCopy(String warc) throws IOException {
    String local = localPath(warc);
    if (local != null) {
      return Path.of(local);
    }
    Configuration conf = new Configuration();
    hadoop.forEach(conf::set);
    org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(warc);
    String name = remote.getName();
    Path tmp = Files.createTempFile("eventline-", name.endsWith(".gz") ? ".warc.gz" : ".warc");
    try (FileSystem fs = remote.getFileSystem(conf); InputStream in = fs.open(remote)) {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | UncheckedIOException e) {
      Files.deleteIfExists(tmp);
      throw new IOException("WARC " + warc + ": cannot be copied to the executor (" + e.getMessage() + ")", e);
    }
    return tmp;
  }

  /** The local path of a plain path or {@code file:} URI; null for any other file system. */
  static String localPath(String warc) {
    if (!warc.contains("://") && !warc.startsWith("file:")) {
      return warc;
    }
    URI uri = URI.create(warc);
    return "file".equals(uri.getScheme()) ? Path.of(uri).toString() : null;
  }

  private static List<Integer> ints(int[] a) {
    List<Integer> out = new ArrayList<>(a.length);
    for (int x : a) {
      out.add(x);
    }
    return out;
  }

  private static List<Long> longs(long[] a) {
    List<Long> out = new ArrayList<>(a.length);
    for (long x : a) {
      out.add(x);
    }
    return out;
  }
}
