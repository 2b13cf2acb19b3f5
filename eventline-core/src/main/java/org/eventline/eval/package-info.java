/**
 * Scoring against gold annotations in the format of {@code shared/fixtures/README.md}:
 * {@link org.eventline.eval.GoldPage} reads gold, {@link org.eventline.eval.Scorer} applies the
 * matching rules, {@link org.eventline.eval.Score} holds recall, precision, F1 and status errors.
 */
package org.eventline.eval;
