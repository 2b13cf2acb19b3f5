package org.eventline.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ScrapingHub article-extraction benchmark's metric, as its README defines it: 4-gram shingles
 * of {@code \w+} tokens counted with multiplicity, each page's tp/fp/fn normalised so that every
 * page weighs the same, precision and recall averaged over pages, F1 of the two means.
 */
final class ShingleScore {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  private double precisionSum;
  private int precisionPages;
  private double recallSum;
  private int recallPages;
  private int exact;
  /** Pages by recall decile, 0..10: where recall is lost (a wrong container or a missed part). */
  private final int[] recallDeciles = new int[11];
  private final int[] precisionDeciles = new int[11];
  private int pages;

  /** Adds one page: the expected body and what a system extracted (null counts as empty). */
  void add(String truth, String predicted) {
    List<String> t = tokens(truth);
    List<String> p = tokens(predicted);
    pages++;
    if (t.equals(p)) {
      exact++;
    }
    Map<String, Integer> tc = shingles(t);
    Map<String, Integer> pc = shingles(p);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<String, Integer> e : pc.entrySet()) {
      int inTruth = tc.getOrDefault(e.getKey(), 0);
      tp += Math.min(inTruth, e.getValue());
      fp += Math.max(0, e.getValue() - inTruth);
    }
    for (Map.Entry<String, Integer> e : tc.entrySet()) {
      fn += Math.max(0, e.getValue() - pc.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    if (sum == 0) {
      return;
    }
    tp /= sum;
    fp /= sum;
    fn /= sum;
    if (tp + fp > 0) {
      precisionSum += ratio(tp, fp);
      precisionDeciles[(int) (ratio(tp, fp) * 10)]++;
      precisionPages++;
    }
    if (tp + fn > 0) {
      recallSum += ratio(tp, fn);
      recallDeciles[(int) (ratio(tp, fn) * 10)]++;
      recallPages++;
    }
  }

  /** tp / (tp + miss), 1 when nothing was missed, 0 when nothing matched. */
  private static double ratio(double tp, double miss) {
    if (miss == 0) {
      return 1;
    }
    return tp == 0 ? 0 : tp / (tp + miss);
  }

  /** Page counts per decile of precision and recall, for finding where a system loses. */
  String histogram() {
    return "precision deciles " + java.util.Arrays.toString(precisionDeciles)
        + ", recall deciles " + java.util.Arrays.toString(recallDeciles);
  }

  double precision() {
    return precisionPages == 0 ? 0 : precisionSum / precisionPages;
  }

  double recall() {
    return recallPages == 0 ? 0 : recallSum / recallPages;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double accuracy() {
    return pages == 0 ? 0 : (double) exact / pages;
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text != null) {
      Matcher m = TOKEN.matcher(text);
      while (m.find()) {
        out.add(m.group());
      }
    }
    return out;
  }

  /** 4-grams with counts; a text of fewer than four tokens is one shingle (none when empty). */
  private static Map<String, Integer> shingles(List<String> tokens) {
    Map<String, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < N) {
      out.put(String.join(" ", tokens), 1);
      return out;
    }
    for (int i = 0; i + N <= tokens.size(); i++) {
      out.merge(String.join(" ", tokens.subList(i, i + N)), 1, Integer::sum);
    }
    return out;
  }
}
