package org.eventline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.eventline.article.Article;
import org.junit.jupiter.api.Test;

/** Fingerprints judge pairs as the Deduplicator does, one article at a time. */
class FingerprintTest {
  static final String STORY = "The Russian foreign minister visited Damascus on Friday and met the Syrian president."
      + " Russia and Syria signed an agreement on reconstruction aid after the talks, officials said."
      + " Israel condemned the agreement and accused Iran of arming militias in southern Syria.";

  static Article article(String id, String title, String body) {
    return new Article(id, id + ".html", null, null, title, "2024-03-15", null, null, null, null, null, "en", body, null);
  }

  @Test
  void aRepostWithExtraLinesIsADuplicateAndShareABand() {
    Fingerprint a = Fingerprint.of(article("a", "Minister visits Damascus", STORY));
    Fingerprint b = Fingerprint.of(article("b", "Minister visits Damascus", STORY + " This article first appeared on Al Waght."));
    assertThat(a.isDuplicate(b, Fingerprint.MIN_CONTAINMENT)).isTrue();
    assertThat(Arrays.stream(a.bandKeys()).filter(k -> Arrays.stream(b.bandKeys()).anyMatch(j -> j == k))).isNotEmpty();
  }

  @Test
  void anotherStoryOnTheSameTopicIsNot() {
    Fingerprint a = Fingerprint.of(article("a", "Minister visits Damascus", STORY));
    Fingerprint c = Fingerprint.of(article("c", "Sanctions on Iran", "The European Union imposed new sanctions on Iran"
        + " on Saturday. Germany and France urged Tehran to return to negotiations over its nuclear programme."));
    assertThat(a.isDuplicate(c, Fingerprint.MIN_CONTAINMENT)).isFalse();
  }

  @Test
  void fingerprintsAgreeWithTheDeduplicator() {
    List<Article> articles = List.of(article("a", "Minister visits Damascus", STORY),
        article("b", "Minister visits Damascus", STORY + " This article first appeared on Al Waght."),
        article("c", "Sanctions on Iran", "The European Union imposed new sanctions on Iran on Saturday."));
    Deduplicator d = new Deduplicator();
    articles.forEach(d::add);
    for (DuplicatePair p : d.pairs()) {
      Article x = articles.stream().filter(a -> a.id().equals(p.firstId())).findFirst().orElseThrow();
      Article y = articles.stream().filter(a -> a.id().equals(p.secondId())).findFirst().orElseThrow();
      assertThat(Fingerprint.of(x).isDuplicate(Fingerprint.of(y), Fingerprint.MIN_CONTAINMENT)).isTrue();
    }
    assertThat(d.pairs()).extracting(DuplicatePair::firstId, DuplicatePair::secondId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "b"));
  }

  @Test
  void bandKeysOfDifferentBandsNeverMeet() {
    long[] keys = Fingerprint.of(article("a", "t", STORY)).bandKeys();
    assertThat(keys).hasSize(Deduplicator.BANDS);
    for (int band = 0; band < keys.length; band++) {
      assertThat(keys[band] >>> 40).isEqualTo(band);
    }
  }
}
