package org.eventline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.GZIPInputStream;

/**
 * The arc-standard neural dependency parser of Chen and Manning (2014), running CoreNLP's own
 * trained English UD model ({@code english_UD.gz}, the model CoreNLP's {@code depparse} uses), with
 * a forward pass built for speed. The parses are CoreNLP's: same model, same features, same
 * transition rules, same conversion to enhanced++ dependencies; only the arithmetic is ours.
 *
 * <p>Why not call {@code edu.stanford.nlp.parser.nndep.DependencyParser}: its hidden layer has
 * 1,000 units, and it keeps the hidden-layer products of the 100,000 most frequent training
 * features as {@code double[1000]} rows (800 MB of heap), then multiplies the output layer as
 * mixed double-by-float dot products the JIT cannot vectorise. Profiles showed 90% of Eventline's
 * parsing time in those two loops. Here the layers are {@code float} arrays laid out so every
 * inner loop is an element-wise update the JIT turns into SIMD instructions, and a feature's
 * hidden-layer product is computed the first time a sentence needs it and kept (up to
 * {@link #CACHE_ROWS} rows), so memory follows the vocabulary actually seen. Parsing a sentence
 * becomes 10 to 20 times cheaper. {@code TransitionParserTest} checks that the trees equal CoreNLP's.
 *
 * <p>Thread-safe: the weights are read-only, each parse keeps its state on its own stack, and
 * cached rows are published through an {@link AtomicReferenceArray}.
 */
public final class TransitionParser {
  /** The model CoreNLP's dependency parser loads by default for English. */
  public static final String DEFAULT_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  /** Cached hidden-layer products, each {@code hiddenSize} floats (4 kB): at most 240 MB. */
  static final int CACHE_ROWS = 60_000;

  private static final String UNKNOWN = "-UNKNOWN-";
  private static final String NULL = "-NULL-";
  private static final String ROOT = "-ROOT-";
  // The 48 features: 18 words, 18 POS tags, 12 arc labels (Chen and Manning 2014, table 1).
  private static final int WORDS = 18;
  private static final int TAGS = 18;
  private static final int FEATURES = WORDS + TAGS + 12;

  private final Map<String, Integer> wordIds;
  private final Map<String, Integer> tagIds;
  private final int[] labelIds; // label index in labels -> row of E
  private final int nullLabelId;
  private final List<String> labels; // arc labels without -NULL-; labels.get(0) is the root label
  private final int embedding;
  private final int hidden;
  private final float[][] embeddings; // E: rows of words, then tags, then labels
  private final float[][] w1ByInput;  // W1 transposed: one row of hiddenSize weights per input unit
  private final float[] bias;
  private final float[][] w2ByHidden; // W2 transposed: one row of transition scores per hidden unit
  private final AtomicReferenceArray<float[]> products; // (feature, E row) -> W1 slice x E row
  private final AtomicInteger cached = new AtomicInteger();
  private final int transitions;

  private TransitionParser(Map<String, Integer> wordIds, Map<String, Integer> tagIds, List<String> labels,
      float[][] embeddings, float[][] w1ByInput, float[] bias, float[][] w2ByHidden, int labelBase) {
    this.wordIds = wordIds;
    this.tagIds = tagIds;
    this.labels = labels;
    this.embeddings = embeddings;
    this.embedding = embeddings[0].length;
    this.hidden = bias.length;
    this.w1ByInput = w1ByInput;
    this.bias = bias;
    this.w2ByHidden = w2ByHidden;
    this.nullLabelId = labelBase;
    this.labelIds = new int[labels.size()];
    for (int i = 0; i < labels.size(); i++) {
      labelIds[i] = labelBase + 1 + i;
    }
    this.transitions = 2 * labels.size() + 1;
    if (w2ByHidden[0].length != transitions || w1ByInput.length != FEATURES * embedding) {
      throw new IllegalStateException("dependency model: layer sizes do not fit " + labels.size()
          + " labels and " + FEATURES + " features");
    }
    this.products = new AtomicReferenceArray<>(FEATURES * embeddings.length);
  }

