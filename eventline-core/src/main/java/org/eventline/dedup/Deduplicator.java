package org.eventline.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eventline.article.Article;

/**
 * Finds near-duplicate articles and groups them into stories.
 *
 * <pre>{@code
 * Deduplicator d = new Deduplicator();
 * for (Article a : articles) d.add(a);
 * List<StoryCluster> stories = d.clusters();
 * }</pre>
 *
 * <p>Each article is kept only as a 64-number MinHash signature of its word 5-shingles (title and
 * body), its shingle count and four short strings: about 400 bytes, so a million articles fit in
 * half a gigabyte. Candidate pairs come from LSH banding (32 bands of 2 rows: a pair of Jaccard
 * similarity 0.3 becomes a candidate with probability 0.95, one of 0.05 with 0.08); a candidate
 * is a duplicate when the shorter article's shingles are mostly in the longer one (estimated
 * containment at least 0.7 by default), so a shortened copy joins its original while another
 * story on the same topic, which shares phrases but few five-word runs, stays apart.
 *
 * <p>Not thread-safe: one deduplicator per batch; {@code add} is the costly part and may be fed
 * from one thread while others read and code pages.
 */
public final class Deduplicator {
  static final int BANDS = 32;
  static final int ROWS = MinHash.SIZE / BANDS;
  /** Articles per deduplicator: the index shares a 64-bit word with a 40-bit band hash. */
  static final int MAX_ARTICLES = 1 << 24;
  /** Above this many articles in one bucket (boilerplate-only pages), each is compared to the first only. */
  private static final int LARGE_BUCKET = 64;

  private final double minContainment;
  private int size;
  private int[] signatures = new int[1024 * MinHash.SIZE];
  private int[] shingleCounts = new int[1024];
  private String[] ids = new String[1024];
  private String[] published = new String[1024];
  private String[] sites = new String[1024];
  private String[] credited = new String[1024];

  /** Containment 0.7: on the synthetic benchmark, 0.8 lost lightly edited copies (recall 0.95) and 0.7 kept precision at 1. */
  public Deduplicator() {
    this(0.7);
  }

  /** @param minContainment share of the shorter article's shingles that must be in the longer, 0..1 */
  public Deduplicator(double minContainment) {
    if (minContainment <= 0 || minContainment > 1) {
      throw new IllegalArgumentException("containment threshold is in (0, 1], not " + minContainment);
    }
    this.minContainment = minContainment;
  }

  /** Adds an article: its title and body are what is compared; failed articles are their own story. */
  public void add(Article a) {
    String text = (a.title() == null ? "" : a.title() + "\n") + a.body();
    add(a.id(), a.published(), a.site(), a.source(), text);
  }

  /**
   * Adds a text under an id.
   *
   * @param publishedAt ISO date or date-time, or null; the earliest is the original when none is credited
   * @param site the publishing site ("theiranproject.com"), or null
   * @param creditedSource the original publisher this text credits ("Al Waght"), or null
   */
  public void add(String id, String publishedAt, String site, String creditedSource, String text) {
    if (size == MAX_ARTICLES) {
      throw new IllegalStateException("a deduplicator holds at most " + MAX_ARTICLES + " articles; split the batch");
    }
    grow();
    long[] shingles = Shingles.of(text);
    MinHash.signature(shingles, signatures, size * MinHash.SIZE);
    shingleCounts[size] = shingles.length;
    ids[size] = id;
    published[size] = publishedAt;
    sites[size] = site;
    credited[size] = creditedSource;
    size++;
  }

  public int size() {
    return size;
  }

  /** Every pair of duplicates found, each once, the earlier-added article first. */
  public List<DuplicatePair> pairs() {
    List<DuplicatePair> out = new ArrayList<>();
    forEachDuplicate((a, b, jaccard, containment) -> out.add(new DuplicatePair(ids[a], ids[b], jaccard, containment)));
    return out;
  }

  /** Stories: every article in exactly one cluster (most alone), in the order their first article was added. */
  public List<StoryCluster> clusters() {
    int[] parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
    forEachDuplicate((a, b, jaccard, containment) -> union(parent, a, b));
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      members.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<StoryCluster> out = new ArrayList<>(members.size());
    for (List<Integer> m : members.values()) {
      int original = original(m);
      List<String> clusterIds = new ArrayList<>(m.size());
      clusterIds.add(ids[original]);
      for (int i : m) {
        if (i != original) {
          clusterIds.add(ids[i]);
        }
      }
      out.add(new StoryCluster(ids[original], clusterIds));
    }
    return out;
  }

