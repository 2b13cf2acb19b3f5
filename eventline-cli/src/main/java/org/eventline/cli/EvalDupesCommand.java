package org.eventline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.eventline.article.Article;
import org.eventline.article.ArticleExtractor;
import org.eventline.ingest.Ingest;
import org.eventline.pipeline.Pipeline;
import org.eventline.source.SourceOptions;
import org.eventline.source.Sources;
import org.eventline.store.EventStore;
import org.eventline.store.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval-dupes", mixinStandardHelpOptions = true,
    description = {"Scores duplicate detection through the store: ingests the pages into a fresh store",
        "(articles only, no event coding), reads back each article's story, and compares the pairs of",
        "files that share a story with the true pairs (devset/dupes/pairs.tsv): precision and recall."})
final class EvalDupesCommand implements Callable<Integer> {
  @Option(names = "--pairs", required = true, paramLabel = "TSV", description = "True pairs: two file names a line; # starts a comment.")
  Path pairs;

  @Option(names = "--dir", paramLabel = "DIR", description = "Data folder for the store (default: a new temporary one).")
  Path dir;

  @Option(names = {"-v", "--verbose"}, description = "List the pairs missed and the pairs wrongly joined.")
  boolean verbose;

  @Mixin PagesOption pages;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Set<String> truth = new TreeSet<>();
    for (String line : Files.readAllLines(pairs)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t");
        truth.add(pair(f[0], f[1]));
      }
    }
    Path data = dir != null ? dir : Files.createTempDirectory("eventline-dupes");
    List<Path> files = pages.files();
    Set<String> found = new TreeSet<>();
    long t0 = System.nanoTime();
    try (EventStore store = EventStore.open(data)) {
      Ingest.into(store, a -> new Pipeline.Coded(a, List.of(), 0, 0)).threads(1)
          .run(Sources.open(files.stream().map(Path::toString).toList(), SourceOptions.defaults()));
      // Pages whose extracted title and body are the same are one article (its id is their hash):
      // the store keeps it once, which is finding them duplicates of each other.
      Map<String, List<String>> filesOf = new HashMap<>();
      List<String> ids = new ArrayList<>();
      for (Path p : files) {
        Article a = ArticleExtractor.extract(p);
        filesOf.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(p.getFileName().toString());
        ids.add(a.id());
      }
      Set<String> seen = new HashSet<>();
      for (String id : ids) {
        Story s = store.story(id).orElse(null);
        if (s == null || !seen.add(s.id())) {
          continue;
        }
        List<String> names = new ArrayList<>();
        s.articles().forEach(c -> names.addAll(filesOf.getOrDefault(c.id(), List.of())));
        for (int i = 0; i < names.size(); i++) {
          for (int j = i + 1; j < names.size(); j++) {
            found.add(pair(names.get(i), names.get(j)));
          }
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Set<String> right = new TreeSet<>(found);
    right.retainAll(truth);
    double p = found.isEmpty() ? 1 : right.size() / (double) found.size();
    double r = truth.isEmpty() ? 1 : right.size() / (double) truth.size();
    out.printf("%d pages, %d true duplicate pairs, %d found, %d right%n", files.size(), truth.size(), found.size(), right.size());
    out.printf("precision %.3f, recall %.3f, F1 %.3f (%.1f s through ingest and the store)%n", p, r,
        p + r == 0 ? 0 : 2 * p * r / (p + r), seconds);
    if (verbose) {
      truth.stream().filter(x -> !found.contains(x)).forEach(x -> out.println("missed: " + x));
      found.stream().filter(x -> !truth.contains(x)).forEach(x -> out.println("wrongly joined: " + x));
    }
    return 0;
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\t" + b : b + "\t" + a;
  }
}
