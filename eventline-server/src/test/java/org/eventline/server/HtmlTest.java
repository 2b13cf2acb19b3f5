package org.eventline.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesTheFiveCharactersThatMatter() {
    assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  }

  @Test
  void nullIsEmpty() {
    assertThat(Html.escape(null)).isEmpty();
  }

  @Test
  void linksOnlyHttpUrls() {
    assertThat(Html.externalLink("https://example.org/?a=1&b=2"))
        .startsWith("<a href=\"https://example.org/?a=1&amp;b=2\"");
    assertThat(Html.externalLink("javascript:alert(1)")).isEqualTo("javascript:alert(1)");
    assertThat(Html.externalLink("JaVaScRiPt:alert(1)")).doesNotContain("<a");
    assertThat(Html.externalLink("not a uri <b>")).isEqualTo("not a uri &lt;b&gt;");
  }

  @Test
  void urlPartsAreEncoded() {
    assertThat(Html.urlPart("a b/\"c")).isEqualTo("a+b%2F%22c");
  }
}
