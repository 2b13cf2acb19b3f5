package org.eventline.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use at once during a benchmark, sampled every 20 ms. The JVM's per-pool peaks
 * cannot be added up (each pool peaks at a different moment), so a benchmark samples the total.
 */
final class HeapSampler {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile long peak;
  private volatile boolean running = true;

  private HeapSampler() {
    thread = new Thread(() -> {
      while (running) {
        sample();
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    thread.setDaemon(true);
  }

  static HeapSampler start() {
    HeapSampler s = new HeapSampler();
    s.thread.start();
    return s;
  }

  private void sample() {
    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
  }

  long peakBytes() {
    sample();
    return peak;
  }

  /**
   * The sum of the heap pools' own peaks since start: an upper bound of the peak in use, for
   * benchmarks that do not run a sampler.
   */
  static long poolPeakSum() {
    long sum = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /**
   * Heap still reachable: used heap after a full collection. The peak above counts garbage the
   * collector has not yet had reason to reclaim; this is what the process really holds.
   */
  static long liveBytes() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  void stop() {
    running = false;
    thread.interrupt();
  }
}
