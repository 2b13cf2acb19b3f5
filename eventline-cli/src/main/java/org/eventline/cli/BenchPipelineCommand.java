package org.eventline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventline.pipeline.Pipeline;
import org.eventline.source.PageFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = {"Times the whole pipeline: model loading, then coding pages (the demo page when none is",
        "given) for a number of rounds after a warm-up round. Reports articles/s, time per article, peak heap."})
final class BenchPipelineCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PAGE", arity = "0..*", description = "Pages or folders to code (default: the demo page).")
  List<Path> pages = new ArrayList<>();

  @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds over all pages (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<String> names = new ArrayList<>();
    List<byte[]> bytes = new ArrayList<>();
    if (pages.isEmpty()) {
      try (InputStream in = BenchPipelineCommand.class.getResourceAsStream("/org/eventline/demo/" + DemoCommand.DEMO_PAGE)) {
        names.add(DemoCommand.DEMO_PAGE);
        bytes.add(in.readAllBytes());
      }
    } else {
      for (Path p : PageFiles.expand(pages)) {
        names.add(p.toString());
        bytes.add(Files.readAllBytes(p));
      }
    }
    long t0 = System.nanoTime();
    Pipeline pipeline = Pipeline.shared();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    long w0 = System.nanoTime();
    int events = 0;
    int sentences = 0;
    int parsed = 0;
    for (int i = 0; i < names.size(); i++) {
      Pipeline.Coded c = pipeline.code(names.get(i), bytes.get(i));
      events += c.events().size();
      sentences += c.sentences();
      parsed += c.parsed();
    }
    double warmSeconds = (System.nanoTime() - w0) / 1e9;
    long r0 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < names.size(); i++) {
        pipeline.code(names.get(i), bytes.get(i));
      }
    }
    double timed = (System.nanoTime() - r0) / 1e9;
    int articles = rounds * names.size();
    out.printf("pages: %d, sentences: %d (%d parsed), events: %d%n", names.size(), sentences, parsed, events);
    out.printf("model load: %.2f s%n", loadSeconds);
    out.printf("first round (cold JIT): %.3f s for %d pages%n", warmSeconds, names.size());
    out.printf("after warm-up: %.1f ms per article, %.2f articles/s on one thread (%d articles)%n",
        timed * 1000 / articles, articles / timed, articles);
    out.printf("peak heap: %d MiB (max %d MiB)%n", peakHeapBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    out.flush();
    return 0;
  }

  static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
