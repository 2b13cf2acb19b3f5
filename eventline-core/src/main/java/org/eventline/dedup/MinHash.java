package org.eventline.dedup;

/**
 * MinHash signatures: for each of {@link #SIZE} hash functions, the least hash over a shingle set.
 * Two sets agree in a position with probability equal to their Jaccard similarity.
 *
 * <p>Written here rather than taken from {@code info.debatty:java-lsh}, the library that fits:
 * its {@code MinHash.signature} takes a boxed {@code Set<Integer>}, sorts it, and computes each
 * permutation with a 64-bit modulo; over 100,000 articles that was several times slower than
 * multiply-shift hashing of 64-bit shingle hashes (see docs/BENCHMARKS.md), and the
 * 32-bit dictionary it needs would fold our 64-bit shingle hashes.
 */
final class MinHash {
  static final int SIZE = 64;
  private static final long[] MULTIPLIERS = new long[SIZE];
  private static final long[] INCREMENTS = new long[SIZE];

  static {
    long s = 0x5DEECE66DL; // fixed: signatures must compare across runs and machines
    for (int i = 0; i < SIZE; i++) {
      s = Shingles.mix(s + 0x9E3779B97F4A7C15L);
      MULTIPLIERS[i] = s | 1;
      s = Shingles.mix(s + 0x9E3779B97F4A7C15L);
      INCREMENTS[i] = s;
    }
  }

  private MinHash() {}

  /** Writes the signature of a shingle set into {@code into[offset .. offset+SIZE)}. */
  static void signature(long[] shingles, int[] into, int offset) {
    for (int i = 0; i < SIZE; i++) {
      into[offset + i] = Integer.MAX_VALUE;
    }
    for (long shingle : shingles) {
      for (int i = 0; i < SIZE; i++) {
        // Multiply-shift hashing: shingle hashes are already well mixed, so an odd multiplier and
        // the top bits make a fresh permutation per function at two instructions each.
        int h = (int) ((MULTIPLIERS[i] * shingle + INCREMENTS[i]) >>> 33);
        if (h < into[offset + i]) {
          into[offset + i] = h;
        }
      }
    }
  }

  /** The share of positions where two signatures agree: an estimate of Jaccard similarity. */
  static double jaccard(int[] signatures, int a, int b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (signatures[a * SIZE + i] == signatures[b * SIZE + i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }
}
