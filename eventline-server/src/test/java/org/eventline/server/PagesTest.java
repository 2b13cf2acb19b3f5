package org.eventline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventline.server.ServerFixture.IMG;
import static org.eventline.server.ServerFixture.SCRIPT;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagesTest {
  @TempDir static Path dir;
  static ServerFixture fx;

  @BeforeAll
  static void start() {
    fx = new ServerFixture(dir);
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @Test
  void indexListsEventsWithLinksToTheirArticles() throws Exception {
    String html = page("/", 200);
    assertThat(html).contains("<table class=\"events\">")
        .contains("Lavrov met Assad in Damascus.")
        .contains("<a href=\"/articles/a1\">Lavrov visits Damascus</a>")
        .contains("RUSGOV").contains("asserted").contains("2016-06-25");
  }

  @Test
  void indexFiltersLikeTheApi() throws Exception {
    String html = page("/?type=ACCUSE", 200);
    assertThat(html).contains("Syria accused the rebels.").doesNotContain("Lavrov met Assad in Damascus.");
  }

  @Test
  void indexEscapesScrapedText() throws Exception {
    assertEscaped(page("/", 200));
  }

  @Test
  void articlePageShowsTitleMetadataBodyAndEvents() throws Exception {
    String html = page("/articles/a1", 200);
    assertThat(html).contains("<h1>Lavrov visits Damascus</h1>")
        .contains("<dd>Al Waght</dd>")
        .contains("<span class=\"event-sentence\" title=\"CONSULT (asserted)\">Lavrov met Assad in "
            + "<mark class=\"actor\" title=\"target: Syria SYRGOV\">Damascus</mark>.</span>\n\nThey talked.")
        .contains("<a href=\"https://example.org/a1\"")
        .contains("Syria accused the rebels.");
  }

  @Test
  void articlePageEscapesScrapedText() throws Exception {
    String html = page("/articles/evil", 200);
    assertEscaped(html);
    assertThat(html).contains("Title &lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void aJavascriptUrlIsNotALink() throws Exception {
    assertThat(page("/articles/evil", 200)).doesNotContain("href=\"javascript:").contains("javascript:alert(1)");
  }

  @Test
  void reflectedParametersAreEscaped() throws Exception {
    String html = page("/?actor=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E", 200);
    assertThat(html).doesNotContain("<script>").contains("value=\"&quot;&gt;&lt;script&gt;");
    String bad = page("/?from=%3Cscript%3E", 400);
    assertThat(bad).doesNotContain("<script>").contains("from &#39;&lt;script&gt;&#39; is not a date");
  }

  @Test
  void unknownArticleIsA404Page() throws Exception {
    assertThat(page("/articles/nope", 404)).contains("No article with id nope");
  }

  @Test
  void unknownPathIsA404Page() throws Exception {
    assertThat(page("/nowhere", 404)).contains("nothing at /nowhere");
  }

  private static void assertEscaped(String html) {
    assertThat(html).doesNotContain(SCRIPT).doesNotContain("<img").doesNotContain(IMG)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  }

  private static String page(String path, int status) throws Exception {
    HttpResponse<String> r = fx.get(path);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    return r.body();
  }
}
