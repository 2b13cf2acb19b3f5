package org.eventline.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventline.geo.Focus;
import org.eventline.geo.Gazetteer;

/**
 * One fresh JVM's part of {@code eventline bench geo}: loads the gazetteer one way (the build's
 * table, as {@link Gazetteer#defaults()} does, or the readable TSV files), then times lookups of
 * the names in a file, and prints one line of {@code key=value} figures for the parent to read.
 * A first load is only first in a JVM that has loaded nothing yet, hence a process per load.
 *
 * <pre>{@code java -cp eventline-cli.jar org.eventline.cli.BenchGeoProbe table names.txt 20}</pre>
 */
final class BenchGeoProbe {
  static final String TABLE = "table";
  static final String TSV = "tsv";

  private BenchGeoProbe() {}

  public static void main(String[] args) throws IOException {
    String how = args[0];
    List<String> names = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
    int rounds = Integer.parseInt(args[2]);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long heapBefore = HeapSampler.liveBytes();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    Gazetteer g = switch (how) {
      case TABLE -> Gazetteer.defaults();
      case TSV -> Gazetteer.fromReadableFiles();
      default -> throw new IllegalArgumentException("bench geo probe: load 'table' or 'tsv', not " + how);
    };
    long wall = System.nanoTime() - t0;
    long cpu = threads.getCurrentThreadCpuTime() - cpu0;
    long sinceStart = ManagementFactory.getRuntimeMXBean().getUptime();
    long held = HeapSampler.liveBytes() - heapBefore;

    Focus focus = Focus.none();
    int hits = 0;
    for (String name : names) {
      hits += g.resolve(name, focus, false) == null ? 0 : 1;
    }
    // Warm-up: enough lookups for the JIT to compile resolve and what it calls.
    for (int r = 0; r < Math.max(5, 200_000 / Math.max(1, names.size())); r++) {
      lookUpAll(g, names, focus);
    }
    long l0 = System.nanoTime();
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      sink += lookUpAll(g, names, focus);
    }
    long lookups = (long) rounds * names.size();
    double nsPerLookup = (System.nanoTime() - l0) / (double) Math.max(1, lookups);
    Reference.reachabilityFence(g);
    System.out.printf("load_wall_ms=%.1f load_cpu_ms=%.1f jvm_ms=%d heap_bytes=%d lookup_ns=%.1f names=%d hits=%d sink=%d%n",
        wall / 1e6, cpu / 1e6, sinceStart, held, nsPerLookup, names.size(), hits, sink);
  }

  private static long lookUpAll(Gazetteer g, List<String> names, Focus focus) {
    long found = 0;
    for (String name : names) {
      found += g.resolve(name, focus, false) == null ? 0 : 1;
    }
    return found;
  }
}
