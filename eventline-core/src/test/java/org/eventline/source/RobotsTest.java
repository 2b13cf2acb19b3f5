package org.eventline.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsTest {
  @Test
  void groupNamingEventlineBeatsTheStarGroup() {
    Robots r = Robots.parse("User-agent: *\nDisallow: /\n\nUser-agent: Eventline\nDisallow: /private/\n", "eventline");
    assertThat(r.allows("/news/1")).isTrue();
    assertThat(r.allows("/private/x")).isFalse();
  }

  @Test
  void longestMatchWinsAndAllowWinsATie() {
    Robots r = Robots.parse("User-agent: *\nDisallow: /news/\nAllow: /news/world/\n", "eventline");
    assertThat(r.allows("/news/sport/1")).isFalse();
    assertThat(r.allows("/news/world/1")).isTrue();
  }

  @Test
  void wildcardAndEndAnchorWorkAsInTheRfc() {
    Robots r = Robots.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\n", "eventline");
    assertThat(r.allows("/report.pdf")).isFalse();
    assertThat(r.allows("/report.pdf.html")).isTrue();
    assertThat(r.allows("/a?print=1")).isFalse();
  }

  @Test
  void emptyDisallowAllowsEverything() {
    assertThat(Robots.parse("User-agent: *\nDisallow:\n", "eventline").allows("/anything")).isTrue();
  }
}
