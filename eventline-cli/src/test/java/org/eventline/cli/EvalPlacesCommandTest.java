package org.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eventline eval-places} on the seed page and its gold, as a user runs it. */
class EvalPlacesCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void seedGoldPlacesAreScoredSentenceBySentence(@TempDir Path dir) throws IOException {
    Path seed = dir.resolve("alwaght-aleppo-2016.txt");
    Path gold = dir.resolve("gold.json");
    try (InputStream in = getClass().getResourceAsStream("/org/eventline/demo/alwaght-aleppo-2016.txt")) {
      Files.copy(in, seed);
    }
    try (InputStream in = getClass().getResourceAsStream("/org/eventline/cli/seed-gold.json")) {
      Files.copy(in, gold, StandardCopyOption.REPLACE_EXISTING);
    }
    CliTest.Run r = CliTest.run("eval-places", "--json", "--gold", gold.toString(), seed.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode o = JSON.readTree(r.out());
    int goldPlaces = 0;
    for (JsonNode e : JSON.readTree(Files.readString(gold)).get("events")) {
      goldPlaces += e.get("where").isNull() ? 0 : 1;
    }
    // Every gold place is scored, matched by the coder or not.
    assertThat(o.get("gold_places").asInt()).isEqualTo(goldPlaces).isPositive();
    assertThat(o.get("places")).hasSize(goldPlaces);
    assertThat(o.get("share_right").asDouble()).isGreaterThanOrEqualTo(0.9);
    for (JsonNode p : o.get("places")) {
      assertThat(p.get("verdict").asText()).isNotEqualTo("no sentence");
      if (p.get("right").asBoolean()) {
        assertThat(p.get("place").get("country").asText()).isEqualTo(p.get("gold_country").asText());
      }
    }

    CliTest.Run text = CliTest.run("eval-places", "--gold", gold.toString(), seed.toString());
    assertThat(text.out()).contains("gold places " + goldPlaces, "share right");
  }
}
