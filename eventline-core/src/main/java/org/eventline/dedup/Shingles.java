package org.eventline.dedup;

import java.util.Arrays;

/**
 * The set of word 5-shingles of a text, each as a 64-bit hash. Words are runs of letters and
 * digits, lower-cased, so punctuation, case and spacing changes between sites do not count. Five
 * words: long enough that two different stories on one topic share few shingles ("the Syrian
 * government's forces" recurs; whole clauses do not), short enough that edits break few of them.
 */
final class Shingles {
  static final int WORDS = 5;

  private Shingles() {}

  /** Distinct shingle hashes, sorted; a text of fewer than five words gives one shingle of all of it. */
  static long[] of(String text) {
    long[] words = wordHashes(text);
    if (words.length == 0) {
      return new long[0];
    }
    int count = Math.max(1, words.length - WORDS + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = i; j < Math.min(words.length, i + WORDS); j++) {
        h = mix(h * 31 + words[j]);
      }
      out[i] = h;
    }
    Arrays.sort(out);
    int distinct = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[distinct++] = out[i];
      }
    }
    return Arrays.copyOf(out, distinct);
  }

  private static long[] wordHashes(String text) {
    long[] words = new long[Math.max(16, text.length() / 5)];
    int n = 0;
    long h = 0;
    boolean inWord = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        h = h * 1_000_003 + Character.toLowerCase(c);
        inWord = true;
      } else if (inWord) {
        if (n == words.length) {
          words = Arrays.copyOf(words, n * 2);
        }
        words[n++] = mix(h);
        h = 0;
        inWord = false;
      }
    }
    return Arrays.copyOf(words, n);
  }

  /** SplitMix64's finaliser: spreads every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
