package org.eventline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventline.article.Article;
import org.eventline.article.ArticleExtractor;
import org.eventline.source.PageFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Times the gazetteer: its first load in a fresh JVM, the heap it holds, and lookups of the names
 * real articles give it, for the build's table ({@code Gazetteer.defaults()}) and, as the peer, the
 * readable TSV files it is made of, the two loaded alternately in fresh JVMs.
 */
@Command(name = "geo", mixinStandardHelpOptions = true,
    description = {"Times the gazetteer in fresh JVMs, alternating the build's table (what Gazetteer.defaults()",
        "loads) with the readable TSV files it is made of: first-load wall and CPU on the loading thread,",
        "heap held, and resolve() time per name after warm-up over capitalised names (hits and misses)",
        "taken from article pages (default: devset/events/pages and devset/places/pages)."})
final class BenchGeoCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PAGE", arity = "0..*",
      description = "Pages or folders whose capitalised names are looked up (default: the dev sets' pages).")
  List<Path> pages = new ArrayList<>();

  @Option(names = "--runs", defaultValue = "3", description = "Fresh JVMs per way of loading (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--rounds", defaultValue = "200", description = "Timed lookup rounds over all names (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--heap", defaultValue = "2g", description = "-Xmx of each fresh JVM, as the launcher sets (default: ${DEFAULT-VALUE}).")
  String heap;

  @Spec CommandSpec spec;

  /** A run of capitalised words, as a name finder hands them on: "Khan Touman", "Supreme Court", "The". */
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?:[ ]+\\p{Lu}[\\p{L}'’-]*){0,3}");

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> inputs = pages.isEmpty() ? defaultPages() : pages;
    if (inputs.isEmpty()) {
      spec.commandLine().getErr().println("bench geo: no pages given and no devset/events/pages or devset/places/pages here");
      return 2;
    }
    List<Path> files = PageFiles.expand(inputs);
    List<String> names = names(files);
    Path namesFile = Files.createTempFile("eventline-bench-geo", ".txt");
    try {
      Files.write(namesFile, names, StandardCharsets.UTF_8);
      double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      Map<String, List<Map<String, Double>>> results = new HashMap<>();
      for (int r = 0; r < runs; r++) {
        for (String how : List.of(BenchGeoProbe.TABLE, BenchGeoProbe.TSV)) {
          results.computeIfAbsent(how, h -> new ArrayList<>()).add(probe(how, namesFile));
        }
      }
      double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      Map<String, Double> first = results.get(BenchGeoProbe.TABLE).get(0);
      out.printf("names: %d distinct capitalised runs from %d pages, %.0f of them places (hits); %d runs each way, alternating%n",
          names.size(), files.size(), first.get("hits"), runs);
      out.printf("load average %.2f at start, %.2f at end, %d cores%n", load0, load1,
          Runtime.getRuntime().availableProcessors());
      out.printf("%-42s %-26s %-26s%n", "median (min-max) over runs", "table (gazetteer.bin)", "readable TSV files");
      row(out, "first load, wall ms", "load_wall_ms", results, "%.0f");
      row(out, "first load, CPU ms on the loading thread", "load_cpu_ms", results, "%.0f");
      row(out, "JVM start to loaded, wall ms", "jvm_ms", results, "%.0f");
      row(out, "heap held by the gazetteer, MiB", "heap_mib", results, "%.1f");
      row(out, "resolve() after warm-up, us per name", "lookup_us", results, "%.2f");
      out.flush();
      return 0;
    } finally {
      Files.deleteIfExists(namesFile);
    }
  }

  private static List<Path> defaultPages() {
    List<Path> found = new ArrayList<>();
    for (String dir : List.of("devset/events/pages", "devset/places/pages")) {
      if (Files.isDirectory(Path.of(dir))) {
        found.add(Path.of(dir));
      }
    }
    return found;
  }

  /** Every distinct capitalised run of the pages' titles and bodies, and each of its words. */
  static List<String> names(List<Path> files) {
    Set<String> names = new LinkedHashSet<>();
    for (Path file : files) {
      Article a = ArticleExtractor.extract(file);
      Matcher m = CAPITALISED.matcher((a.title() == null ? "" : a.title()) + "\n" + a.body());
      while (m.find()) {
        names.add(m.group());
        names.addAll(Arrays.asList(m.group().split(" +")));
      }
    }
    return new ArrayList<>(names);
  }

  private Map<String, Double> probe(String how, Path namesFile) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
        BenchGeoProbe.class.getName(), how, namesFile.toString(), Integer.toString(rounds))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    String line = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (p.waitFor() != 0 || !line.contains("load_wall_ms=")) {
      throw new IllegalStateException("bench geo: the " + how + " probe failed (exit " + p.exitValue() + "): " + line);
    }
    Map<String, Double> figures = new HashMap<>();
    for (String pair : line.split(" ")) {
      String[] kv = pair.split("=", 2);
      figures.put(kv[0], Double.parseDouble(kv[1]));
    }
    figures.put("heap_mib", figures.get("heap_bytes") / (1 << 20));
    figures.put("lookup_us", figures.get("lookup_ns") / 1000);
    return figures;
  }

  private static void row(PrintWriter out, String label, String key, Map<String, List<Map<String, Double>>> results,
      String format) {
    out.printf("%-42s %-26s %-26s%n", label, summary(results.get(BenchGeoProbe.TABLE), key, format),
        summary(results.get(BenchGeoProbe.TSV), key, format));
  }

  private static String summary(List<Map<String, Double>> runs, String key, String format) {
    double[] v = runs.stream().mapToDouble(m -> m.get(key)).sorted().toArray();
    return String.format(format + " (" + format + "-" + format + ")", v[v.length / 2], v[0], v[v.length - 1]);
  }
}
