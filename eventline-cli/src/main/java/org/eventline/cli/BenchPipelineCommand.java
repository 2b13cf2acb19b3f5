package org.eventline.cli;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eventline.article.Article;
import org.eventline.article.ArticleExtractor;
import org.eventline.pipeline.InOrder;
import org.eventline.pipeline.Pipeline;
import org.eventline.source.PageFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = {"Times the whole pipeline (page → events): model loading, then coding pages (the demo",
        "page when none is given) on N threads for a number of rounds after a warm-up round.",
        "Reports articles/s, time per article and peak heap. With --constituency K, also times",
        "the first K articles through a PETRARCH-style CoreNLP pipeline (constituency 'parse' of",
        "every sentence) in the same run, and gives the ratio."})
final class BenchPipelineCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PAGE", arity = "0..*", description = "Pages or folders to code (default: the demo page).")
  List<Path> pages = new ArrayList<>();

  @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds over all pages (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--constituency", paramLabel = "K", defaultValue = "0",
      description = "Also time K articles through CoreNLP's constituency parser, as PETRARCH needs (slow).")
  int constituency;

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
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      indexes.add(i);
    }
    HeapSampler heap = HeapSampler.start();
    long t0 = System.nanoTime();
    Pipeline pipeline = Pipeline.shared();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;

    AtomicInteger events = new AtomicInteger();
    AtomicInteger sentences = new AtomicInteger();
    AtomicInteger parsed = new AtomicInteger();
    long w0 = System.nanoTime();
    InOrder.map(indexes, threads, i -> pipeline.code(names.get(i), bytes.get(i)), c -> {
      events.addAndGet(c.events().size());
      sentences.addAndGet(c.sentences());
      parsed.addAndGet(c.parsed());
    });
    double warmSeconds = (System.nanoTime() - w0) / 1e9;
    // CPU time of the worker threads too: on a shared machine wall time counts other people's work.
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    AtomicLong cpuNanos = new AtomicLong();
    long r0 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      InOrder.map(indexes, threads, i -> {
        long c0 = cpu.getCurrentThreadCpuTime();
        Pipeline.Coded c = pipeline.code(names.get(i), bytes.get(i));
        cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - c0);
        return c;
      }, c -> { });
    }
    double timed = (System.nanoTime() - r0) / 1e9;
    int articles = rounds * names.size();
    double eventline = articles / timed;
    out.printf("pages: %d, sentences: %d (%d dependency-parsed), events: %d%n",
        names.size(), sentences.get(), parsed.get(), events.get());
    out.printf("model load: %.2f s%n", loadSeconds);
    out.printf("warm-up round (cold JIT): %.2f s%n", warmSeconds);
    out.printf("Eventline: %.2f articles/s on %d threads (%d articles in %.1f s; %.0f ms per article per thread)%n",
        eventline, threads, articles, timed, timed * 1000 * threads / articles);
    out.printf("CPU time: %.1f ms per article (%.1f articles per CPU-second)%n",
        cpuNanos.get() / 1e6 / articles, articles / (cpuNanos.get() / 1e9));
    out.printf("peak heap in use (sampled every 20 ms, models included): %d MiB of %d MiB allowed%n",
        heap.peakBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    out.printf("live heap after the run (models and caches, after a full collection): %d MiB%n",
        HeapSampler.liveBytes() >> 20);
    if (constituency > 0) {
      int k = Math.min(constituency, names.size());
      double petrarch = constituencyRate(names.subList(0, k), bytes.subList(0, k), out);
      out.printf("constituency pipeline (PETRARCH kind): %.3f articles/s on %d threads; Eventline is %.1f times faster%n",
          petrarch, threads, eventline / petrarch);
    }
    heap.stop();
    out.flush();
    return 0;
  }

  /** Articles per second through tokenize..ner + the constituency parser on every sentence. */
  private double constituencyRate(List<String> names, List<byte[]> bytes, PrintWriter out) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    props.setProperty("parse.maxlen", "100");
    StanfordCoreNLP corenlp = new StanfordCoreNLP(props);
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Article a = ArticleExtractor.extract(names.get(i), bytes.get(i));
      bodies.add((a.title() == null ? "" : a.title() + "\n\n") + a.body());
    }
    corenlp.annotate(new Annotation(bodies.get(0))); // warm-up
    long t0 = System.nanoTime();
    InOrder.map(bodies, threads, b -> {
      corenlp.annotate(new Annotation(b));
      return b;
    }, b -> { });
    double secs = (System.nanoTime() - t0) / 1e9;
    out.printf("constituency pipeline: %d articles in %.1f s%n", bodies.size(), secs);
    return bodies.size() / secs;
  }

}