  /** Loads CoreNLP's English UD model from the classpath (the CoreNLP models jar). */
  public static TransitionParser load() {
    InputStream in = TransitionParser.class.getClassLoader().getResourceAsStream(DEFAULT_MODEL);
    if (in == null) {
      throw new IllegalStateException(DEFAULT_MODEL + " is not on the classpath: the stanford-corenlp "
          + "models jar is missing");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
        StandardCharsets.UTF_8), 1 << 16)) {
      return read(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_MODEL, e);
    }
  }

  /**
   * Reads the text model format CoreNLP writes ({@code DependencyParser.writeModelFile}): seven
   * {@code key=value} lines, one embedding line per word, tag and label, then W1 one input unit a
   * line, the bias line, W2 one hidden unit a line, and the precomputed-feature list (unused here).
   */
  static TransitionParser read(BufferedReader r) throws IOException {
    int words = header(r, "dict");
    int tags = header(r, "pos");
    int labelCount = header(r, "label");
    int embedding = header(r, "embeddingSize");
    int hidden = header(r, "hiddenSize");
    int tokens = header(r, "numTokens");
    header(r, "preComputed");
    if (tokens != FEATURES) {
      throw new IOException("dependency model: " + tokens + " features, expected " + FEATURES);
    }
    float[][] e = new float[words + tags + labelCount][];
    Map<String, Integer> wordIds = new HashMap<>(words * 2);
    Map<String, Integer> tagIds = new HashMap<>();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < e.length; i++) {
      String line = r.readLine();
      if (line == null) {
        throw new IOException("dependency model: embeddings end at row " + i);
      }
      int space = line.indexOf(' ');
      String name = line.substring(0, space);
      e[i] = floats(line, space + 1, embedding);
      if (i < words) {
        wordIds.put(name, i);
      } else if (i < words + tags) {
        tagIds.put(name, i);
      } else if (i > words + tags) { // the first label row is -NULL-
        labels.add(name);
      }
    }
    float[][] w1 = new float[tokens * embedding][];
    for (int j = 0; j < w1.length; j++) {
      w1[j] = floats(line(r), 0, hidden);
    }
    float[] bias = floats(line(r), 0, hidden);
    float[][] w2 = new float[hidden][];
    for (int i = 0; i < hidden; i++) {
      w2[i] = floats(line(r), 0, 2 * (labelCount - 1) + 1);
    }
    return new TransitionParser(wordIds, tagIds, List.copyOf(labels), e, w1, bias, w2, words + tags);
  }

  private static int header(BufferedReader r, String key) throws IOException {
    String line = line(r);
    if (!line.startsWith(key + "=")) {
      throw new IOException("dependency model: expected " + key + "=, found " + line);
    }
    return Integer.parseInt(line.substring(key.length() + 1).trim());
  }

  private static String line(BufferedReader r) throws IOException {
    String line = r.readLine();
    if (line == null) {
      throw new IOException("dependency model: the file ends early");
    }
    return line;
  }

  private static float[] floats(String line, int from, int count) throws IOException {
    float[] out = new float[count];
    int p = from;
    for (int k = 0; k < count; k++) {
      int end = line.indexOf(' ', p);
      if (end < 0) {
        end = line.length();
      }
      if (p >= end) {
        throw new IOException("dependency model: a row has " + k + " values, expected " + count);
      }
      out[k] = Float.parseFloat(line.substring(p, end));
      p = end + 1;
    }
    return out;
  }

  /**
   * Parses one tagged sentence (CoreLabels with word and tag, indexed from 1) into CoreNLP's
   * grammatical structure, as {@code DependencyParser.predict} does.
   */
  public GrammaticalStructure parse(List<CoreLabel> tokens) {
    int[] heads = new int[tokens.size() + 1];
    int[] arcLabels = new int[tokens.size() + 1];
    predict(tokens, heads, arcLabels);
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    List<TypedDependency> deps = new ArrayList<>(tokens.size());
    for (int i = 1; i <= tokens.size(); i++) {
      int head = heads[i];
      IndexedWord word = new IndexedWord(tokens.get(i - 1));
      IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(labels.get(arcLabels[i]));
      deps.add(new TypedDependency(relation, governor, word));
    }
    return new UniversalEnglishGrammaticalStructure(deps, new TreeGraphNode(root));
  }

  private static GrammaticalRelation relation(String label) {
    GrammaticalRelation r = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
    return r != null ? r : new GrammaticalRelation(edu.stanford.nlp.international.Language.UniversalEnglish,
        label, null, GrammaticalRelation.DEPENDENT);
  }

  /**
   * Runs the transition system; fills {@code heads[i]} (0 for the root) and {@code arcLabels[i]}
   * (an index into the labels) for tokens 1..n.
   */
  void predict(List<CoreLabel> tokens, int[] heads, int[] arcLabels) {
    int n = tokens.size();
    // Node 0 is ROOT; nodes 1..n the tokens. Words and tags are looked up once per sentence.
    int[] wordOf = new int[n + 1];
    int[] tagOf = new int[n + 1];
    wordOf[0] = wordIds.get(ROOT);
    tagOf[0] = tagIds.get(ROOT);
    int unknownWord = wordIds.get(UNKNOWN);
    int unknownTag = tagIds.get(UNKNOWN);
    for (int i = 1; i <= n; i++) {
      CoreLabel t = tokens.get(i - 1);
      wordOf[i] = wordIds.getOrDefault(t.word(), unknownWord);
      tagOf[i] = tagIds.getOrDefault(t.tag(), unknownTag);
    }
    int nullWord = wordIds.get(NULL);
    int nullTag = tagIds.get(NULL);
    Arrays.fill(heads, -1);
    Arrays.fill(arcLabels, -1);
    int[] stack = new int[n + 1];
    int depth = 1; // stack[0] = ROOT
    int next = 1;  // first node of the buffer
    // The nodes the 18 word and tag features read: s2, s1, s0, b0, b1, b2, then six children each
    // of s0 and s1, whose arc labels are the 12 label features. -1 where there is no such node.
    int[] nodes = new int[WORDS];
    int[] features = new int[FEATURES];
    float[] h = new float[hidden];
    float[] scores = new float[transitions];
    int labelCount = labels.size();
    while (depth > 1 || next <= n) {
      int s0 = stack[depth - 1];
      int s1 = depth >= 2 ? stack[depth - 2] : -1;
      nodes[0] = depth >= 3 ? stack[depth - 3] : -1;
      nodes[1] = s1;
      nodes[2] = s0;
      for (int b = 0; b < 3; b++) {
        nodes[3 + b] = next + b <= n ? next + b : -1;
      }
      for (int j = 0; j < 2; j++) {
        int k = j == 0 ? s0 : s1;
        int lc = leftChild(heads, k, 1);
        int rc = rightChild(heads, n, k, 1);
        int at = 6 + j * 6;
        nodes[at] = lc;
        nodes[at + 1] = rc;
        nodes[at + 2] = leftChild(heads, k, 2);
        nodes[at + 3] = rightChild(heads, n, k, 2);
        nodes[at + 4] = leftChild(heads, lc, 1);
        nodes[at + 5] = rightChild(heads, n, rc, 1);
      }
      for (int f = 0; f < WORDS; f++) {
        int node = nodes[f];
        features[f] = node < 0 ? nullWord : wordOf[node];
        features[WORDS + f] = node < 0 ? nullTag : tagOf[node];
        if (f >= 6) {
          features[WORDS + TAGS + f - 6] = node <= 0 ? nullLabelId : labelIds[arcLabels[node]];
        }
      }
      score(features, h, scores);
      // The best transition the configuration allows (ArcStandard.canApply, single root).
      int best = -1;
      float bestScore = Float.NEGATIVE_INFINITY;
      for (int t = 0; t < transitions; t++) {
        if (scores[t] > bestScore && allowed(t, labelCount, s0, s1, depth, n - next + 1)) {
          best = t;
          bestScore = scores[t];
        }
      }
      if (best < 0) {
        throw new IllegalStateException("dependency parser: no transition allowed");
      }
      if (best < labelCount) {        // LEFT-ARC: s1 <- s0
        heads[s1] = s0;
        arcLabels[s1] = best;
        stack[depth - 2] = s0;
        depth--;
      } else if (best < 2 * labelCount) { // RIGHT-ARC: s1 -> s0
        heads[s0] = s1;
        arcLabels[s0] = best - labelCount;
        depth--;
      } else {                        // SHIFT
        stack[depth++] = next++;
      }
    }
  }

  private static boolean allowed(int t, int labelCount, int s0, int s1, int depth, int buffered) {
    if (t == 2 * labelCount) {
      return buffered > 0;
    }
    boolean left = t < labelCount;
    int label = left ? t : t - labelCount;
    int head = left ? s0 : s1;
    if (head < 0 || (head == 0) != (label == 0)) {
      return false; // only the root takes the root label, and it takes no other
    }
    return left ? depth > 2 : depth > 2 || (depth == 2 && buffered == 0);
  }

  private static int leftChild(int[] heads, int k, int count) {
    if (k < 0) {
      return -1;
    }
    int c = 0;
    for (int i = 1; i < k; i++) {
      if (heads[i] == k && ++c == count) {
        return i;
      }
    }
    return -1;
  }

  private static int rightChild(int[] heads, int n, int k, int count) {
    if (k < 0) {
      return -1;
    }
    int c = 0;
    for (int i = n; i > k; i--) {
      if (heads[i] == k && ++c == count) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The network: hidden = (W1 x + b1)^3, scores = W2 hidden. Four rows at a time, so that each
   * pass over {@code h} and {@code scores} loads and stores them once for four rows.
   */
  private void score(int[] features, float[] h, float[] scores) {
    System.arraycopy(bias, 0, h, 0, hidden);
    for (int j = 0; j < FEATURES; j += 4) { // FEATURES is a multiple of 4
      float[] p0 = product(j, features[j]);
      float[] p1 = product(j + 1, features[j + 1]);
      float[] p2 = product(j + 2, features[j + 2]);
      float[] p3 = product(j + 3, features[j + 3]);
      for (int i = 0; i < hidden; i++) {
        h[i] += (p0[i] + p1[i]) + (p2[i] + p3[i]);
      }
    }
    Arrays.fill(scores, 0f);
    int i = 0;
    for (; i + 3 < hidden; i += 4) {
      float c0 = h[i] * h[i] * h[i];
      float c1 = h[i + 1] * h[i + 1] * h[i + 1];
      float c2 = h[i + 2] * h[i + 2] * h[i + 2];
      float c3 = h[i + 3] * h[i + 3] * h[i + 3];
      float[] w0 = w2ByHidden[i];
      float[] w1 = w2ByHidden[i + 1];
      float[] w2 = w2ByHidden[i + 2];
      float[] w3 = w2ByHidden[i + 3];
      for (int t = 0; t < scores.length; t++) {
        scores[t] += (w0[t] * c0 + w1[t] * c1) + (w2[t] * c2 + w3[t] * c3);
      }
    }
    for (; i < hidden; i++) {
      float c = h[i] * h[i] * h[i];
      float[] w = w2ByHidden[i];
      for (int t = 0; t < scores.length; t++) {
        scores[t] += w[t] * c;
      }
    }
  }

  /** The hidden-layer product of feature {@code j} having E row {@code row}; cached. */
  private float[] product(int j, int row) {
    int slot = j * embeddings.length + row;
    float[] p = products.get(slot);
    if (p != null) {
      return p;
    }
    p = new float[hidden];
    float[] e = embeddings[row];
    int base = j * embedding;
    for (int k = 0; k < embedding; k++) {
      float x = e[k];
      float[] w = w1ByInput[base + k];
      for (int i = 0; i < hidden; i++) {
        p[i] += w[i] * x;
      }
    }
    if (cached.get() < CACHE_ROWS && products.compareAndSet(slot, null, p)) {
      cached.incrementAndGet();
    }
    return p;
  }
}
