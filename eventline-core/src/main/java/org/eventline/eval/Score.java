package org.eventline.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The score of one page, or the sum over pages: recall on required gold events, precision of
 * asserted events, status errors (a negated or hypothetical gold event reported as asserted) and
 * location accuracy on matched events. {@code misplaced} describes the matched events whose place is
 * wrong or missing.
 */
public record Score(
    String file, int required, int requiredMatched, int assertedProduced, int assertedCorrect,
    int statusErrors, int placesScored, int placesRight, List<String> misses, List<String> falsePositives,
    List<String> misplaced) {

  public double recall() {
    return required == 0 ? 1.0 : (double) requiredMatched / required;
  }

  public double precision() {
    return assertedProduced == 0 ? 1.0 : (double) assertedCorrect / assertedProduced;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double placeAccuracy() {
    return placesScored == 0 ? 0 : (double) placesRight / placesScored;
  }

  /** Micro-averaged sum of several pages' scores. */
  public static Score total(List<Score> scores) {
    int req = 0, reqM = 0, ap = 0, ac = 0, se = 0, ps = 0, pr = 0;
    List<String> misses = new ArrayList<>();
    List<String> fps = new ArrayList<>();
    List<String> misplaced = new ArrayList<>();
    for (Score s : scores) {
      req += s.required;
      reqM += s.requiredMatched;
      ap += s.assertedProduced;
      ac += s.assertedCorrect;
      se += s.statusErrors;
      ps += s.placesScored;
      pr += s.placesRight;
      s.misses.forEach(m -> misses.add(s.file + ": " + m));
      s.falsePositives.forEach(m -> fps.add(s.file + ": " + m));
      s.misplaced.forEach(m -> misplaced.add(s.file + ": " + m));
    }
    return new Score("TOTAL", req, reqM, ap, ac, se, ps, pr, misses, fps, misplaced);
  }
}
