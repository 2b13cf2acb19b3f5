package org.eventline.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.eventline.dedup.Deduplicator;
import org.eventline.dedup.StoryCluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Deduplicates synthetic articles made by a seeded generator, so that the figure is the same on
 * every machine and the right answer is known: each story is a text drawn from one topic's words
 * (stories on one topic share vocabulary, as real ones do), and a share of the articles are
 * copies of earlier stories with other boilerplate, cut short, or lightly edited.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
    description = {"Times near-duplicate detection over synthetic articles from a seeded generator: signatures,",
        "clustering, peak heap, and precision/recall of duplicate pairs against the generator's truth."})
final class BenchDedupCommand implements Callable<Integer> {
  @Option(names = "--articles", defaultValue = "100000", description = "Articles to generate (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--copies", defaultValue = "0.3", description = "Share of articles that copy an earlier story (default: ${DEFAULT-VALUE}).")
  double copies;

  @Option(names = "--words", defaultValue = "400", description = "Mean words per story (default: ${DEFAULT-VALUE}).")
  int words;

  @Option(names = "--seed", defaultValue = "5", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--containment", defaultValue = "0.7", description = "Duplicate threshold (default: ${DEFAULT-VALUE}).")
  double containment;

  @Spec CommandSpec spec;

  private static final int VOCABULARY = 20_000;
  private static final int TOPICS = 200;
  private static final int TOPIC_WORDS = 400;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SplittableRandom random = new SplittableRandom(seed);
    int[] storyOf = new int[articles];
    List<Long> storySeeds = new ArrayList<>();
    Deduplicator dedup = new Deduplicator(containment);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long generateNanos = 0;
    long generateCpu = 0;
    long cpu0 = cpu.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    for (int i = 0; i < articles; i++) {
      long g0 = System.nanoTime();
      long gc0 = cpu.getCurrentThreadCpuTime();
      String text;
      boolean copy = !storySeeds.isEmpty() && random.nextDouble() < copies;
      if (copy) {
        int story = random.nextInt(storySeeds.size());
        storyOf[i] = story;
        text = copyOf(story(storySeeds.get(story)), random);
      } else {
        storyOf[i] = storySeeds.size();
        storySeeds.add(random.nextLong());
        text = story(storySeeds.get(storyOf[i]));
      }
      generateNanos += System.nanoTime() - g0;
      generateCpu += cpu.getCurrentThreadCpuTime() - gc0;
      dedup.add("a" + i, String.format("2024-01-%02d", 1 + i % 28), "site" + (i % 500) + ".example", null, text);
    }
    double addSeconds = (System.nanoTime() - t0 - generateNanos) / 1e9;
    double addCpu = (cpu.getCurrentThreadCpuTime() - cpu0 - generateCpu) / 1e9;
    long c0 = System.nanoTime();
    long ccpu0 = cpu.getCurrentThreadCpuTime();
    List<StoryCluster> clusters = dedup.clusters();
    double clusterSeconds = (System.nanoTime() - c0) / 1e9;
    double clusterCpu = (cpu.getCurrentThreadCpuTime() - ccpu0) / 1e9;

    long[] pr = pairCounts(clusters, storyOf);
    out.printf("articles: %d (%d stories, %d copies), mean %d words per story, seed %d%n",
        articles, storySeeds.size(), articles - storySeeds.size(), words, seed);
    out.printf("generating texts (not counted): %.2f s%n", generateNanos / 1e9);
    out.printf("shingles + MinHash signatures: %.2f s wall, %.2f s CPU (%.1f us CPU per article)%n",
        addSeconds, addCpu, addCpu * 1e6 / articles);
    out.printf("LSH candidates + clustering: %.2f s wall, %.2f s CPU -> %d clusters%n", clusterSeconds, clusterCpu, clusters.size());
    out.printf("dedup total on one thread: %.2f s wall, %.2f s CPU%n", addSeconds + clusterSeconds, addCpu + clusterCpu);
    out.printf("duplicate pairs: true %d, found %d, right %d -> precision %.4f, recall %.4f%n",
        pr[0], pr[1], pr[2], pr[1] == 0 ? 1.0 : pr[2] / (double) pr[1], pr[0] == 0 ? 1.0 : pr[2] / (double) pr[0]);
    Runtime rt = Runtime.getRuntime();
    System.gc();
    out.printf("heap in use after clustering, deduplicator and clusters still held: %d MiB%n",
        (rt.totalMemory() - rt.freeMemory()) >> 20);
    out.printf("peak heap: %d MiB (max %d MiB; includes the generator's garbage)%n",
        HeapSampler.poolPeakSum() >> 20, rt.maxMemory() >> 20);
    if (dedup.size() != articles) {
      throw new IllegalStateException("deduplicator lost articles");
    }
    out.flush();
    return 0;
  }

  /** A story: words drawn from its topic's words (70 %) and the common vocabulary, in sentences. */
  private String story(long storySeed) {
    SplittableRandom r = new SplittableRandom(storySeed);
    int topic = r.nextInt(TOPICS);
    int n = words / 2 + r.nextInt(words);
    StringBuilder b = new StringBuilder(n * 8);
    for (int w = 0; w < n; w++) {
      int word = r.nextDouble() < 0.7
          ? topic * TOPIC_WORDS + zipf(r, TOPIC_WORDS)
          : zipf(r, VOCABULARY);
      b.append('w').append(word);
      b.append(r.nextInt(12) == 0 ? ". " : " ");
    }
    return b.toString();
  }

  /** A copy: other boilerplate around it, and cut short or lightly edited now and then. */
  private static String copyOf(String story, SplittableRandom r) {
    String text = story;
    double kind = r.nextDouble();
    if (kind < 0.3) {
      text = text.substring(0, text.length() * (4 + r.nextInt(6)) / 10); // 40..90 % of it
    } else if (kind < 0.6) {
      String[] words = text.split(" ");
      for (int k = 0; k < words.length / 30; k++) {
        words[r.nextInt(words.length)] = "edit" + r.nextInt(1000);
      }
      text = String.join(" ", words);
    }
    return "Home News World share tweet email print site" + r.nextInt(500) + " menu. " + text
        + " Related stories subscribe to our newsletter copyright " + (2000 + r.nextInt(25));
  }

  /** Skewed word choice: common words common, as in text. */
  private static int zipf(SplittableRandom r, int n) {
    double u = r.nextDouble();
    return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, u)) - 1);
  }

  /** {true pairs, found pairs, right pairs}, counting pairs within clusters and within stories. */
  private static long[] pairCounts(List<StoryCluster> clusters, int[] storyOf) {
    long found = 0;
    long right = 0;
    for (StoryCluster c : clusters) {
      found += pairs(c.size());
      Map<Integer, Integer> byStory = new HashMap<>();
      for (String id : c.articleIds()) {
        byStory.merge(storyOf[Integer.parseInt(id.substring(1))], 1, Integer::sum);
      }
      for (int n : byStory.values()) {
        right += pairs(n);
      }
    }
    Map<Integer, Integer> storySizes = new HashMap<>();
    for (int s : storyOf) {
      storySizes.merge(s, 1, Integer::sum);
    }
    long truth = 0;
    for (int n : storySizes.values()) {
      truth += pairs(n);
    }
    return new long[] {truth, found, right};
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }
}
