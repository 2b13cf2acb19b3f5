package org.eventline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventline.eval.GoldPage;
import org.eventline.eval.Score;
import org.eventline.eval.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed page end to end against its human gold (shared/fixtures/seed/gold.json, copied into
 * test resources). The bars are the foundation issue's and the coder issue's acceptance figures.
 */
class SeedEvalTest {
  @TempDir Path dir;

  @Test
  void seedMeetsRecallPrecisionAndStatusBars() throws IOException {
    byte[] page;
    try (InputStream in = getClass().getResourceAsStream("/org/eventline/demo/alwaght-aleppo-2016.txt")) {
      page = in.readAllBytes();
    }
    Path gold = dir.resolve("gold.json");
    try (InputStream in = getClass().getResourceAsStream("/org/eventline/eval/alwaght-aleppo-2016.gold.json")) {
      Files.copy(in, gold);
    }
    List<GoldPage> golds = GoldPage.read(gold);
    Pipeline.Coded c = Pipeline.shared().code("alwaght-aleppo-2016.txt", page);
    Score s = Scorer.score(golds.get(0), c.events());
    assertThat(s.statusErrors()).as("status errors: %s", s.falsePositives()).isZero();
    assertThat(s.recall()).as("recall; missed %s", s.misses()).isGreaterThanOrEqualTo(0.9);
    assertThat(s.precision()).as("precision; unmatched %s", s.falsePositives()).isGreaterThanOrEqualTo(0.8);
  }
}
