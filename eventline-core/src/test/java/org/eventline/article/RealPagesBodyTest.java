package org.eventline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * End to end on real pages of other extractors' test fixtures (devset/README.md says where each
 * comes from): the body rules of {@code BodyFinder}, each on a page where it was found.
 */
class RealPagesBodyTest {
  private static Article extract(String name) throws IOException {
    try (InputStream in = new GZIPInputStream(RealPagesBodyTest.class.getResourceAsStream(
        "/org/eventline/article/devset/" + name + ".html.gz"))) {
      return ArticleExtractor.extract(name + ".html", in.readAllBytes());
    }
  }

  @Test
  void storyPrintedInSegmentsIsReadFromFirstToLast() throws IOException {
    // Postlight parser's eonline fixture: the first segment is wrapped in a video block, the rest are not.
    Article a = extract("postlight-www.eonline.com");
    assertThat(a.error()).isNull();
    assertThat(a.body()).startsWith("Ryan Gosling's most cherished role won't win him any Hollywood awards.")
        .contains("Gosling, who graces the magazine's January cover")
        .endsWith("GQ's January 2017 issue is on newsstands nationwide Dec. 20.");
  }

  @Test
  void columnOfTeasersBesideTheStoryStaysOut() throws IOException {
    // newspaper4k's cnn_article fixture: the story's parent also holds "Part of complete coverage on" teasers.
    Article a = extract("newspaper4k-cnn_article");
    assertThat(a.body()).contains("Thanksgiving")
        .doesNotContain("Here are 10 facts about one of nature's most powerful forces")
        .doesNotContain("Keep your phone charged in a power outage");
  }

  @Test
  void smallPageStoryBeatsAContentNamedCopyrightLine() throws IOException {
    // snacktory's cnbc fixture: a short story in an unnamed div, the copyright notice in div.content.
    Article a = extract("snacktory-cnbc");
    assertThat(a.error()).isNull();
    assertThat(a.body()).contains("A prominent expert on Chinese works of art has expressed doubts")
        .doesNotContain("All Rights Reserved");
  }
}
