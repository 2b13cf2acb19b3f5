package org.eventline.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlPolicyTest {
  @Test
  void publicHttpUrlsOfLiteralAddressesPass() {
    assertThat(UrlPolicy.refusal("https://93.184.216.34/news/1", false)).isNull();
  }

  @Test
  void carrierNatAndUniqueLocalAddressesAreRefused() {
    assertThat(UrlPolicy.refusal("http://100.64.0.1/", false)).contains("private-network");
    assertThat(UrlPolicy.refusal("http://[fd00::1]/", false)).contains("private-network");
  }

  @Test
  void dataAndFtpUrlsAreRefusedEvenWhenPrivateHostsAreAllowed() {
    assertThat(UrlPolicy.refusal("data:text/html,hello", true)).contains("a data: URL");
    assertThat(UrlPolicy.refusal("ftp://example.org/a", true)).contains("a ftp: URL");
  }

  @Test
  void malformedUrlSaysWhere() {
    assertThat(UrlPolicy.refusal("http://exa mple.org/", false)).contains("not a valid URL").contains("index");
  }
}
