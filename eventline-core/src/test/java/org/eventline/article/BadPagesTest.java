package org.eventline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Pages that are not articles, or not well-formed: each gives a result with a reason, quickly. */
class BadPagesTest {
  private static final String STORY = """
      <p>Delegations from both governments met again in Vienna on Monday, diplomats said, and the talks went on late into the night.</p>
      <p>The mediators, who asked not to be named, said a draft text on prisoner exchanges was close, but that the question of the border crossings remained open.</p>
      <p>Neither side spoke to reporters after the session, which ended shortly before midnight, and a further round is expected next week.</p>
      """;

  private static Article extract(String name, byte[] bytes) {
    return ArticleExtractor.extract(name, bytes);
  }

  private static Article extract(String name, String html) {
    return extract(name, html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void emptyPageIsAnErrorSayingSo() {
    Article a = extract("empty.html", new byte[0]);
    assertThat(a.error()).contains("empty");
    assertThat(a.body()).isEmpty();
  }

  @Test
  void notFoundPageIsNoArticle() {
    Article a = extract("gone.html", """
        <html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>
        <p>The requested URL /news/2023/talks.html was not found on this server.</p>
        <p>Please check the address, or go back to the home page and search for the story you wanted.</p>
        </body></html>""");
    assertThat(a.body()).isEmpty();
    assertThat(a.error()).contains("error page").contains("Not Found");
  }

  @Test
  void homePageOfTeasersIsNoArticle() {
    StringBuilder html = new StringBuilder("<html><head><title>Gulf Wire - News</title></head><body><main><ul>");
    for (int i = 0; i < 12; i++) {
      html.append("<li><h3><a href=\"/news/").append(i).append("\">Ministers meet to discuss border crossing number ")
          .append(i).append("</a></h3><p>Talks resume in Vienna, with both sides hopeful of a deal.</p></li>");
    }
    html.append("</ul></main></body></html>");
    Article a = extract("home.html", html.toString());
    assertThat(a.body()).isEmpty();
    assertThat(a.error()).contains("list of stories");
  }

  @Test
  void tenMegabytePageIsReadInBoundedTime() {
    StringBuilder html = new StringBuilder("<html><head><title>Vienna talks</title></head><body><article>").append(STORY);
    String junk = "<div class=\"x\"><span>menu item</span><a href=\"/a\">link</a></div>\n";
    while (html.length() < 10 * 1024 * 1024) {
      html.append(junk);
    }
    html.append("</article></body></html>");
    // CPU time of this thread: the bound is on our work, not on what else the machine is doing.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    Article a = extract("big.html", html.toString());
    double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
    assertThat(a.body()).startsWith("Delegations from both governments");
    assertThat(seconds).as("seconds for a 10 MB page").isLessThan(5);
  }

  @Test
  void deeplyNestedPageDoesNotOverflowTheStack() {
    String html = "<html><body>" + "<div>".repeat(100_000) + STORY + "</div>".repeat(100_000) + "</body></html>";
    Article a = extract("deep.html", html);
    assertThat(a.failed() ? a.error() : a.body()).isNotEmpty();
  }

  @Test
  void windows1256PageDeclaredAsSuchIsArabic() {
    String html = "<html lang=\"ar\"><head><meta charset=\"windows-1256\"><title>محادثات فيينا</title></head><body><article>"
        + "<p>استؤنفت المحادثات بين الوفدين في فيينا يوم الاثنين، وقال دبلوماسيون إنها استمرت حتى وقت متأخر من الليل.</p>"
        + "<p>وقال الوسطاء إن مسودة نص بشأن تبادل الأسرى باتت قريبة، لكن مسألة المعابر الحدودية ما زالت مفتوحة.</p>"
        + "</article></body></html>";
    Article a = extract("ar.html", html.getBytes(Charset.forName("windows-1256")));
    assertThat(a.error()).isNull();
    assertThat(a.title()).isEqualTo("محادثات فيينا");
    assertThat(a.body()).contains("فيينا");
    assertThat(a.language()).isEqualTo("ar");
  }

  @Test
  void windows1256PageDeclaredAsUtf8IsStillArabic() {
    String html = "<html lang=\"ar\"><head><meta charset=\"utf-8\"><title>محادثات فيينا</title></head><body><article>"
        + "<p>استؤنفت المحادثات بين الوفدين في فيينا يوم الاثنين، وقال دبلوماسيون إنها استمرت حتى وقت متأخر من الليل.</p>"
        + "<p>وقال الوسطاء إن مسودة نص بشأن تبادل الأسرى باتت قريبة، لكن مسألة المعابر الحدودية ما زالت مفتوحة.</p>"
        + "</article></body></html>";
    Article a = extract("ar-wrong.html", html.getBytes(Charset.forName("windows-1256")));
    assertThat(a.body()).contains("فيينا");
  }

  @Test
  void truncatedPageGivesWhatItHas() {
    String html = "<html><head><title>Vienna talks</title></head><body><article>" + STORY;
    byte[] cut = Arrays.copyOf(html.getBytes(StandardCharsets.UTF_8), html.length() - 40);
    Article a = extract("cut.html", cut);
    assertThat(a.error()).isNull();
    assertThat(a.body()).startsWith("Delegations from both governments").contains("border crossings");
  }

  @Test
  void imageServedAsHtmlIsAnErrorNamingTheImage() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
    Article a = extract("photo.html", png);
    assertThat(a.error()).contains("image");
    assertThat(a.body()).isEmpty();
  }
}
