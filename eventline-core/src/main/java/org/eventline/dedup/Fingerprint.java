package org.eventline.dedup;

import java.util.Arrays;
import org.eventline.article.Article;

/**
 * One article's near-duplicate fingerprint, for deduplicating where no single {@link Deduplicator}
 * can hold every article (the Spark job): the same shingles, MinHash signature, LSH bands and
 * containment test, so a distributed run finds the pairs a local one would.
 *
 * <pre>{@code
 * Fingerprint a = Fingerprint.of(first), b = Fingerprint.of(second);
 * boolean candidates = Arrays.stream(a.bandKeys()).anyMatch(k -> Arrays.stream(b.bandKeys()).anyMatch(j -> j == k));
 * boolean duplicates = a.isDuplicate(b, Fingerprint.MIN_CONTAINMENT);
 * }</pre>
 *
 * @param shingles how many distinct word 5-shingles the text has; 0 means it can match nothing
 * @param signature the {@code 64} MinHash values
 */
public record Fingerprint(int shingles, int[] signature) {
  /** The {@link Deduplicator}'s default threshold. */
  public static final double MIN_CONTAINMENT = 0.7;

  public Fingerprint {
    if (signature.length != MinHash.SIZE) {
      throw new IllegalArgumentException("a signature has " + MinHash.SIZE + " values, not " + signature.length);
    }
  }

  /** The fingerprint of an article's title and body, as {@link Deduplicator#add(Article)} takes them. */
  public static Fingerprint of(Article a) {
    String text = (a.title() == null ? "" : a.title() + "\n") + a.body();
    long[] shingles = Shingles.of(text);
    int[] signature = new int[MinHash.SIZE];
    MinHash.signature(shingles, signature, 0);
    return new Fingerprint(shingles.length, signature);
  }

  /**
   * One key per LSH band: two articles are candidates when any key is equal. The band number is in
   * the top bits, so keys of different bands never meet in one bucket.
   */
  public long[] bandKeys() {
    long[] keys = new long[Deduplicator.BANDS];
    for (int band = 0; band < Deduplicator.BANDS; band++) {
      keys[band] = ((long) band << 40) | Deduplicator.bandHash(signature, 0, band);
    }
    return keys;
  }

  /** Whether the shorter text's shingles are mostly in the longer, as the {@link Deduplicator} judges a candidate. */
  public boolean isDuplicate(Fingerprint other, double minContainment) {
    if (shingles == 0 || other.shingles == 0) {
      return false;
    }
    int same = 0;
    for (int i = 0; i < MinHash.SIZE; i++) {
      if (signature[i] == other.signature[i]) {
        same++;
      }
    }
    return Deduplicator.containment(same / (double) MinHash.SIZE, shingles, other.shingles) >= minContainment;
  }

  /** Whether a credited source ("Al Waght") names a site (alwaght.com): how a cluster's original is told. */
  public static boolean credits(String creditedSource, String site) {
    return Deduplicator.credits(creditedSource, site);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f && f.shingles == shingles && Arrays.equals(f.signature, signature);
  }

  @Override
  public int hashCode() {
    return 31 * shingles + Arrays.hashCode(signature);
  }

  @Override
  public String toString() {
    return "Fingerprint[shingles=" + shingles + "]";
  }
}