  private interface PairSink {
    void accept(int a, int b, double jaccard, double containment);
  }

  /** LSH banding by sorting: per band, (band hash, index) words sorted, equal hashes are candidates. */
  private void forEachDuplicate(PairSink sink) {
    Map<Long, Boolean> seen = new HashMap<>();
    long[] keys = new long[size];
    for (int band = 0; band < BANDS; band++) {
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (shingleCounts[i] > 0) {
          keys[n++] = (bandHash(i, band) << 24) | i;
        }
      }
      Arrays.sort(keys, 0, n);
      int runStart = 0;
      for (int k = 1; k <= n; k++) {
        if (k < n && (keys[k] >>> 24) == (keys[runStart] >>> 24)) {
          continue;
        }
        int run = k - runStart;
        for (int x = runStart + 1; x < k; x++) {
          int b = (int) (keys[x] & 0xFFFFFF);
          // Pair each with the first and, in ordinary buckets, with every earlier one.
          int to = run > LARGE_BUCKET ? runStart + 1 : x;
          for (int y = runStart; y < to; y++) {
            int a = (int) (keys[y] & 0xFFFFFF);
            check(Math.min(a, b), Math.max(a, b), seen, sink);
          }
        }
        runStart = k;
      }
    }
  }

  private void check(int a, int b, Map<Long, Boolean> seen, PairSink sink) {
    if (seen.putIfAbsent(((long) a << 32) | b, Boolean.TRUE) != null) {
      return;
    }
    double jaccard = MinHash.jaccard(signatures, a, b);
    double containment = containment(jaccard, shingleCounts[a], shingleCounts[b]);
    if (containment >= minContainment) {
      sink.accept(a, b, jaccard, containment);
    }
  }

  /** |A∩B| / min(|A|,|B|) from Jaccard J and the sizes: |A∩B| = J(|A|+|B|)/(1+J). */
  static double containment(double jaccard, int sizeA, int sizeB) {
    double common = jaccard * (sizeA + sizeB) / (1 + jaccard);
    return Math.min(1, common / Math.min(sizeA, sizeB));
  }

  /** 40 bits from the band's rows of one signature. */
  private long bandHash(int article, int band) {
    return bandHash(signatures, article * MinHash.SIZE, band);
  }

  /** The band hash of the signature at {@code offset}; shared with {@link Fingerprint#bandKeys()}. */
  static long bandHash(int[] signatures, int offset, int band) {
    long h = band;
    int base = offset + band * ROWS;
    for (int r = 0; r < ROWS; r++) {
      h = Shingles.mix(h * 0x100000001B3L + signatures[base + r]);
    }
    return h >>> 24;
  }

  /** The member the others credit as their source, else the earliest published, else the first added. */
  private int original(List<Integer> members) {
    int best = members.get(0);
    int bestCredits = -1;
    for (int i : members) {
      int credits = 0;
      for (int j : members) {
        if (j != i && credits(credited[j], sites[i])) {
          credits++;
        }
      }
      if (credits > bestCredits || (credits == bestCredits && earlier(published[i], published[best]))) {
        best = i;
        bestCredits = credits;
      }
    }
    return best;
  }

  /** "Al Waght" credits alwaght.com: the credited name's letters are in the site's name. */
  static boolean credits(String creditedSource, String site) {
    if (creditedSource == null || site == null) {
      return false;
    }
    String c = letters(creditedSource);
    String s = letters(site.startsWith("www.") ? site.substring(4) : site);
    return c.length() >= 3 && s.contains(c);
  }

  private static String letters(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(ch)) {
        b.append(ch);
      }
    }
    return b.toString();
  }

  private static boolean earlier(String a, String b) {
    return a != null && (b == null || a.compareTo(b) < 0);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private void grow() {
    if (size < ids.length) {
      return;
    }
    int cap = ids.length * 2;
    signatures = Arrays.copyOf(signatures, cap * MinHash.SIZE);
    shingleCounts = Arrays.copyOf(shingleCounts, cap);
    ids = Arrays.copyOf(ids, cap);
    published = Arrays.copyOf(published, cap);
    sites = Arrays.copyOf(sites, cap);
    credited = Arrays.copyOf(credited, cap);
  }
}
