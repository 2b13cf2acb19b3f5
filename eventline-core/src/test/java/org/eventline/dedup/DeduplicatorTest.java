package org.eventline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eventline.article.Article;
import org.eventline.article.ArticleExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

public class DeduplicatorTest {
  private static Article seed;

  /** Another story on the seed's topic (Aleppo, al-Nusra, Russia, Iran), written for the dedup tests. */
  static final String OTHER_STORY = otherStory();

  /** The text of {@link #OTHER_STORY}, a test resource shared with the store's story tests. */
  public static String otherStory() {
    try (InputStream in = DeduplicatorTest.class.getResourceAsStream("/org/eventline/dedup/aleppo-other-story.txt")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @BeforeAll
  static void readSeed() throws IOException {
    try (InputStream in = DeduplicatorTest.class.getResourceAsStream("/org/eventline/demo/alwaght-aleppo-2016.txt")) {
      seed = ArticleExtractor.extract("alwaght-aleppo-2016.txt", in.readAllBytes());
    }
  }

  @Test
  void sameStoryWithOtherBoilerplateIsADuplicate() {
    Deduplicator d = new Deduplicator();
    d.add("original", "2016-06-25", "alwaght.com", null, seed.body());
    d.add("repost", "2016-06-25", "theiranproject.com", "Al Waght",
        "Home | World | Middle East\nShare this story\n" + seed.body() + "\nRelated: more news from the region\nSubscribe to our newsletter");
    assertThat(d.pairs()).singleElement().satisfies(p -> assertThat(p.containment()).isGreaterThan(0.9));
  }

  @Test
  void shortenedCopyJoinsItsOriginal() {
    String body = seed.body();
    Deduplicator d = new Deduplicator();
    d.add("original", "2016-06-25", "alwaght.com", null, body);
    d.add("short", "2016-06-26", "example.org", null, body.substring(0, body.length() / 2));
    assertThat(d.clusters()).singleElement().satisfies(c -> assertThat(c.articleIds()).containsExactly("original", "short"));
  }

  @Test
  void otherStoryOnTheSameTopicStaysApart() {
    Deduplicator d = new Deduplicator();
    d.add("seed", "2016-06-25", "alwaght.com", null, seed.body());
    d.add("other", "2016-06-25", "example.org", null, OTHER_STORY);
    assertThat(d.pairs()).isEmpty();
    assertThat(d.clusters()).hasSize(2);
  }

  @Test
  void creditedSourceIsTheOriginalEvenWhenPublishedLater() {
    Deduplicator d = new Deduplicator();
    d.add("repost", "2016-06-25T10:00", "theiranproject.com", "Al Waght", seed.body());
    d.add("alwaght", "2016-06-25T16:04", "alwaght.com", null, seed.body());
    assertThat(d.clusters()).singleElement().satisfies(c -> assertThat(c.originalId()).isEqualTo("alwaght"));
  }

  @Test
  void earliestIsTheOriginalWhenNoneIsCredited() {
    Deduplicator d = new Deduplicator();
    d.add("late", "2016-06-27", "b.example", null, seed.body());
    d.add("early", "2016-06-25", "a.example", null, seed.body());
    assertThat(d.clusters()).singleElement().satisfies(c -> {
      assertThat(c.originalId()).isEqualTo("early");
      assertThat(c.articleIds()).containsExactly("early", "late");
    });
  }

  @Test
  void emptyTextsAreNoDuplicatesOfEachOther() {
    Deduplicator d = new Deduplicator();
    d.add("a", null, null, null, "");
    d.add("b", null, null, null, "  ");
    assertThat(d.pairs()).isEmpty();
  }

  @Test
  void containmentFollowsFromJaccardAndSizes() {
    // B is half of A: |A∩B| = 50, |A∪B| = 100, J = 0.5.
    assertThat(Deduplicator.containment(0.5, 100, 50)).isEqualTo(1.0);
    assertThat(Deduplicator.containment(0.0, 100, 50)).isEqualTo(0.0);
  }

  @Test
  void shinglesIgnoreCasePunctuationAndSpacing() {
    assertThat(Shingles.of("Russia, Iran and Hezbollah jointly work"))
        .isEqualTo(Shingles.of("russia iran   AND hezbollah -- jointly work."));
    assertThat(List.of(Shingles.of("one two three four five six").length)).containsExactly(2);
  }

  @Test
  void siteNamesMatchCreditedSources() {
    assertThat(Deduplicator.credits("Al Waght", "www.alwaght.com")).isTrue();
    assertThat(Deduplicator.credits("Al Waght", "theiranproject.com")).isFalse();
  }
}
