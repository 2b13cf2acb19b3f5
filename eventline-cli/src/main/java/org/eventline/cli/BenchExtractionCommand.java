package org.eventline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;
import org.eventline.article.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "extraction", mixinStandardHelpOptions = true,
    description = {"Scores and times article-body extraction on a benchmark of pages with a ground truth",
        "(the ScrapingHub article-extraction benchmark's layout and metric): Eventline, boilerpipe and",
        "Readability4J on the same pages in one run, plus any stored outputs of other systems.",
        "Prints a Markdown table: precision, recall, F1, exact pages, pages per CPU-second on one thread after a",
        "warm-up round (parse included), peak heap while the system ran."})
final class BenchExtractionCommand implements Callable<Integer> {
  private static final Path BENCH = Path.of("..", "shared", "bench", "article-extraction");

  @Option(names = "--pages", description = "Folder of <id>.html or <id>.html.gz pages (default: ${DEFAULT-VALUE}).")
  Path pages = BENCH.resolve("html");

  @Option(names = "--truth", description = "JSON {id: {\"articleBody\": ...}} (default: ${DEFAULT-VALUE}).")
  Path truth = BENCH.resolve("ground-truth.json");

  @Option(names = "--peer-outputs", description = "Folder of stored outputs of other systems, scored too "
      + "(default: ${DEFAULT-VALUE}; skipped when absent).")
  Path peerOutputs = BENCH.resolve("peer-output");

  @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds after the warm-up (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--only", description = "Run only this system (eventline, boilerpipe, readability4j).")
  String only;

  @Option(names = "--out", description = "Also write the table to this file.")
  Path outFile;

  @Spec CommandSpec spec;

  /** A page of the benchmark: its id, its address (peers resolve links against it), raw bytes (what Eventline reads) and the UTF-8 text (what peers take). */
  record BenchPage(String id, String url, byte[] bytes, String html) {}

  /** One system's figures. */
  record Row(String system, ShingleScore score, double pagesPerSecond, long peakHeapMiB) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    JsonNode expected = new ObjectMapper().readTree(truth.toFile());
    List<BenchPage> bench = load(pages, expected);
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, Function<BenchPage, String>> system : systems().entrySet()) {
      if (only == null || only.equalsIgnoreCase(system.getKey())) {
        rows.add(run(system.getKey(), system.getValue(), bench, expected, rounds));
      }
    }
    if (peerOutputs != null && Files.isDirectory(peerOutputs) && only == null) {
      try (Stream<Path> files = Files.list(peerOutputs)) {
        for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
          rows.add(stored(f, bench, expected));
        }
      }
    }
    rows.sort((a, b) -> Double.compare(b.score().f1(), a.score().f1()));
    String table = table(rows, bench.size());
    out.print(table);
    out.flush();
    if (outFile != null) {
      Files.writeString(outFile, table);
    }
    return 0;
  }

  private static Map<String, Function<BenchPage, String>> systems() {
    Map<String, Function<BenchPage, String>> systems = new LinkedHashMap<>();
    systems.put("Eventline", p -> ArticleExtractor.extract(p.id() + ".html", p.bytes()).body());
    systems.put("boilerpipe 1.2.2 (ArticleExtractor)", p -> {
      try {
        return de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(p.html());
      } catch (Exception e) {
        return ""; // boilerpipe throws on pages it cannot parse: an empty extraction
      }
    });
    systems.put("Readability4J 1.0.8", p -> new Readability4J(p.url(), p.html()).parse().getTextContent());
    return systems;
  }

  /** Warm-up round (scored), then timed rounds; the heap's peak is reset after a GC before the system starts. */
  private static Row run(String name, Function<BenchPage, String> system, List<BenchPage> bench, JsonNode expected,
      int rounds) {
    System.gc();
    resetPeakHeap();
    ShingleScore score = new ShingleScore();
    for (BenchPage p : bench) {
      score.add(expected.path(p.id()).path("articleBody").asText(""), safely(system, p));
    }
    // CPU time of this thread, not wall time: on a shared machine other processes' load would
    // otherwise be counted as ours.
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long t0 = threads.getCurrentThreadCpuTime();
    long chars = 0;
    for (int r = 0; r < rounds; r++) {
      for (BenchPage p : bench) {
        chars += safely(system, p).length();
      }
    }
    double seconds = (threads.getCurrentThreadCpuTime() - t0) / 1e9;
    if (chars < 0) {
      throw new IllegalStateException(); // keeps the results alive so the JIT cannot drop the work
    }
    return new Row(name, score, rounds * bench.size() / seconds, peakHeapBytes() >> 20);
  }

  private static String safely(Function<BenchPage, String> system, BenchPage p) {
    try {
      String s = system.apply(p);
      return s == null ? "" : s;
    } catch (RuntimeException | StackOverflowError e) {
      return "";
    }
  }

  private static Row stored(Path file, List<BenchPage> bench, JsonNode expected) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    JsonNode output = root.has("output") ? root.path("output") : root;
    ShingleScore score = new ShingleScore();
    for (BenchPage p : bench) {
      score.add(expected.path(p.id()).path("articleBody").asText(""), output.path(p.id()).path("articleBody").asText(""));
    }
    String name = file.getFileName().toString().replaceFirst("\\.json$", "") + " (stored output)";
    return new Row(name, score, Double.NaN, -1);
  }

  private static List<BenchPage> load(Path dir, JsonNode expected) throws IOException {
    List<BenchPage> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.matches(".*\\.html?(\\.gz)?$")) {
          continue;
        }
        byte[] bytes;
        try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
          bytes = in.readAllBytes();
        }
        String id = name.replaceFirst("\\.html?(\\.gz)?$", "");
        String url = expected.path(id).path("url").asText("https://example.org/" + id);
        out.add(new BenchPage(id, url, bytes, new String(bytes, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  private static String table(List<Row> rows, int pages) {
    StringBuilder s = new StringBuilder();
    s.append("| system | precision | recall | F1 | exact pages | pages per CPU-second (1 thread) | peak heap |\n");
    s.append("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (Row r : rows) {
      s.append(String.format("| %s | %.3f | %.3f | %.3f | %.3f | %s | %s |%n", r.system(), r.score().precision(),
          r.score().recall(), r.score().f1(), r.score().accuracy(),
          Double.isNaN(r.pagesPerSecond()) ? "" : String.format("%.0f", r.pagesPerSecond()),
          r.peakHeapMiB() < 0 ? "" : r.peakHeapMiB() + " MiB"));
    }
    s.append(String.format("%n%d pages.%n", pages));
    for (Row r : rows) {
      if (!Double.isNaN(r.pagesPerSecond())) {
        s.append(String.format("%s: %s%n", r.system(), r.score().histogram()));
      }
    }
    return s.toString();
  }

  private static void resetPeakHeap() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeapBytes() {
    return HeapSampler.poolPeakSum();
  }
}
